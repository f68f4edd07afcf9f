package org.hiitplanner.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import org.hiitplanner.app.StudySaver;
import org.hiitplanner.storage.FileGuard;
import org.hiitplanner.storage.LockHolder;
import org.hiitplanner.storage.StudyLock;
import org.hiitplanner.storage.StudyStore;

/**
 * The window's hold on its study file: the lock while it writes, and what it read or wrote last, so that a save
 * never overwrites someone else's change. Without the lock the window only reads, and follows the file.
 */
final class FileHold {
    private final StudyStore store;
    private final Clock clock;
    private Supplier<String> operator = () -> System.getProperty("user.name", "unknown");
    private StudyLock lock;
    private FileGuard guard = FileGuard.none();
    private Path file;

    /** Whether the lock was taken, or who holds it; {@code stale} when its holder's program has ended. */
    record Taken(boolean writable, LockHolder holder, boolean stale) {
    }

    FileHold(StudyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void setOperator(Supplier<String> operator) {
        this.operator = operator;
    }

    /** A file was read with {@code readAs}; takes its lock (or a stale one, when {@code takeOver}) or not. */
    Taken take(Path newFile, FileGuard readAs, boolean takeOver) {
        release();
        file = newFile;
        guard = readAs;
        try {
            lock = StudyLock.acquire(newFile, operator.get(), clock, takeOver);
            store.removeLeftovers(newFile);
            return new Taken(true, lock.holder(), false);
        } catch (StudyLock.Busy busy) {
            return new Taken(false, busy.holder(), busy.stale());
        } catch (IOException e) {
            // a folder where no lock file can be made (read-only media): the study can only be read
            return new Taken(false, new LockHolder("nobody (" + e.getMessage() + ")", "this computer",
                    clock.instant(), 0), false);
        }
    }

    /** A new study without a file, or a study saved under a new name: no lock on the old file. */
    void release() {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                // released by the operating system when the program ends
            }
            lock = null;
        }
        file = null;
        guard = FileGuard.none();
    }

    boolean writable() {
        return lock != null;
    }

    /** Saves over the held file only when it is unchanged since read; to another file as a new file. */
    StudySaver saver() {
        return (study, target) -> {
            if (target.equals(file)) {
                store.save(study, target, guard);
            } else {
                store.save(study, target);
            }
        };
    }

    /** True when the held file changed on disk since this window read or wrote it. */
    boolean changedOnDisk() {
        try {
            return file != null && !guard.unchanged(file);
        } catch (IOException e) {
            return false;
        }
    }

    Optional<Path> file() {
        return Optional.ofNullable(file);
    }
}
