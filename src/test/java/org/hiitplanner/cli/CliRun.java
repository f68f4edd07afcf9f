package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.storage.Migrations;
import org.hiitplanner.storage.StudyStore;

/**
 * One run of the command line with the real services, capturing what it printed.
 *
 * @param exit exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        return run(new Cli(new StudyStore(), new ScheduleEngine(), new StudyValidator()), args);
    }

    /**
     * A run with a fixed clock: the time on PDF sheets and calendar stamps, the default time zone, and today for
     * the record rules of the file.
     */
    static CliRun runAt(Clock clock, String... args) {
        return run(new Cli(new StudyStore(Migrations.standard(), clock), new ScheduleEngine(), new StudyValidator(),
                clock), args);
    }

    /** A run on a given command line (its store shared by many runs, as a long-running caller would). */
    static CliRun run(Cli cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = cli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** Asserts a user error: exit 1, nothing on stdout, one line on stderr that starts with "hiit-planner: ". */
    CliRun assertUserError() {
        assertEquals(1, exit, this::toString);
        assertEquals("", out, this::toString);
        assertOneLineMessage();
        return this;
    }

    /** Asserts exactly one line on stderr, "hiit-planner: …", and no stack trace. */
    CliRun assertOneLineMessage() {
        assertTrue(err.startsWith("hiit-planner: "), this::toString);
        assertEquals(1, err.lines().count(), this::toString);
        assertFalse(err.contains("\tat "), this::toString);
        return this;
    }

    /** Asserts a usage error: exit 2, the message and a hint on stderr, nothing on stdout. */
    CliRun assertUsageError() {
        assertEquals(2, exit, this::toString);
        assertEquals("", out, this::toString);
        assertTrue(err.contains("--help' for more information."), this::toString);
        assertFalse(err.contains("\tat "), this::toString);
        return this;
    }

    CliRun assertSuccess() {
        assertEquals(0, exit, this::toString);
        return this;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
}
