package org.hiitplanner.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that a crash or a full disk never leaves a half-written file: the new content goes
 * to a temporary file beside the target and is forced to disk; the current target (if any) is copied to
 * {@code <name>.bak}; the temporary file is then moved over the target in one atomic rename (or, where the file
 * system cannot do that, an ordinary replacing move), and the folder is synced where the system allows it. On
 * any failure the temporary file is deleted and the target is left as it was.
 */
public final class AtomicFileWriter {
    /** The suffix of the backup of the previous content: {@code study.hiit.json.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** Writes {@code content} to {@code target} as described above. */
    public void write(Path target, byte[] content) throws IOException {
        Path file = resolveLink(target.toAbsolutePath());
        Path folder = checkTarget(file);
        Path temp = folder.resolve("." + file.getFileName() + "." + randomHex() + ".tmp");
        try {
            writeAndForce(temp, content, folder);
            copyPermissions(file, temp);
            if (Files.exists(file)) {
                Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
                Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING);
                force(backup);
            }
            moveOver(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncFolder(folder);
    }

    /** The path a symbolic link points to, so that the link stays and its target gets the new content. */
    private static Path resolveLink(Path file) throws IOException {
        return Files.isSymbolicLink(file) ? file.toRealPath() : file;
    }

    private static Path checkTarget(Path file) throws IOException {
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(String.valueOf(folder), null, "the folder does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new FileSystemException(file.toString(), null, "this is a folder, not a file");
        }
        return folder;
    }

    private static void writeAndForce(Path temp, byte[] content, Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (AccessDeniedException e) {
            AccessDeniedException clearer = new AccessDeniedException(folder.toString(), null,
                    "permission denied: you may not write in this folder (it may be read-only)");
            clearer.initCause(e);
            throw clearer;
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void moveOver(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the target's POSIX permissions (e.g. group-readable) on the file that replaces it. */
    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.exists(from)) {
            return;
        }
        try {
            PosixFileAttributes attributes = source.readAttributes();
            dest.setPermissions(attributes.permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the new file keeps the default permissions
        }
    }

    /** Makes the rename durable; not possible on every system (e.g. Windows cannot open a folder), so best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // the data itself is already on disk; only the rename's durability is left to the system
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static String randomHex() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
