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
 * to a temporary file beside the target and is forced to disk; a copy of the current target (if any) is written
 * to a second temporary file, forced, and renamed over {@code <name>.bak}, so the previous backup is never removed
 * before the new one is complete; the first temporary file is then moved over the target in one atomic rename
 * (or, where the file system cannot do that, an ordinary replacing move), and the folder is synced where the system
 * allows it. On any failure the temporary files are deleted, and the exception says what is on disk. Temporary
 * files that a crash left behind are removed by {@link #removeLeftovers}.
 */
public final class AtomicFileWriter {
    /** The suffix of the backup of the previous content: {@code study.hiit.json.bak}. */
    public static final String BACKUP_SUFFIX = ".bak";

    /** Writes {@code content} to {@code target} as described above. */
    public void write(Path target, byte[] content) throws IOException {
        Path file = resolveLink(target.toAbsolutePath());
        Path folder = checkTarget(file);
        Path temp = folder.resolve(tempName(file, ".tmp"));
        Path backupTemp = folder.resolve(tempName(file, ".bak.tmp"));
        Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
        boolean hadBackup = Files.exists(backup);
        try {
            writeAndForce(temp, content, folder);
            copyPermissions(file, temp);
            if (Files.exists(file)) {
                Files.copy(file, backupTemp);
                force(backupTemp);
                moveOver(backupTemp, backup);
            }
            moveOver(temp, file);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            deleteQuietly(backupTemp, e);
            throw new SaveFailedException(e, onDisk(file, backup, hadBackup));
        }
        syncFolder(folder);
    }

    /** What is on disk after a failed write: the target as it was, and its backup if there is one. */
    private static String onDisk(Path file, Path backup, boolean hadBackup) {
        if (!Files.exists(file)) {
            return "nothing was written";
        }
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(backup)) {
            return name + " is as it was";
        }
        return name + " is as it was" + (hadBackup ? ", and " + backup.getFileName() + " holds the last good copy"
                : ", and " + backup.getFileName() + " is a copy of it");
    }

    /**
     * Removes the temporary files of this writer that a crash left beside {@code target}
     * ({@code .<name>.<hex>.tmp} and {@code .<name>.<hex>.bak.tmp}); call it only while holding the study's lock,
     * so that no other writer's file in progress is taken. Returns how many were removed.
     */
    public int removeLeftovers(Path target) {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        if (folder == null) {
            return 0;
        }
        String prefix = "." + file.getFileName() + ".";
        int removed = 0;
        try (var list = Files.newDirectoryStream(folder, p -> isLeftover(p.getFileName().toString(), prefix))) {
            for (Path p : list) {
                if (Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            // leftovers are only clutter: a folder that cannot be listed keeps them
        }
        return removed;
    }

    private static boolean isLeftover(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return false;
        }
        String rest = name.substring(prefix.length());
        return rest.matches("[0-9a-f]{16}\\.(bak\\.)?tmp");
    }

    private static String tempName(Path file, String suffix) {
        return "." + file.getFileName() + "." + randomHex() + suffix;
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
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
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
