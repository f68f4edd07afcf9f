package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15 weighs 350 g on Monday 2026-11-16 and 280 g on Monday 2026-11-23: 20.0 % below its baseline, at the default
 * endpoint. Its Tuesday session had 25 stimuli, above the default limit of 20. A PI clears the weight flag.
 */
class WelfareCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void recordedWeek() {
        study = StudyFilesForTests.demo(dir);
        run("record", study.toString(), "--animal", "R15", "--date", "2026-11-16", "--completed", "--weight", "350",
                "--operator", "T. Tech").assertSuccess();
        run("record", study.toString(), "--animal", "R15", "--date", "2026-11-23", "--completed", "--weight", "280",
                "--operator", "T. Tech").assertSuccess();
        run("record", study.toString(), "--animal", "R15", "--date", "2026-11-24", "--completed", "--stimuli", "25",
                "--operator", "T. Tech").assertSuccess();
    }

    private static CliRun run(String... args) {
        return CliRun.runAt(CLOCK, args);
    }

    @Test
    void theFlagsAreListedAndTheBreachesAreWelfareEventsInTheAuditTrail() throws Exception {
        CliRun r = run("welfare", study.toString()).assertSuccess();

        assertEquals("R15\t2026-11-23\tweight loss\tAnimal R15 weighed 280 g on 2026-11-23, 20.0 % below its baseline"
                + " of 350 g (2026-11-16); endpoint 20 %\n"
                + "R15\t2026-11-24\tstimuli\tAnimal R15 had 25 stimuli on 2026-11-24, above the limit of 20 per session\n",
                r.out().replace("\r\n", "\n"));
        Study s = new StudyStore().load(study);
        assertEquals(2, s.auditLog().entries().stream().filter(e -> e.what().startsWith("welfare event R15"))
                .count());
    }

    @Test
    void aPiClearsTheWeightFlagWithAReasonAndOnlyTheStimulusFlagRemains() throws Exception {
        CliRun refused = run("welfare", study.toString(), "--clear", "R15", "--by", "Dr. PI");
        refused.assertUsageError();
        assertTrue(refused.err().contains("--clear needs --reason TEXT and --by NAME"), refused::toString);

        run("welfare", study.toString(), "--clear", "R15", "--by", "Dr. PI", "--reason", "vet: stable, extra food")
                .assertSuccess();

        Study s = new StudyStore().load(study);
        assertEquals(1, s.welfareClearances().size());
        assertEquals("2026-11-23", s.welfareClearances().get(0).coversThrough().toString());
        AuditEntry last = s.auditLog().entries().get(s.auditLog().size() - 1);
        assertEquals("welfare clearance R15", last.what());
        assertEquals("Dr. PI", last.operator());
        assertEquals("vet: stable, extra food", last.reason());
        CliRun after = run("welfare", study.toString()).assertSuccess();
        assertTrue(after.out().startsWith("R15\t2026-11-24\tstimuli\t"), after::toString);
        assertEquals(1, after.out().lines().count(), after::toString);
        byte[] before = Files.readAllBytes(study);
        run("welfare", study.toString(), "--clear", "R15", "--by", "Dr. PI", "--reason", "again").assertUserError();
        assertArrayEquals(before, Files.readAllBytes(study), "nothing left to clear: the file is untouched");
    }
}
