package org.hiitplanner.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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

    /** Something that writes bytes to a stream (which it must not close). */
    @FunctionalInterface
    interface StreamContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fails when {@code out} is the same file as {@code study}: an export must never replace its study. */
    static void checkNotTheStudy(Path out, Path study) throws CliException {
        try {
            if (Files.exists(out) && Files.exists(study) && Files.isSameFile(out, study)) {
                throw new CliException("--out " + out + " is the study file itself; choose another file name");
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + out + ": " + ErrorMessages.reason(e), e);
        }
    }

    /** Writes UTF-8 text to a temporary file beside {@code file}, then renames it over {@code file}. */
    static void write(Path file, Content content) throws CliException {
        writeBytes(file, stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes to a temporary file beside {@code file}, forces it to disk, then renames it over {@code file}. On any
     * failure the temporary file is removed and {@code file} is left as it was.
     */
    static void writeBytes(Path file, StreamContent content) throws CliException {
        checkCanCreate(file, true);
        Path folder = file.toAbsolutePath().getParent();
        // not Files.createTempFile: its owner-only permissions would stay on the result
        Path temp = folder.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new CliException("cannot write " + file + ": " + ErrorMessages.reason(e), e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
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
