package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyStoreRoundTripTest {
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    @Test
    void demoStudySavedAndLoadedEqualsTheOriginal() throws Exception {
        Path file = dir.resolve("demo.hiit.json");
        store.save(DemoStudy.create(), file);

        Study loaded = store.load(file);

        assertEquals(DemoStudy.create(), loaded);
        assertEquals(28, loaded.animals().size());
        assertEquals(new BigDecimal("100.0"), loaded.treadmills().get(0).maxSpeed());
    }

    @Test
    void savingTheLoadedStudyAgainWritesIdenticalText() throws Exception {
        Path file = dir.resolve("demo.hiit.json");
        store.save(DemoStudy.create(), file);
        byte[] first = Files.readAllBytes(file);

        store.save(store.load(file), file);

        assertArrayEquals(first, Files.readAllBytes(file));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("demo.hiit.json.bak")));
        assertEquals(store.toJson(DemoStudy.create()), new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void fixtureWithEveryOptionalFieldLoadsWithItsValues() throws Exception {
        Study s = store.load(Fixtures.copy(Fixtures.SMALL_STUDY, dir));

        assertEquals(new StudyInfo("Small fixture study", "Rat", "Wistar", Sex.MALE, "A. Investigator"), s.info());
        assertEquals(LocalDate.of(2026, 11, 16), s.startDate());
        assertEquals(LocalDate.of(2026, 9, 1), s.animals().get(0).birthDate());
        assertEquals("Lane box", s.animals().get(1).treadmill());
        assertEquals(new Exclusion(LocalDate.of(2026, 12, 1), "Injured paw"), s.animals().get(2).exclusion());
        assertEquals(new Measurement.TotalTime(1365), s.stepTestResults().get(0).measurement());
        assertEquals(new Measurement.Stages(11, 45), s.stepTestResults().get(1).measurement());
        assertEquals(new Measurement.DirectVmax(new BigDecimal("28.5")), s.stepTestResults().get(2).measurement());
        assertEquals("Measured by another lab", s.stepTestResults().get(2).note());
        assertEquals(SpeedSetting.fixed("8.5"), s.protocol().coolDown().speed());
        assertEquals(180, s.protocol().coolDown().seconds());
        assertEquals(new BigDecimal("87.5"), s.protocol().week(2).highPercent());
        assertEquals(8, s.protocol().week(3).intervals());
        assertEquals(Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), s.calendar().trainingDays());
        assertEquals(Set.of(LocalDate.of(2026, 11, 25)), s.calendar().skipDates());
        assertEquals(List.of(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 28)),
                s.stepTestProtocol().plannedDays());
        assertEquals(new Treadmill("Lane box", 4, BeltType.INDEPENDENT_LANES, new BigDecimal("1.5"),
                new BigDecimal("60"), new BigDecimal("0.5")), s.treadmills().get(1));
        assertTrue(s.settings().blinded());
        assertEquals(new BigDecimal("85"), s.settings().greenPercent());
        assertEquals(new BigDecimal("60"), s.settings().yellowPercent());
    }

    @Test
    void fixtureIsInTheFormThisVersionWrites() throws Exception {
        Path file = Fixtures.copy("small-study-v6.hiit.json", dir);
        Path copy = dir.resolve("copy.hiit.json");

        store.save(store.load(file), copy);

        assertEquals(Fixtures.text("small-study-v6.hiit.json"), Files.readString(copy));
        assertEquals(store.load(file), store.load(copy));
    }

    @Test
    void numbersArePlainAndKeepTheirDecimalsAndDatesAreIso() {
        Study study = DemoStudy.create().withTreadmills(List.of(new Treadmill("T", 1, BeltType.SINGLE_BELT,
                new BigDecimal("0.10"), new BigDecimal("1E+2"), new BigDecimal("0.1"))));

        String json = store.toJson(study);

        assertTrue(json.contains("\"minSpeed\": 0.10,"), json);
        assertTrue(json.contains("\"maxSpeed\": 100,"), json);
        assertTrue(json.contains("\"resolution\": 0.1,\n"), json);
        assertTrue(json.contains("\"startDate\": \"2026-11-16\","), json);
        assertTrue(json.startsWith("{\n  \"schemaVersion\": 6,\n  \"title\": "), json);
        assertTrue(json.endsWith("}\n"), json);
        assertFalse(json.contains("E+") || json.contains("e+") || json.contains("E-"), json);
        assertFalse(json.contains("\r"), "line ends are \\n on every system");
    }

    @Test
    void nonAsciiTextRoundTripsAsUtf8() throws Exception {
        Study study = DemoStudy.create().withInfo(new StudyInfo("Ratten — Ausdauer µ 5 °", "Ratte", "Wistar",
                Sex.MALE, "Dr. Åsa Öberg"));
        Path file = dir.resolve("utf8.hiit.json");

        store.save(study, file);

        assertTrue(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).contains("Dr. Åsa Öberg"));
        assertEquals(study, store.load(file));
    }

    @Test
    void fromJsonReadsWhatToJsonWrites() throws Exception {
        Study demo = DemoStudy.create(LocalDate.of(2027, 3, 1));

        assertEquals(demo, store.fromJson(store.toJson(demo), Path.of("memory.hiit.json")));
    }
}
