package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VmaxCommandTest {
    private static final String[] PROTOCOL = {"vmax", "--start", "10", "--increment", "2", "--stage-seconds", "120"};

    private static CliRun vmax(String... measurement) {
        String[] args = new String[PROTOCOL.length + measurement.length];
        System.arraycopy(PROTOCOL, 0, args, 0, PROTOCOL.length);
        System.arraycopy(measurement, 0, args, PROTOCOL.length, measurement.length);
        return run(args);
    }

    @Test
    void totalTime1365sIs3075() {
        // k = 11, t = 45: 10 + 10·2 + 45/120·2 = 30.75
        CliRun r = vmax("--total-seconds", "1365").assertSuccess();
        assertEquals("30.75" + System.lineSeparator(), r.out());
        assertEquals("", r.err());
    }

    @Test
    void minutesAndSecondsAreAccepted() {
        assertEquals("30.75", vmax("--total-seconds", "22:45").assertSuccess().out().strip());
    }

    @Test
    void elevenStagesAnd45SecondsIsTheSame() {
        assertEquals("30.75", vmax("--stages", "11", "--seconds", "45").assertSuccess().out().strip());
    }

    @Test
    void anotherProtocolRoundsHalfUpToHundredths() {
        // S0 8.5, d 1.5, T 90: E 1000 → k 11, t 10 → 8.5 + 15 + 1.5·10/90 = 23.6666… → 23.67
        CliRun r = run("vmax", "--start", "8.5", "--increment", "1.5", "--stage-seconds", "90", "--total-seconds", "1000");
        assertEquals("23.67", r.assertSuccess().out().strip());
    }

    @Test
    void aDecimalCommaIsAUsageErrorThatSaysWhatToType() {
        CliRun r = run("vmax", "--start", "10,5", "--increment", "2", "--stage-seconds", "120", "--total-seconds",
                "1365");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("", r.out());
        assertEquals("hiit-planner vmax: --start: 10,5 is not a number; type 10.5 (a point, not a comma)",
                r.err().lines().findFirst().orElseThrow());
        assertTrue(!r.err().contains("NumberFormatException"), r::toString);
        CliRun twelve = run("vmax", "--start", "10", "--increment", "twelve", "--stage-seconds", "120",
                "--total-seconds", "1365");
        assertEquals("hiit-planner vmax: --increment: \"twelve\" is not a number; type digits with a decimal point, "
                + "as 10.5", twelve.err().lines().findFirst().orElseThrow());
        // with a point, S0 10.5: 10.5 + 10·2 + 45/120·2 = 31.25
        assertEquals("31.25", run("vmax", "--start", "10.5", "--increment", "2", "--stage-seconds", "120",
                "--total-seconds", "1365").assertSuccess().out().strip());
    }

    @Test
    void failingTheFirstStageGivesNoVmax() {
        CliRun r = vmax("--total-seconds", "100").assertUserError();
        assertTrue(r.err().contains("did not complete the first stage: no Vmax"), r::toString);
        vmax("--stages", "0", "--seconds", "100").assertUserError();
    }

    @Test
    void secondsIntoTheNextStageMustBeBelowTheStageLength() {
        CliRun r = vmax("--stages", "10", "--seconds", "120").assertUserError();
        assertTrue(r.err().contains("--seconds 120 must be below the stage length of 120 s"), r::toString);
    }

    @Test
    void aProtocolThatCannotBeIsAUserError() {
        CliRun r = run("vmax", "--start", "0", "--increment", "2", "--stage-seconds", "120", "--total-seconds", "1365");
        r.assertUserError();
        assertTrue(r.err().contains("start speed must be greater than 0"), r::toString);
    }

    @Test
    void missingOptionsAreUsageErrors() {
        CliRun r = vmax().assertUsageError();
        assertTrue(r.err().startsWith("hiit-planner vmax: Error: Missing required argument"), r::toString);
        assertTrue(r.err().contains("Usage: hiit-planner vmax"), r::toString);
        run("vmax", "--increment", "2", "--stage-seconds", "120", "--total-seconds", "1365").assertUsageError();
        vmax("--stages", "11").assertUsageError();
    }

    @Test
    void totalTimeAndStagesTogetherAreAUsageError() {
        CliRun r = vmax("--total-seconds", "1365", "--stages", "11", "--seconds", "45").assertUsageError();
        assertTrue(r.err().contains("mutually exclusive"), r::toString);
    }

    @Test
    void valuesThatAreNotNumbersAreUsageErrors() {
        CliRun r = run("vmax", "--start", "ten", "--increment", "2", "--stage-seconds", "120", "--total-seconds", "1365");
        assertTrue(r.assertUsageError().err().contains("--start"), r::toString);
        CliRun t = vmax("--total-seconds", "22:75").assertUsageError();
        assertTrue(t.err().contains("expected seconds (e.g. 1365) or minutes:seconds (e.g. 22:45)"), t::toString);
        vmax("--total-seconds", "-5").assertUsageError();
    }
}
