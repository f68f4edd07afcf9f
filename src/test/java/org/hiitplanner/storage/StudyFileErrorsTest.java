package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each damaged or wrong fixture gives one message naming the file, the place and the problem, and the file is
 * byte-identical afterwards with nothing else written beside it.
 */
class StudyFileErrorsTest {
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    /** Loads the fixture from a copy in the temp folder; returns the message; checks nothing changed on disk. */
    private String loadFails(String fixture) throws Exception {
        Path file = Fixtures.copy(fixture, dir);
        StudyFileException e = assertThrows(StudyFileException.class, () -> store.load(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(fixture), e.getMessage());
        assertFalse(e.getMessage().contains("Exception") || e.getMessage().contains("\tat "), e.getMessage());
        Fixtures.assertUntouched(file, Fixtures.bytes(fixture));
        return e.getMessage().substring((file + ": ").length());
    }

    @Test
    void malformedJsonNamesLineAndColumn() throws Exception {
        // the comma after "strain": "Wistar" on line 5 is missing; the parser notices at the next field
        assertEquals("line 6, column 3: this is not valid JSON: Unexpected character ('\"' (code 34)): was"
                + " expecting comma to separate Object entries", loadFails("malformed.hiit.json"));
    }

    @Test
    void truncatedFileSaysItEndsTooEarly() throws Exception {
        String message = loadFails("truncated.hiit.json");

        assertTrue(message.startsWith("line 29, column 17: the file ends too early"), message);
        assertTrue(message.contains("truncated"), message);
        assertFalse(message.contains(".bak"), "there is no .bak, so none is mentioned: " + message);
    }

    @Test
    void aTruncatedFilePointsToItsBakOnlyWhenThereIsOne() throws Exception {
        Path file = Fixtures.copy("truncated.hiit.json", dir);
        Path bak = Files.write(dir.resolve("truncated.hiit.json.bak"), Fixtures.bytes(Fixtures.SMALL_STUDY));

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.load(file));

        assertTrue(e.getMessage().endsWith("(an object { }, a list [ ] or a text \"\" is not closed); if it was damaged"
                + " while saving, the previous version is in truncated.hiit.json.bak"), e.getMessage());
        assertArrayEquals(Fixtures.bytes(Fixtures.SMALL_STUDY), Files.readAllBytes(bak));
        assertEquals(List.of("truncated.hiit.json", "truncated.hiit.json.bak"), Fixtures.listing(dir));
    }

    @Test
    void emptyFile() throws Exception {
        String message = loadFails("empty.hiit.json");

        assertTrue(message.startsWith("the file is empty (0 bytes)"), message);
    }

    @Test
    void tooNewSchemaVersion() throws Exception {
        String message = loadFails("too-new.hiit.json");

        assertTrue(message.startsWith("was written by a newer version of HIIT Planner (schemaVersion 7);"
                + " this version reads up to 6"), message);
    }

    @Test
    void missingSchemaVersion() throws Exception {
        String message = loadFails("missing-version.hiit.json");

        assertTrue(message.startsWith("$.schemaVersion: required field is missing"), message);
    }

    @Test
    void duplicateAnimalIds() throws Exception {
        assertEquals("$.animals[2].id: Animal id \"R02\" is used twice (also at $.animals[1])",
                loadFails("duplicate-animal.hiit.json"));
    }

    @Test
    void unknownGroup() throws Exception {
        assertEquals("$.animals[1].group: Animal R02: group \"HIT\" does not exist",
                loadFails("unknown-group.hiit.json"));
    }

    @Test
    void negativeTreadmillSpeed() throws Exception {
        assertEquals("$.treadmills[1]: minimum speed of treadmill Lane box must not be negative (was -5)",
                loadFails("negative-speed.hiit.json"));
    }

    @Test
    void resultForAnUnknownAnimal() throws Exception {
        assertEquals("$.stepTestResults[2].animal: Step test of R99 on 2026-11-14: there is no animal R99",
                loadFails("unknown-animal.hiit.json"));
    }

    @Test
    void wrongTypeNamesPathExpectationAndValue() throws Exception {
        assertEquals("$.protocol.weeks[2].intervals: expected a whole number, found \"abc\"",
                loadFails("wrong-type.hiit.json"));
    }

    @Test
    void unknownFieldNamesItsPath() throws Exception {
        assertEquals("$.animals[0].colour: unknown field \"colour\"; the fields here are id, group, sex, birthDate,"
                + " treadmill, exclusion", loadFails("unknown-field.hiit.json"));
    }

    @Test
    void deepNestingIsRefusedAtTheLevelThatIsTooDeep() throws Exception {
        // "investigator": [[[[… 200 deep, on line 7; the list at column 19 is level 2, so level 65 is column 82+1
        String message = loadFails("deep-nesting.hiit.json");

        assertTrue(message.startsWith("line 7, column 83: the data is nested too deeply (more than 64 levels"),
                message);
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() throws Exception {
        String message = loadFails("several-problems.hiit.json");

        assertEquals(List.of("7 problems:",
                "  $.animals[1].sex: expected one of MALE, FEMALE, MIXED, found \"male\"",
                "  $.settings.blinded: expected true or false, found \"yes\"",
                "  $.settings.extra: unknown field \"extra\"; the fields here are blinded, adherenceGreenPercent,"
                        + " adherenceYellowPercent, usualIntervals, usualHighPercent, welfare, heats",
                "  $.protocol.weeks[1]: high-phase % Vmax must be above 0 and at most 150 (was 200)",
                "  $.stepTestResults[2]: give exactly one measurement: totalSeconds, or stages and seconds, or vmax"
                        + " (found totalSeconds and vmax)",
                "  $.treadmills[0].maxSpeed: required field is missing",
                "  $.treadmills[1]: minimum speed of treadmill Lane box must not be negative (was -5)"),
                message.lines().toList());
    }

    @Test
    void readReportsValidationErrorsWithoutThrowing() throws Exception {
        Path file = Fixtures.copy("unknown-group.hiit.json", dir);

        LoadedStudy loaded = store.read(file);

        assertEquals(List.of(Finding.error("$.animals[1].group", "Animal R02: group \"HIT\" does not exist")),
                loaded.errors());
        assertEquals("HIT", loaded.study().animals().get(1).group());
        Fixtures.assertUntouched(file, Fixtures.bytes("unknown-group.hiit.json"));
    }

    @Test
    void exceptionCarriesTheFindingsOneByOne() throws Exception {
        Path file = Fixtures.copy("several-problems.hiit.json", dir);

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.read(file));

        assertEquals(7, e.findings().size());
        assertEquals(Finding.error("$.treadmills[0].maxSpeed", "required field is missing"), e.findings().get(5));
    }
}
