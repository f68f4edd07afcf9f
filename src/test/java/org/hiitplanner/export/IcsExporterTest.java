package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class IcsExporterTest {
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalTime NINE = LocalTime.of(9, 0);
    static final Instant NOW = Instant.parse("2026-11-01T07:30:15Z");
    static final IcsOptions PER_ANIMAL = new IcsOptions(IcsOptions.Grouping.PER_ANIMAL, AMSTERDAM,
            NINE, NOW);
    static final IcsOptions PER_TREADMILL = new IcsOptions(IcsOptions.Grouping.PER_TREADMILL, AMSTERDAM,
            NINE, NOW);
    static final List<LocalDate> TEST_DAYS = List.of(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 28),
            LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 9));

    private final IcsExporter exporter = new IcsExporter(new ScheduleEngine());

    static String ics(IcsExporter exporter, Study study, IcsOptions options) throws IOException {
        StringWriter out = new StringWriter();
        exporter.write(study, options, out, Progress.NONE);
        return out.toString();
    }

    private String ics(Study study, IcsOptions options) throws IOException {
        return ics(exporter, study, options);
    }

    static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT);
    }

    static String value(net.fortuna.ical4j.model.PropertyListAccessor c, String property) {
        return c.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    static boolean allDay(VEvent e) {
        return e.getProperty(Property.DTSTART).orElseThrow().getParameter("VALUE").isPresent();
    }

    /** DTSTART as ical4j parsed it: a LocalDate (all day), a ZonedDateTime (TZID) or an Instant (UTC). */
    static Temporal start(VEvent e) {
        DateProperty<?> p = (DateProperty<?>) e.getProperty(Property.DTSTART).orElseThrow();
        return p.getDate();
    }

    static LocalDate date(VEvent e) {
        Temporal t = start(e);
        if (t instanceof LocalDate d) {
            return d;
        }
        return t instanceof ZonedDateTime z ? z.toLocalDate() : LocalDate.ofInstant((Instant) t, AMSTERDAM);
    }

    static List<String> uids(List<VEvent> events) {
        return events.stream().map(e -> value(e, Property.UID)).toList();
    }

    @Test
    void perAnimal560TrainingEventsAndFiveStudyWideTestDaysAllWithUniqueUids() throws Exception {
        Calendar calendar = parse(ics(DemoStudy.create(), PER_ANIMAL));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> events = events(calendar);
        assertEquals(565, events.size());
        List<VEvent> training = events.stream().filter(e -> !allDay(e)).toList();
        List<VEvent> tests = events.stream().filter(IcsExporterTest::allDay).toList();
        assertEquals(14 * 40, training.size());
        assertEquals(5, tests.size()); // once per study per planned test day, not per animal
        assertEquals(565, new HashSet<>(uids(events)).size());
        assertTrue(uids(events).stream().allMatch(u -> u.matches("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}"
                + "-[0-9a-f]{12}@hiit-planner")), uids(events).get(0));
        assertEquals(LocalDate.of(2026, 11, 16), date(training.get(0)));
        // R15 (own high 28.4 m/min) runs in heat 4, lane 2, where the belt runs 28.1
        assertEquals("R15 HIIT \u2014 week 1, heat 4 lane 2, 4 \u00D7 28.1 m/min", value(training.get(0),
                Property.SUMMARY));
        assertEquals(TEST_DAYS, tests.stream().map(IcsExporterTest::date).toList());
        assertEquals(LocalDate.of(2026, 11, 14), date(events.get(0)));
        Map<String, Long> perAnimal = training.stream().collect(Collectors.groupingBy(
                e -> value(e, Property.SUMMARY).split(" ")[0], Collectors.counting()));
        assertEquals(14, perAnimal.size());
        assertTrue(perAnimal.values().stream().allMatch(n -> n == 40), perAnimal::toString);
        assertTrue(events.stream().allMatch(e -> "20261101T073015Z".equals(value(e, Property.DTSTAMP))));
    }

    private static Heat r15HeatOn(LocalDate date) {
        return heatOf(DemoStudy.create(), "R15", date);
    }

    private static Heat heatOf(Study study, String animal, LocalDate date) {
        return new StudyHeats(new HeatPlanner()).day(study, new ScheduleEngine().schedule(study,
                ScheduleQuery.day(date))).get(0).heatOf(animal).orElseThrow();
    }

    @Test
    void aSessionStartsWithItsHeatInTheZoneLastsItsLengthAndListsEverySpeed() throws Exception {
        String text = ics(DemoStudy.create(), PER_ANIMAL);
        Heat heat = r15HeatOn(LocalDate.of(2026, 11, 23));
        HeatRunner r15 = heat.runners().stream().filter(r -> r.animalId().equals("R15")).findFirst().orElseThrow();
        String summary = "R15 HIIT \u2014 week 2, heat 4 lane " + r15.lane() + ", 5 \u00D7 " + r15.run().high()
                + " m/min";
        VEvent e = events(parse(text)).stream().filter(x -> summary.equals(value(x, Property.SUMMARY)))
                .filter(x -> date(x).equals(LocalDate.of(2026, 11, 23))).findFirst().orElseThrow();
        // R15 runs in heat 4 on Monday 2026-11-23: three heats of 25 min, each followed by 10 min changeover, before it
        assertEquals(4, heat.number());
        assertEquals(3 * 35 * 60, heat.startSecond());
        assertEquals(ZonedDateTime.of(2026, 11, 23, 10, 45, 0, 0, AMSTERDAM).toInstant(),
                Instant.from(start(e)));
        DateProperty<?> end = (DateProperty<?>) e.getProperty(Property.DTEND).orElseThrow();
        // 300 + 5 × (120 + 60) + 300 = 1500 s
        assertEquals(ZonedDateTime.of(2026, 11, 23, 11, 10, 0, 0, AMSTERDAM).toInstant(), Instant.from(end.getDate()));
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20261123T104500\r\n"));
        assertEquals("Exer-3 rat", value(e, Property.LOCATION));
        assertEquals("Session 6 of 40, week 2, treadmill Exer-3 rat.\n"
                + "Heat 4, lane " + r15.lane() + ": the belt runs " + r15.run().high() + " m/min in the high phase "
                + "(own 30.1, " + org.hiitplanner.domain.Units.signed(r15.deviation().high()) + "); warm-up "
                + r15.run().warmUp() + ", low " + r15.run().low() + ", cool-down " + r15.run().coolDown() + " m/min.\n"
                + "Vmax 35.47 m/min (step test of 2026-11-14).\n"
                + "Warm-up: 300 s at 14.2 m/min\n"
                + "5 intervals: 120 s at 30.1 m/min, then 60 s at 17.7 m/min\n"
                + "Cool-down: 300 s at 14.2 m/min\n"
                + "Total: 25 min, 531.5 m.", value(e, Property.DESCRIPTION));
    }

    @Test
    void testDaysAreAllDayAndListTheTestedAnimals() throws Exception {
        List<VEvent> tests = events(parse(ics(DemoStudy.create(), PER_ANIMAL))).stream()
                .filter(IcsExporterTest::allDay).toList();
        VEvent baseline = tests.get(0);
        assertEquals("Step test \u2014 baseline, 28 animals", value(baseline, Property.SUMMARY));
        assertEquals("20261115", value(baseline, Property.DTEND));
        assertEquals("Step test \u2014 week 2, 28 animals", value(tests.get(1), Property.SUMMARY));
        assertEquals("Step test \u2014 week 8, 28 animals", value(tests.get(4), Property.SUMMARY));
        String description = value(baseline, Property.DESCRIPTION);
        assertTrue(description.startsWith("Incremental step test: start 10 m/min, +2 m/min every 120 s"),
                description);
        assertTrue(description.contains("R01 CON, R02 CON") && description.endsWith("R28 T2D+HIIT."), description);
    }

    @Test
    void exportingTwiceGivesTheSameUidsSoACalendarUpdatesInsteadOfDuplicating() throws Exception {
        String first = ics(DemoStudy.create(), PER_ANIMAL);
        IcsOptions later = new IcsOptions(IcsOptions.Grouping.PER_ANIMAL, AMSTERDAM, NINE,
                NOW.plusSeconds(86_400 * 3));
        String second = ics(DemoStudy.create(), later);
        assertEquals(uids(events(parse(first))), uids(events(parse(second))));
        assertNotEquals(first, second);
        assertEquals(first.replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP"),
                second.replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP"));
        // a changed schedule keeps the UIDs: the same sessions, later in the day
        String moved = ics(DemoStudy.create(), PER_ANIMAL.withDayStart(LocalTime.of(13, 0)));
        assertEquals(uids(events(parse(first))), uids(events(parse(moved))));
        // the other grouping has other UIDs
        List<String> perTreadmill = uids(events(parse(ics(DemoStudy.create(), PER_TREADMILL))));
        assertTrue(perTreadmill.stream().noneMatch(new HashSet<>(uids(events(parse(first))))::contains));
    }

    @Test
    void perTreadmillFortyTrainingDaysEachListingFourteenAnimalsInRunsOfThree() throws Exception {
        Calendar calendar = parse(ics(DemoStudy.create(), PER_TREADMILL));
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> events = events(calendar);
        List<VEvent> training = events.stream().filter(e -> !allDay(e)).toList();
        assertEquals(40, training.size());
        assertEquals(45, events.size()); // + 5 test days, one per treadmill (the demo has one)
        assertEquals(45, new HashSet<>(uids(events)).size());
        VEvent first = training.get(0);
        assertEquals(LocalDate.of(2026, 11, 16), date(first));
        assertEquals("Exer-3 rat \u2014 week 1, 14 animals", value(first, Property.SUMMARY));
        String description = value(first, Property.DESCRIPTION);
        // a summary line, 5 heat lines and 14 animal lines
        assertEquals(20, description.lines().count(), description);
        assertTrue(description.startsWith("Session 1, week 1. 2 h 30 min: 5 heats of up to 3 animals, 10 min "
                + "between heats.\nHeat 1, 09:00\u201309:22, belt high "), description);
        assertTrue(description.contains("\nR15 HIIT: 4 \u00D7 120 s at 28.4, low 60 s at 17.7, warm-up 300 s at "
                + "14.2, cool-down 300 s at 14.2 m/min"), description);
        // 14 animals on 3 lanes: 5 heats × 22 min + 4 changeovers × 10 min = 2 h 30 min from 09:00;
        // week 8: 5 × 40 min + 4 × 10 min = 4 h
        assertEquals("20261116T090000", value(first, Property.DTSTART));
        assertEquals("20261116T113000", value(first, Property.DTEND));
        assertEquals("20270108T130000", value(training.get(39), Property.DTEND));
        assertEquals("Exer-3 rat \u2014 step test, baseline, 28 animals",
                value(events.get(0), Property.SUMMARY));
    }

    @Test
    void commasSemicolonsBackslashesAndLineBreaksSurviveParsing() throws Exception {
        // changed with the rule that a title is one line: the line breaks come from the description's phases
        Study study = SampleStudies.withIds("R,1;x\\y", "R2")
                .withInfo(new org.hiitplanner.domain.study.StudyInfo("Pilot, 2026; part 2", "Rat", "", 
                        org.hiitplanner.domain.animal.Sex.MALE, ""));
        String text = ics(study, PER_ANIMAL);
        assertTrue(text.contains("SUMMARY:R\\,1\\;x\\\\y HIIT \u2014 week 1\\, heat 1 lane "), text);
        Calendar calendar = parse(text);
        assertEquals("Pilot, 2026; part 2", value(calendar, "X-WR-CALNAME"));
        VEvent e = events(calendar).stream().filter(x -> !allDay(x)).findFirst().orElseThrow();
        assertTrue(value(e, Property.SUMMARY).startsWith("R,1;x\\y HIIT \u2014 week 1, heat 1 lane "),
                value(e, Property.SUMMARY));
        assertTrue(value(e, Property.DESCRIPTION).contains("\nWarm-up: 300 s at 12.3 m/min\n"));
    }

    @Test
    void everyLineIsAtMost75OctetsEndsInCrLfAndNeverSplitsACharacter() throws Exception {
        Study study = SampleStudies.withIds("\u00C5\u00E5\u00E5\u00E5\u2014\u00E5\u00E5\uD83D\uDC00\u00E5\u00E5\u00E5"
                + "\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5", "R2");
        String text = ics(study, PER_TREADMILL) + ics(DemoStudy.create(), PER_ANIMAL);
        assertFalse(text.replace("\r\n", "").contains("\n"));
        assertFalse(text.replace("\r\n", "").contains("\r"));
        String[] lines = text.split("\r\n");
        int folded = 0;
        for (String line : lines) {
            byte[] bytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, () -> bytes.length + ": " + line);
            assertFalse(line.contains("\uFFFD"), line);
            folded += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue(folded > 1000, "continuation lines: " + folded);
        assertTrue(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        // unfolded by the parser, the long description is whole again
        VEvent e = events(parse(ics(study, PER_TREADMILL))).stream().filter(x -> !allDay(x)).findFirst().orElseThrow();
        assertTrue(value(e, Property.DESCRIPTION).contains("\n\u00C5\u00E5\u00E5\u00E5\u2014\u00E5\u00E5\uD83D\uDC00"
                + "\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5\u00E5 HIIT: 4 \u00D7 120 s at 24.6"),
                value(e, Property.DESCRIPTION));
    }

    @Test
    void theDemoStudysVTimeZoneIsTheYearlyRuleOfAmsterdam() throws Exception {
        String text = ics(DemoStudy.create(), PER_ANIMAL);
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
                + "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"), text.substring(0, 700));
        assertEquals(1, text.split("BEGIN:VTIMEZONE").length - 1);
    }

    @Test
    void aStudyAcrossTheSpringChangeKeepsItsLocalHeatTimes() throws Exception {
        Study study = DemoStudy.create(LocalDate.of(2027, 3, 1));
        String text = ics(study, PER_ANIMAL);
        assertTrue(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\n"
                + "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n"), text.substring(0, 700));
        Calendar calendar = parse(text);
        assertFalse(calendar.validate().hasErrors(), () -> calendar.validate().toString());
        List<VEvent> r15 = events(calendar).stream().filter(e -> value(e, Property.SUMMARY).startsWith("R15 "))
                .toList();
        VEvent friday = r15.stream().filter(e -> date(e).equals(LocalDate.of(2027, 3, 26))).findFirst().orElseThrow();
        VEvent monday = r15.stream().filter(e -> date(e).equals(LocalDate.of(2027, 3, 29))).findFirst().orElseThrow();
        LocalTime fridayStart = NINE.plusSeconds(heatOf(study, "R15", LocalDate.of(2027, 3, 26)).startSecond());
        LocalTime mondayStart = NINE.plusSeconds(heatOf(study, "R15", LocalDate.of(2027, 3, 29)).startSecond());
        assertEquals(ZonedDateTime.of(LocalDate.of(2027, 3, 26), fridayStart, AMSTERDAM).toLocalDateTime(),
                java.time.LocalDateTime.parse(value(friday, Property.DTSTART),
                        java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")));
        // as ical4j reads the VTIMEZONE: local time is UTC+1 before the change and UTC+2 after
        assertEquals(ZonedDateTime.of(LocalDate.of(2027, 3, 26), fridayStart, ZoneId.of("+01:00")).toInstant(),
                Instant.from(start(friday)));
        assertEquals(ZonedDateTime.of(LocalDate.of(2027, 3, 29), mondayStart, ZoneId.of("+02:00")).toInstant(),
                Instant.from(start(monday)));
        assertEquals(Instant.parse("2026-11-16T08:00:00Z"), Instant.from(start(events(parse(ics(DemoStudy.create(),
                PER_TREADMILL))).stream().filter(e -> !allDay(e)).findFirst().orElseThrow())));
    }

    @Test
    void aSouthernHemisphereZoneGetsItsOwnRules() throws IOException {
        IcsOptions sydney = new IcsOptions(IcsOptions.Grouping.PER_TREADMILL, ZoneId.of("Australia/Sydney"),
                LocalTime.of(8, 0), NOW);
        String text = ics(DemoStudy.create(LocalDate.of(2027, 3, 1)), sydney);
        assertTrue(text.contains("BEGIN:STANDARD\r\nDTSTART:20260405T030000\r\nTZOFFSETFROM:+1100\r\n"
                + "TZOFFSETTO:+1000\r\nRRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU\r\nEND:STANDARD\r\n"), text.substring(0, 700));
        assertTrue(text.contains("BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:+1000\r\n"
                + "TZOFFSETTO:+1100\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU\r\nEND:DAYLIGHT\r\n"), text.substring(0, 700));
        assertTrue(text.contains("DTSTART;TZID=Australia/Sydney:20270301T080000\r\n"));
    }

    @Test
    void aZoneWithoutDaylightSavingTimeHasOneObservance() throws IOException {
        IcsOptions saoPaulo = new IcsOptions(IcsOptions.Grouping.PER_TREADMILL, ZoneId.of("America/Sao_Paulo"),
                LocalTime.of(9, 0), NOW);
        String text = ics(DemoStudy.create(), saoPaulo);
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:America/Sao_Paulo\r\nBEGIN:STANDARD\r\n"
                + "DTSTART:19700101T000000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0300\r\nEND:STANDARD\r\n"
                + "END:VTIMEZONE\r\n"), text.substring(0, 500));
    }

    @Test
    void aPastStudyAcrossAChangeUnderOldRulesGetsExplicitObservances() throws IOException {
        // Sao Paulo ended daylight saving time for good on 2019-02-17 (00:00 at -02:00 became 23:00 at -03:00)
        IcsOptions saoPaulo = new IcsOptions(IcsOptions.Grouping.PER_TREADMILL, ZoneId.of("America/Sao_Paulo"),
                LocalTime.of(9, 0), NOW);
        String text = ics(DemoStudy.create(LocalDate.of(2019, 1, 7)), saoPaulo);
        assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:America/Sao_Paulo\r\n"
                + "BEGIN:DAYLIGHT\r\nDTSTART:20181104T000000\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\nEND:DAYLIGHT\r\n"
                + "BEGIN:STANDARD\r\nDTSTART:20190217T000000\r\nTZOFFSETFROM:-0200\r\nTZOFFSETTO:-0300\r\nEND:STANDARD\r\n"
                + "END:VTIMEZONE\r\n"), text.substring(0, 600));
        assertTrue(text.contains("DTSTART;TZID=America/Sao_Paulo:20190215T090000\r\n"));
        assertTrue(text.contains("DTSTART;TZID=America/Sao_Paulo:20190218T090000\r\n"));
    }

    @Test
    void utcOrAFixedOffsetGivesUtcTimesAndNoVTimeZone() throws Exception {
        IcsOptions utc = new IcsOptions(IcsOptions.Grouping.PER_ANIMAL, ZoneId.of("UTC"), LocalTime.of(9, 0), NOW);
        String text = ics(DemoStudy.create(), utc);
        assertFalse(text.contains("VTIMEZONE"));
        assertFalse(text.contains("TZID"));
        assertTrue(text.contains("DTSTART:20261116T090000Z\r\nDTEND:20261116T092200Z\r\n"));
        IcsOptions india = new IcsOptions(IcsOptions.Grouping.PER_ANIMAL, ZoneId.of("+05:30"), LocalTime.of(9, 0), NOW);
        String indian = ics(DemoStudy.create(), india);
        assertTrue(indian.contains("DTSTART:20261116T033000Z\r\n"));
        assertEquals(565, events(parse(indian)).size());
    }

    @Test
    void theDayStartIsConfigurable() throws IOException {
        String text = ics(DemoStudy.create(), PER_ANIMAL.withDayStart(LocalTime.of(7, 30)));
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20261116T073000\r\nDTEND;TZID=Europe/Amsterdam:"
                + "20261116T075200\r\n"));
        String perTreadmill = ics(DemoStudy.create(), PER_TREADMILL.withDayStart(LocalTime.of(7, 30)));
        assertTrue(perTreadmill.contains("DTSTART;TZID=Europe/Amsterdam:20261116T073000\r\nDTEND;TZID="
                + "Europe/Amsterdam:20261116T100000\r\n"), perTreadmill.substring(0, 2000));
    }

    @Test
    void withoutADayStartTheDayRunsAsTheHeatsArePlannedFromTheTreadmillsWindowOr0800() throws Exception {
        Study demo = DemoStudy.create();
        String plain = ics(demo, PER_TREADMILL.withDayStart(null));
        assertTrue(plain.contains("DTSTART;TZID=Europe/Amsterdam:20261116T080000\r\nDTEND;TZID="
                + "Europe/Amsterdam:20261116T103000\r\n"), plain.substring(0, 2000));
        Study windowed = demo.withTreadmills(List.of(demo.treadmills().get(0).withChangeoverMinutes(5)
                .withWindow(new DayWindow(LocalTime.of(13, 0), LocalTime.of(17, 0)))));
        String afternoon = ics(windowed, PER_TREADMILL.withDayStart(null));
        // 5 heats of 22 min with 4 changeovers of 5 min from 13:00: 130 min
        assertTrue(afternoon.contains("DTSTART;TZID=Europe/Amsterdam:20261116T130000\r\nDTEND;TZID="
                + "Europe/Amsterdam:20261116T151000\r\n"), afternoon.substring(0, 2000));
    }

    @Test
    void aBlindedStudyShowsNoGroups() throws Exception {
        Study demo = DemoStudy.create();
        Study blinded = demo.withSettings(new org.hiitplanner.domain.study.StudySettings(true,
                demo.settings().greenPercent(), demo.settings().yellowPercent(), demo.settings().protocolLimits(),
                demo.settings().welfare()));
        String text = ics(blinded, PER_ANIMAL) + ics(blinded, PER_TREADMILL);
        assertTrue(text.contains("SUMMARY:R15 \u2014 week 1\\, heat 4 lane 2\\, 4 \u00D7 28.1 m/min\r\n"));
        String unfolded = text.replace("\r\n ", "");
        for (String group : List.of(" HIIT", "T2D", " CON")) {
            assertFalse(unfolded.contains(group), group);
        }
    }

    @Test
    void anExcludedAnimalHasNoEventsFromItsExclusionOn() throws Exception {
        Study demo = DemoStudy.create();
        List<Animal> animals = new ArrayList<>(demo.animals());
        animals.set(16, animals.get(16).withExclusion(new Exclusion(LocalDate.of(2026, 12, 1), "Injured paw")));
        List<VEvent> events = events(parse(ics(demo.withAnimals(animals), PER_ANIMAL)));
        // R17 loses Tuesday–Friday of week 3 and weeks 4–8: 4 + 25 sessions
        assertEquals(560 - 29, events.stream().filter(e -> !allDay(e)).count());
        assertEquals(11, events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("R17 ")).count());
        List<VEvent> tests = events.stream().filter(IcsExporterTest::allDay).toList();
        assertEquals("Step test \u2014 week 2, 28 animals", value(tests.get(1), Property.SUMMARY));
        assertEquals("Step test \u2014 week 4, 27 animals", value(tests.get(2), Property.SUMMARY));
    }

    @Test
    void aSessionWithoutVmaxSaysSo() throws Exception {
        List<VEvent> events = events(parse(ics(SampleStudies.handBuilt(), PER_ANIMAL)));
        VEvent r2 = events.stream().filter(e -> value(e, Property.SUMMARY).startsWith("R2 ")).findFirst().orElseThrow();
        assertEquals("R2 HIIT \u2014 week 1, no Vmax", value(r2, Property.SUMMARY));
        assertTrue(value(r2, Property.DESCRIPTION).contains("\nWarning: No Vmax: no valid step test on or before this day"));
        // C1 is a control: tested, not trained
        assertEquals(80, events.stream().filter(e -> !allDay(e)).count());
        assertTrue(value(events.get(0), Property.DESCRIPTION).endsWith("Animals: R1 HIIT, R2 HIIT, C1 CON."));
    }

    @Test
    void aCancelledExportThrowsAndTheStreamVersionWritesUtf8AndStaysOpen() throws IOException {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(ExportCancelledException.class,
                () -> exporter.write(DemoStudy.create(), PER_ANIMAL, new StringWriter(), cancelled));
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        IcsExporter.Result result = exporter.write(DemoStudy.create(), PER_ANIMAL, bytes, Progress.NONE);
        assertEquals(new IcsExporter.Result(560, 5), result);
        assertEquals(565, result.events());
        assertFalse(closed[0]);
        assertEquals(ics(DemoStudy.create(), PER_ANIMAL), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
