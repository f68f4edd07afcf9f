package org.hiitplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.FileGuard;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.StudyLock;
import org.hiitplanner.storage.StudyStore;

/**
 * A command that writes a study: it takes the study's lock (waiting up to {@code --wait} seconds while another
 * program holds it), reads the file under the lock, applies its change through the application layer, saves only
 * over the very file it read, and releases the lock. A lock left by a program that ended without releasing it is
 * taken over, with a note.
 */
final class LockedStudy implements AutoCloseable {
    private final StudyLock lock;
    private final Study study;
    private final FileGuard guard;
    private final Path file;
    private final StudyStore store;
    private final Clock clock;
    private List<PlannedSession> plan;

    private LockedStudy(StudyLock lock, Study study, FileGuard guard, Path file, StudyStore store, Clock clock) {
        this.lock = lock;
        this.study = study;
        this.guard = guard;
        this.file = file;
        this.store = store;
        this.clock = clock;
    }

    static LockedStudy open(StudyFiles files, StudyStore store, Path file, String who, Clock clock, int waitSeconds,
                            PrintWriter err) throws CliException, StudyFileException {
        StudyFiles.requireFile(file);
        StudyLock lock = take(file, who, clock, waitSeconds, err);
        try {
            store.removeLeftovers(file);
            FileGuard guard = FileGuard.of(file);
            Study study = files.openUsable(file);
            return new LockedStudy(lock, study, guard, file, store, clock);
        } catch (IOException e) {
            closeQuietly(lock);
            throw new CliException("cannot read " + file + ": " + e.getMessage());
        } catch (CliException | StudyFileException | RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    private static StudyLock take(Path file, String who, Clock clock, int waitSeconds, PrintWriter err)
            throws CliException {
        try {
            return StudyLock.acquire(file, who, clock, Duration.ofSeconds(Math.max(0, waitSeconds)));
        } catch (StudyLock.Busy busy) {
            if (!busy.stale()) {
                throw new CliException(file + " is open for writing by " + busy.holder().describe()
                        + "; nothing was changed. Close it there, or wait for it with --wait SECONDS");
            }
            err.println(Cli.NAME + ": note: " + file + " was left open by " + busy.holder().describe()
                    + ", whose program has ended; taking it over");
            try {
                return StudyLock.acquire(file, who, clock, true);
            } catch (StudyLock.Busy again) {
                throw new CliException(file + " is open for writing by " + again.holder().describe()
                        + "; nothing was changed");
            } catch (IOException e) {
                throw new CliException("cannot lock " + file + ": " + e.getMessage());
            }
        } catch (IOException e) {
            throw new CliException("cannot lock " + file + " (" + StudyLock.lockFileOf(file).getFileName() + "): "
                    + e.getMessage());
        }
    }

    Study study() {
        return study;
    }

    /** The plan of the study read, already computed by the command: the gate checks records against it. */
    void usePlan(List<PlannedSession> readPlan) {
        this.plan = readPlan;
    }

    /** The gate over the study read under the lock; it saves only over the file that was read. */
    StudyGate gate(Supplier<String> operator) {
        StudyGate gate = new StudyGate(study, file, clock, operator);
        gate.setSaver((s, f) -> store.save(s, f, guard));
        if (plan != null) {
            List<PlannedSession> known = plan;
            ScheduleEngine engine = new ScheduleEngine();
            gate.setPlanner(s -> s == study ? known : engine.schedule(s));
        }
        return gate;
    }

    @Override
    public void close() {
        closeQuietly(lock);
    }

    private static void closeQuietly(StudyLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // the operating system releases the lock when this process ends
        }
    }
}
