package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.storage.StudyFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CliTest {

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun r = run("--help").assertSuccess();
        for (String command : new String[] {"demo", "validate", "vmax", "schedule", "heats"}) {
            assertTrue(r.out().contains("  " + command + " ") || r.out().contains("  " + command + "\n"), r::toString);
        }
        assertTrue(r.out().startsWith("Usage: hiit-planner"), r::toString);
        assertTrue(r.out().contains("2  wrong usage"), r::toString);
        assertEquals("", r.err());
    }

    @Test
    void versionNamesTheProgram() {
        CliRun r = run("--version").assertSuccess();
        assertTrue(r.out().startsWith("hiit-planner "), r::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "vmax", "schedule", "heats"})
    void everyCommandHasHelpAndVersion(String command) {
        CliRun help = run(command, "--help").assertSuccess();
        assertTrue(help.out().startsWith("Usage: hiit-planner " + command), help::toString);
        assertEquals("", help.err());
        CliRun version = run(command, "--version").assertSuccess();
        assertTrue(version.out().startsWith("hiit-planner "), version::toString);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun r = run().assertUsageError();
        assertTrue(r.err().contains("Missing command: choose one of demo, validate, vmax, schedule"), r::toString);
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        CliRun r = run("shedule", "x.hiit.json").assertUsageError();
        assertTrue(r.err().contains("Unmatched argument"), r::toString);
        assertTrue(r.err().contains("schedule"), r::toString);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun r = run("validate", "--colour", "x.hiit.json").assertUsageError();
        assertTrue(r.err().startsWith("hiit-planner validate: Unknown option: '--colour'"), r::toString);
    }

    @Test
    void anUnexpectedFailureIsOneLineWithoutStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new RootCommand());
        cmd.setErr(new PrintWriter(err));
        int code = new ExecutionErrorHandler().handleExecutionException(
                new NullPointerException("boom\n\tat somewhere"), cmd, null);
        assertEquals(1, code);
        assertEquals("hiit-planner: unexpected error (NullPointerException: boom at somewhere); please report it "
                + "together with the command you ran", err.toString().strip());
    }

    @Test
    void aStudyFileProblemIsShownWithTheFileName() {
        Path file = Path.of("study.hiit.json");
        assertEquals("study.hiit.json: $.animals[3].group: unknown group",
                ErrorMessages.describe(new StudyFileException(file, "$.animals[3].group: unknown group")));
        assertEquals("study.hiit.json, line 3, column 7: unexpected end",
                ErrorMessages.describe(new StudyFileException(file, "study.hiit.json, line 3, column 7: unexpected end")));
    }

    @Test
    void severalProblemsInAStudyFileFitOnOneLine() {
        Path file = Path.of("study.hiit.json");
        StudyFileException e = StudyFileException.of(file, List.of(Finding.error("$.title", "expected text"),
                Finding.warning("$.x", "unknown field"), Finding.error("$.animals[0].sex", "expected MALE or FEMALE")));
        assertEquals("study.hiit.json: $.title: expected text (and 1 more error; run 'hiit-planner validate "
                + "study.hiit.json' to list them)", ErrorMessages.describe(e));
    }

    @Test
    void ioProblemsAreShortReasons() {
        assertEquals("permission denied", ErrorMessages.reason(new AccessDeniedException("/x/y")));
        assertTrue(ErrorMessages.describe(new IOException("disk full")).endsWith("disk full"));
    }

    @Test
    void oneCliRunsManyCommands() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(new org.hiitplanner.storage.StudyStore(), new org.hiitplanner.domain.schedule.ScheduleEngine(),
                new org.hiitplanner.domain.study.StudyValidator());
        String[] args = {"vmax", "--start", "10", "--increment", "2", "--stage-seconds", "120", "--total-seconds", "1365"};
        assertEquals(0, cli.execute(args, new PrintWriter(out), new PrintWriter(err)));
        assertEquals(2, cli.execute(new String[] {"vmax"}, new PrintWriter(out), new PrintWriter(err)));
        assertEquals(0, cli.execute(args, new PrintWriter(out), new PrintWriter(err)));
        assertEquals(2, out.toString().lines().filter("30.75"::equals).count());
    }
}
