package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemaVersion 5: the step-test protocol versions ({@code stepTest.versions}); a direct Vmax loads rounded. */
class StepTestVersionStorageTest {
    private static final String V4 = "small-study-v4.hiit.json";
    private static final String V5 = "small-study-v5.hiit.json";
    private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    private static BigDecimal vmaxOf(Study s, String animal, LocalDate date) {
        StepTestResult r = s.stepTestResults().stream().filter(x -> x.animalId().equals(animal)
                && x.date().equals(date)).findFirst().orElseThrow();
        return s.stepTestVersions().vmax(r).orElseThrow();
    }

    @Test
    void aVersion4FileHasOneStepTestProtocolItsVmaxUnchangedAndIsNotRewritten() throws Exception {
        Path file = Fixtures.copy(V4, dir);
        byte[] before = Files.readAllBytes(file);

        Study s = store.load(file);

        assertEquals(List.of(), s.stepTestProtocolVersions());
        // S0 10, d 2, T 120: E 1365 s → k 11, t 45 → 10 + 20 + 0.75
        assertEquals(new BigDecimal("30.75"), vmaxOf(s, "R01", NOV_14));
        assertEquals(new BigDecimal("30.75"), vmaxOf(s, "R02", NOV_14));
        Fixtures.assertUntouched(file, before);
    }

    @Test
    void aVersion5FileGivesEachResultTheVmaxOfTheVersionInForceOnItsDate() throws Exception {
        Study s = store.load(Fixtures.copy(V5, dir));

        assertEquals(List.of(new StepTestProtocolVersion(LocalDate.of(2026, 11, 27), new StepTestProtocol(
                new BigDecimal("10"), new BigDecimal("3"), 120, new BigDecimal("0"), List.of()),
                "Bigger steps: the fast rats ran 20 stages")), s.stepTestProtocolVersions());
        assertEquals(new BigDecimal("30.75"), vmaxOf(s, "R01", NOV_14));
        // d 3 from 2026-11-27: E 1365 s → k 11, t 45 → 10 + 10·3 + 45/120·3 = 41.125 → 41.13
        assertEquals(new BigDecimal("41.13"), vmaxOf(s, "R01", NOV_28));
        assertEquals(List.of(NOV_14, NOV_28), s.currentStepTestProtocol().plannedDays());
    }

    @Test
    void versionsOutOfOrderAreReportedAtTheLaterVersionsDate() {
        String version = "{\n        \"effectiveFrom\": \"2026-11-27\",";
        String json = Fixtures.text(V5).replace("    \"versions\": [\n      {", "    \"versions\": [\n      {\n"
                + "        \"effectiveFrom\": \"2026-12-05\", \"reason\": \"Later\", \"startSpeed\": 12,"
                + " \"increment\": 2, \"stageSeconds\": 120, \"inclineDegrees\": 0\n      },\n      {");
        assertTrue(json.contains(version), "the fixture holds the version of 2026-11-27");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.stepTest.versions[1].effectiveFrom: step-test protocol versions must be"
                + " in date order with different dates (2026-11-27 follows 2026-12-05)"), e.getMessage());
    }

    @Test
    void aVersionWithoutReasonOrWithAZeroStageIsReportedAtItsPath() {
        String noReason = Fixtures.text(V5).replace("        \"reason\": \"Bigger steps: the fast rats ran 20 stages\",\n",
                "");
        String zeroStage = Fixtures.text(V5).replace("\"increment\": 3,\n        \"stageSeconds\": 120",
                "\"increment\": 3,\n        \"stageSeconds\": 0");

        StudyFileException a = assertThrows(StudyFileException.class, () -> store.fromJson(noReason, Path.of("f.json")));
        StudyFileException b = assertThrows(StudyFileException.class, () -> store.fromJson(zeroStage, Path.of("f.json")));

        assertTrue(a.getMessage().contains("$.stepTest.versions[0].reason"), a.getMessage());
        assertTrue(b.getMessage().contains("$.stepTest.versions[0]: step-test stage length (s) must be"), b.getMessage());
    }

    @Test
    void aDirectVmaxOf35_475LoadsAs35_48AndIsSavedSo() throws Exception {
        String json = Fixtures.text(V5).replace("\"vmax\": 28.5,", "\"vmax\": 35.475,");

        Study s = store.fromJson(json, Path.of("f.json"));

        StepTestResult r3 = s.stepTestResults().get(2);
        assertEquals(new Measurement.DirectVmax(new BigDecimal("35.48")), r3.measurement());
        assertEquals(new BigDecimal("35.48"), vmaxOf(s, "R03", NOV_14));
        assertTrue(store.toJson(s).contains("\"vmax\": 35.48,"), "saved rounded");
    }
}
