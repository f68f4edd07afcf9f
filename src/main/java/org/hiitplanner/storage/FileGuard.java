package org.hiitplanner.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What a writer last read or wrote of a study file, so that a save never overwrites a change made since by
 * someone else: the size and modification time (a quick check) and the SHA-256 of the content (the sure one, made
 * only when the quick check differs).
 */
public final class FileGuard {
    private long size = -1;
    private FileTime modified;
    private byte[] sha256;

    /** A guard for a file that does not exist yet: a save refuses to overwrite one that appeared meanwhile. */
    public static FileGuard none() {
        return new FileGuard();
    }

    /** A guard that remembers the file as it is now. */
    public static FileGuard of(Path file) throws IOException {
        FileGuard g = new FileGuard();
        g.remember(file, Files.readAllBytes(file));
        return g;
    }

    /** True when the file is still what this writer read or wrote last. */
    public boolean unchanged(Path file) throws IOException {
        if (!Files.exists(file)) {
            return sha256 == null;
        }
        if (sha256 == null) {
            return false;
        }
        if (Files.size(file) == size && Files.getLastModifiedTime(file).equals(modified)) {
            return true;
        }
        return Arrays.equals(sha256, digest(Files.readAllBytes(file)));
    }

    /** After a save: the file now holds {@code content}. */
    void remember(Path file, byte[] content) throws IOException {
        size = Files.size(file);
        modified = Files.getLastModifiedTime(file);
        sha256 = digest(content);
    }

    static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
