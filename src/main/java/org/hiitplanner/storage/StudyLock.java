package org.hiitplanner.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * One writer at a time: an operating-system lock on {@code <study>.lock} beside the study, whose text names who
 * holds it, on which computer and since when. The operating system releases the lock when its process ends, even
 * by a crash; the text then still names the holder, who is gone ({@link Busy#stale()}). A lock file on a network
 * share is not reliable (SMB, NFS): a study that several computers write belongs on the study server.
 */
public final class StudyLock implements AutoCloseable {
    /** The suffix of the lock file: {@code study.hiit.json.lock}. */
    public static final String SUFFIX = ".lock";
    private static final long RETRY_NANOS = 50_000_000L;

    private final FileChannel channel;
    private final FileLock lock;
    private final LockHolder holder;

    private StudyLock(FileChannel channel, FileLock lock, LockHolder holder) {
        this.channel = channel;
        this.lock = lock;
        this.holder = holder;
    }

    /** Why a lock could not be taken: someone holds it, or held it and is gone. */
    public static final class Busy extends Exception {
        private final transient LockHolder holder;
        private final boolean stale;

        Busy(Path study, LockHolder holder, boolean stale) {
            super(study + " is open for writing by " + holder.describe());
            this.holder = holder;
            this.stale = stale;
        }

        public LockHolder holder() {
            return holder;
        }

        /** True when the holder's program has ended without releasing: the lock can be taken over. */
        public boolean stale() {
            return stale;
        }
    }

    /** The lock file of a study. */
    public static Path lockFileOf(Path study) {
        Path abs = study.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + SUFFIX);
    }

    /**
     * Takes the lock for {@code who}; throws {@link Busy} when another program (or another window of this one)
     * holds it, or when the last holder is gone without releasing it and {@code takeOver} is false.
     */
    public static StudyLock acquire(Path study, String who, Clock clock, boolean takeOver) throws Busy, IOException {
        Path file = lockFileOf(study);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            LockHolder h = readHolder(channel).orElse(LockHolder.unknown());
            channel.close();
            throw new Busy(study, h, false);
        }
        Optional<LockHolder> left = readHolder(channel);
        if (left.isPresent() && !takeOver) {
            lock.release();
            channel.close();
            throw new Busy(study, left.get(), true);
        }
        LockHolder me = LockHolder.current(who, clock.instant());
        write(channel, me.toText());
        return new StudyLock(channel, lock, me);
    }

    /** {@link #acquire} with retries for up to {@code wait} while someone else holds it. */
    public static StudyLock acquire(Path study, String who, Clock clock, Duration wait) throws Busy, IOException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                return acquire(study, who, clock, false);
            } catch (Busy busy) {
                if (busy.stale() || System.nanoTime() >= deadline) {
                    throw busy;
                }
                LockSupport.parkNanos(RETRY_NANOS);
            }
        }
    }

    /** Who holds the study's lock, if anyone has written it; read without taking it. */
    public static Optional<LockHolder> holderOf(Path study) {
        Path file = lockFileOf(study);
        try {
            return Files.exists(file) ? LockHolder.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public LockHolder holder() {
        return holder;
    }

    /** Releases the lock; the lock file stays, empty, so that a waiting writer's open file stays valid. */
    @Override
    public void close() throws IOException {
        try {
            if (channel.isOpen()) {
                write(channel, "");
            }
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private static Optional<LockHolder> readHolder(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0 || size > 4096) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) size);
        channel.read(buffer, 0);
        return LockHolder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
    }

    private static void write(FileChannel channel, String text) throws IOException {
        channel.truncate(0);
        ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        long at = 0;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        channel.force(true);
    }


}
