package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** Mapping problems, each at its JSON path; the JSON is the small fixture with one change. */
class DocumentMappingTest {
    private static final Path NAME = Path.of("edited.hiit.json");

    private final StudyStore store = new StudyStore();

    private static String fixtureWith(String old, String replacement) {
        String text = Fixtures.text(Fixtures.SMALL_STUDY);
        assertTrue(text.contains(old), old);
        return text.replace(old, replacement);
    }

    /** The single line after "edited.hiit.json: ". */
    private String problem(String json) {
        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, NAME));
        assertTrue(e.getMessage().startsWith("edited.hiit.json: "), e.getMessage());
        return e.getMessage().substring("edited.hiit.json: ".length());
    }

    @Test
    void resultWithTwoMeasurements() {
        String json = fixtureWith("\"totalSeconds\": 1365,", "\"totalSeconds\": 1365, \"vmax\": 30,");

        assertEquals("$.stepTestResults[0]: give exactly one measurement: totalSeconds, or stages and seconds, or"
                + " vmax (found totalSeconds and vmax)", problem(json));
    }

    @Test
    void resultWithoutMeasurement() {
        String json = fixtureWith("\"totalSeconds\": 1365,", "");

        assertEquals("$.stepTestResults[0]: give exactly one measurement: totalSeconds, or stages and seconds, or"
                + " vmax (none is given)", problem(json));
    }

    @Test
    void stagesWithoutSeconds() {
        String json = fixtureWith("\"seconds\": 45,", "");

        assertEquals("$.stepTestResults[1].seconds: required field is missing", problem(json));
    }

    @Test
    void secondsIntoTheNextStageMustBeBelowTheStageLength() {
        String json = fixtureWith("\"seconds\": 45,", "\"seconds\": 120,");

        assertEquals("$.stepTestResults[1].seconds: Step test of R02 on 2026-11-14: 120 s into the next stage must"
                + " be below the stage length of 120 s", problem(json));
    }

    @Test
    void missingRequiredField() {
        String json = fixtureWith("\"lanes\": 3,", "");

        assertEquals("$.treadmills[0].lanes: required field is missing", problem(json));
    }

    @Test
    void nullIsMissing() {
        assertEquals("$.startDate: required field is missing",
                problem(fixtureWith("\"startDate\": \"2026-11-16\"", "\"startDate\": null")));
    }

    @Test
    void emptyListEntry() {
        String json = fixtureWith("\"groups\": [", "\"groups\": [ null,");

        assertEquals("$.groups[0]: an entry is empty (null)", problem(json));
    }

    @Test
    void impossibleDate() {
        String json = fixtureWith("\"startDate\": \"2026-11-16\"", "\"startDate\": \"2026-02-30\"");

        assertEquals("$.startDate: expected a date like \"2026-11-16\" (year-month-day), found \"2026-02-30\""
                + " (February 2026 has 28 days)", problem(json));
    }

    @Test
    void aDateWithAYearJavaReadsButNoStudyHasIsRefusedAtItsPlace() {
        String json = fixtureWith("\"startDate\": \"2026-11-16\"", "\"startDate\": \"+999999999-12-31\"");

        assertEquals("$.startDate: expected a date like \"2026-11-16\" (year-month-day), found \"+999999999-12-31\""
                + " (not written yyyy-mm-dd with a four-digit year)", problem(json));
    }

    @Test
    void decimalForAWholeNumber() {
        assertEquals("$.protocol.highSeconds: expected a whole number, found 120.0",
                problem(fixtureWith("\"highSeconds\": 120,", "\"highSeconds\": 120.0,")));
    }

    @Test
    void quotedNumber() {
        assertEquals("$.treadmills[0].maxSpeed: expected a number, found \"100\"",
                problem(fixtureWith("\"maxSpeed\": 100.0,", "\"maxSpeed\": \"100\",")));
    }

    @Test
    void wholeNumberOutOfRange() {
        assertEquals("$.treadmills[0].lanes: expected a whole number from -2147483648 to 2147483647, found"
                + " 99999999999", problem(fixtureWith("\"lanes\": 3,", "\"lanes\": 99999999999,")));
    }

    @Test
    void hugeExponentIsRefusedWithoutExpandingIt() {
        assertEquals("$.treadmills[0].maxSpeed: expected a number with at most 9 digits before and 9 after the"
                + " decimal point, found 1E+999999999",
                problem(fixtureWith("\"maxSpeed\": 100.0,", "\"maxSpeed\": 1e999999999,")));
    }

    @Test
    void exponentNotationIsReadAsAPlainNumber() throws Exception {
        Study s = store.fromJson(fixtureWith("\"maxSpeed\": 60,", "\"maxSpeed\": 6E+1,"), NAME);

        assertEquals(new BigDecimal("60"), s.treadmills().get(1).maxSpeed());
    }

    @Test
    void objectWhereTextIsExpected() {
        assertEquals("$.title: expected text in double quotes, found an object { … }",
                problem(fixtureWith("\"title\": \"Small fixture study\"", "\"title\": {}")));
    }

    @Test
    void wrongEnumValue() {
        assertEquals("$.treadmills[1].belt: expected one of SINGLE_BELT, INDEPENDENT_LANES, found \"TWO_BELTS\"",
                problem(fixtureWith("\"INDEPENDENT_LANES\"", "\"TWO_BELTS\"")));
    }

    @Test
    void tooManyListEntries() {
        // the real limit (5 000 000) is sized for a facility; a store with a limit of 3 shows the same check
        String many = "\"2026-11-25\"" + ", \"2026-11-25\"".repeat(3);
        String json = fixtureWith("\"skipDates\": [\n      \"2026-11-25\"\n    ]", "\"skipDates\": [" + many + "]");
        StudyStore small = new StudyStore(Migrations.standard(), java.time.Clock.systemDefaultZone(), 3);
        StudyFileException e = assertThrows(StudyFileException.class, () -> small.fromJson(json, NAME));

        assertEquals("edited.hiit.json: $.calendar.skipDates: has 4 entries; at most 3 are allowed", e.getMessage());
    }

    @Test
    void domainRuleOnAnIntervalsValue() {
        assertEquals("$.protocol.weeks[0]: intervals must be between 1 and 20 (was 25)",
                problem(fixtureWith("\"intervals\": 4,", "\"intervals\": 25,")));
    }

    @Test
    void warningsDoNotStopLoadingAndKeepTheirPaths() throws Exception {
        assertEquals(List.of(), store.readJson(Fixtures.text(Fixtures.SMALL_STUDY), NAME).findings());
        String json = fixtureWith("\"intervals\": 4,", "\"intervals\": 12,");

        LoadedStudy loaded = store.readJson(json, NAME);

        assertEquals(List.of(Finding.warning("$.protocol.weeks[0].intervals",
                "Week 1: 12 intervals is outside the usual 4–10")), loaded.findings());
        assertEquals(12, store.fromJson(json, NAME).protocol().week(1).intervals());
    }

    @Test
    void skipDatePathsPointAtThePlaceInTheFile() throws Exception {
        // in the file the out-of-study date comes first; the domain keeps skip dates sorted
        String json = fixtureWith("\"skipDates\": [\n      \"2026-11-25\"\n    ]",
                "\"skipDates\": [\"2027-06-01\", \"2026-11-25\", \"2026-11-25\"]");

        LoadedStudy loaded = store.readJson(json, NAME);

        assertEquals(List.of(
                Finding.warning("$.calendar.skipDates[2]", "Skip date 2026-11-25 is listed twice (also at"
                        + " $.calendar.skipDates[1]); it counts once"),
                Finding.warning("$.calendar.skipDates[0]", "Skip date 2027-06-01 lies outside the study"
                        + " (2026-11-16 to 2026-12-06)")), loaded.findings());
    }

    @Test
    void aFloodOfProblemsIsListedUpTo50AndCounted() {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            extra.append("\"x").append(i).append("\": ").append(i).append(", ");
        }
        String json = fixtureWith("\"title\":", extra + "\"title\":");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, NAME));

        List<String> lines = e.getMessage().lines().toList();
        assertEquals("edited.hiit.json: 60 problems:", lines.get(0));
        assertTrue(lines.get(1).startsWith("  $.x0: unknown field \"x0\"; the fields here are schemaVersion, title,"),
                lines.get(1));
        assertEquals("  … and 10 more", lines.get(51));
        assertEquals(52, lines.size());
        assertEquals(60, e.findings().size());
    }

    @Test
    void aHugeValueDoesNotMakeAHugeMessage() {
        String id = "R".repeat(100_000);
        StudyFileException e = assertThrows(StudyFileException.class,
                () -> store.fromJson(fixtureWith("\"id\": \"R01\"", "\"id\": \"" + id + "\""), NAME));

        assertTrue(e.getMessage().startsWith("edited.hiit.json: $.animals[0]: animal id must be 1 to 32 characters"
                + " (was \"RRR"), e.getMessage().substring(0, 100));
        assertTrue(e.getMessage().length() < 400, "message length " + e.getMessage().length());
    }
}
