package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;

import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemaVersion 4: treadmill incline, changeover and day window; the study's heat settings. */
class TreadmillProfileStorageTest {
    private static final String V3 = "small-study-v3.hiit.json";
    private static final String V4 = "small-study-v4.hiit.json";
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    @Test
    void aVersion4FileLoadsItsProfilesAndHeatSettings() throws Exception {
        Study s = store.load(Fixtures.copy(V4, dir));

        assertEquals(new Treadmill("Exer-3 rat", 3, BeltType.SINGLE_BELT, new BigDecimal("0"),
                new BigDecimal("100.0"), new BigDecimal("0.1"), new BigDecimal("5"), 15,
                new DayWindow(LocalTime.of(8, 0), LocalTime.of(12, 30))), s.treadmills().get(0));
        assertEquals(600, s.treadmills().get(1).changeoverSeconds());
        assertTrue(s.treadmills().get(1).dayWindow().isEmpty());
        assertEquals(new HeatSettings(Tolerance.absolute(new BigDecimal("1.0")), RunOrder.SEEDED_RANDOM, 20261116L),
                s.settings().heats());
    }

    @Test
    void aVersion3FileGetsNoInclineTenMinutesAndTheDefaultHeatSettingsAndIsNotRewritten() throws Exception {
        Path file = Fixtures.copy(V3, dir);
        byte[] before = Files.readAllBytes(file);

        Study s = store.load(file);

        for (Treadmill t : s.treadmills()) {
            assertEquals(0, t.incline().signum(), t.name());
            assertEquals(10, t.changeoverMinutes(), t.name());
            assertTrue(t.dayWindow().isEmpty(), t.name());
        }
        assertEquals(HeatSettings.defaults(), s.settings().heats());
        assertEquals(Tolerance.percent(new BigDecimal("5")), s.settings().heats().tolerance());
        Fixtures.assertUntouched(file, before);
    }

    @Test
    void aWindowThatIsNotATimeIsReportedAtItsPath() {
        String json = Fixtures.text(V4).replace("\"start\": \"08:00\"", "\"start\": \"8 am\"");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.treadmills[0].window.start: '8 am' is not a time of day; expected "
                + "HH:mm, e.g. 08:00"), e.getMessage());
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsReportedAtTheWindow() {
        String json = Fixtures.text(V4).replace("\"end\": \"12:30\"", "\"end\": \"07:00\"");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.treadmills[0].window: the day window must end after it starts "
                + "(08:00–07:00)"), e.getMessage());
    }

    @Test
    void aPercentToleranceAbove100AndAnUnknownOrderAreReportedAtTheirPaths() {
        String json = Fixtures.text(V4).replace("\"kind\": \"ABSOLUTE\"", "\"kind\": \"PERCENT\"")
                .replace("\"value\": 1.0", "\"value\": 150").replace("\"SEEDED_RANDOM\"", "\"SHUFFLED\"");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.settings.heats.tolerance: a tolerance in percent must be between 0 and "
                + "100 (was 150)"), e.getMessage());
        assertTrue(e.getMessage().contains("$.settings.heats.order: expected one of COUNTERBALANCED, SEEDED_RANDOM, "
                + "found \"SHUFFLED\""), e.getMessage());
    }

    @Test
    void anInclineBeyond45DegreesIsReportedAtTheTreadmill() {
        String json = Fixtures.text(V4).replace("\"inclineDegrees\": 5,", "\"inclineDegrees\": 50,");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.treadmills[0]: incline of treadmill Exer-3 rat must be between -45 and "
                + "45 degrees (was 50)"), e.getMessage());
    }
}
