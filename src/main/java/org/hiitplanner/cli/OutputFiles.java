package org.hiitplanner.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Checks and writes output files so that a failure says why and never leaves half a file behind. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Something that writes text to a writer. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Fails unless {@code file} can be created: its folder exists, it is not a folder, and it is new or may go. */
    static void checkCanCreate(Path file, boolean replace) throws CliException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            Path given = file.getParent();
            String which = given == null ? "the folder" : "the folder " + given;
            throw new CliException("cannot write " + file + ": " + which + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new CliException("cannot write " + file + ": it is a folder; give a file name");
        }
        if (!replace && Files.exists(file)) {
            throw new CliException(file + " already exists; use --force to replace it");
        }
    }

    /** Writes UTF-8 text to a temporary file beside {@code file}, then renames it over {@code file}. */
    static void write(Path file, Content content) throws CliException {
        checkCanCreate(file, true);
        Path folder = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            // not Files.createTempFile: its owner-only permissions would stay on the result
            temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            move(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CliException("cannot write " + file + ": " + ErrorMessages.reason(e), e);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the write already failed; that message matters more
        }
    }
}
