package org.hiitplanner.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.LockSupport;

/** The child program of {@link StudyLockTest}: takes the study's lock as "Anna de Vries", says LOCKED, waits to be killed. */
public final class LockThenWait {
    private LockThenWait() {
    }

    public static void main(String[] args) throws Exception {
        StudyLock lock = StudyLock.acquire(Path.of(args[0]), "Anna de Vries", Clock.systemUTC(), false);
        System.out.println("LOCKED " + lock.holder().pid());
        System.out.flush();
        LockSupport.parkNanos(60_000_000_000L);
    }
}
