package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.hiitplanner.cli.CliRun.runAt;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
    static final Instant NOW = Instant.parse("2026-11-16T06:45:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;
    private Path demo;

    /** The head of the demo's audit trail, which every export names as its anchor outside the file. */
    private String trailHead() {
        String head;
        try {
            head = new org.hiitplanner.storage.StudyStore().load(demo).auditLog().head();
        } catch (org.hiitplanner.storage.StudyFileException e) {
            throw new AssertionError(e);
        }
        assertTrue(head.matches("\\d+ · [0-9a-f]{8}"), head);
        return head;
    }

    @BeforeEach
    void writeDemo() {
        demo = StudyFilesForTests.demo(dir);
    }

    private CliRun export(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        return runAt(CLOCK, all);
    }

    private static List<CSVRecord> csv(String text, char delimiter) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            return parser.getRecords();
        }
    }

    /** Nothing but the expected files in the folder: no temporary file left behind. */
    private void assertOnlyFiles(String... names) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(names), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // ---- export csv

    @Test
    void csvScheduleWrites560SessionsAsTheScheduleCommandDoes() throws IOException {
        Path out = dir.resolve("schedule.csv");
        CliRun r = export("csv", demo.toString(), "--what", "schedule", "--out", out.toString()).assertSuccess();
        assertEquals("Wrote 560 sessions to " + out + ". Audit trail: " + trailHead() + ".\n",
                r.out().replace("\r\n", "\n"));
        assertEquals("", r.err());
        String text = Files.readString(out);
        assertEquals(run("schedule", demo.toString()).out(), text);
        assertEquals(560, csv(text, ',').size());
        assertOnlyFiles("demo.hiit.json", "schedule.csv");
    }

    @Test
    void csvTestsAndAnimals() throws IOException {
        Path tests = dir.resolve("tests.csv");
        CliRun t = export("csv", demo.toString(), "--what", "tests", "--out", tests.toString()).assertSuccess();
        assertTrue(t.out().startsWith("Wrote 29 step-test results to "), t::toString);
        List<CSVRecord> rows = csv(Files.readString(tests), ',');
        assertEquals(29, rows.size());
        assertEquals("false", rows.get(8).get("valid"));
        assertEquals("R09", rows.get(8).get("animal"));
        Path animals = dir.resolve("animals.csv");
        CliRun a = export("csv", demo.toString(), "--what", "ANIMALS", "--out", animals.toString()).assertSuccess();
        assertTrue(a.out().startsWith("Wrote 28 animals to "), a::toString);
        assertEquals(List.of("R01", "CON", "MALE"), csv(Files.readString(animals), ',').get(0).toList().subList(0, 3));
    }

    @Test
    void csvForExcelHasABomSemicolonsAndDecimalCommas() throws IOException {
        Path out = dir.resolve("schedule.csv");
        CliRun r = export("csv", demo.toString(), "--what", "schedule", "--excel", "--out", out.toString())
                .assertSuccess();
        assertTrue(r.out().startsWith("Wrote 560 sessions to "), r::toString);
        assertTrue(r.out().contains("semicolons and decimal commas"), r::toString);
        byte[] bytes = Files.readAllBytes(out);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        CSVRecord first = csv(text, ';').get(0);
        assertEquals("35,47", first.get("vmax"));
        assertEquals("28,4", first.get("high_speed"));
        Path plain = dir.resolve("plain.csv");
        export("csv", demo.toString(), "--what", "schedule", "--out", plain.toString()).assertSuccess();
        assertEquals('a', Files.readString(plain).charAt(0));
    }

    @Test
    void csvUsageErrors() {
        assertTrue(export("csv", demo.toString(), "--out", "x.csv").assertUsageError().err()
                .contains("Missing required option: '--what=WHAT'"));
        assertTrue(export("csv", demo.toString(), "--what", "weights", "--out", "x.csv").assertUsageError().err()
                .contains("Invalid value for option '--what'"));
        assertTrue(export("csv", demo.toString(), "--what", "tests").assertUsageError().err()
                .contains("Missing required option: '--out=FILE'"));
        assertFalse(Files.exists(Path.of("x.csv")));
    }

    // ---- export ics

    @Test
    void icsPerAnimalStampsTheClockAndUsesItsZone() throws Exception {
        Path out = dir.resolve("demo.ics");
        CliRun r = export("ics", demo.toString(), "--out", out.toString()).assertSuccess();
        assertEquals("Wrote 565 events to " + out + ": 560 training sessions, 5 step-test days; training starts "
                + "with the heats Europe/Amsterdam. Audit trail: " + trailHead() + ".", r.out().strip());
        String text = Files.readString(out);
        assertTrue(text.contains("DTSTAMP:20261116T064500Z\r\n"));
        // the first heat of the demo starts at 08:00 (no day window on its treadmill)
        assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20261116T080000\r\n"));
        List<VEvent> events = new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT);
        assertEquals(565, events.size());
        assertOnlyFiles("demo.hiit.json", "demo.ics");
    }

    @Test
    void icsPerTreadmillWithAnotherZoneAndDayStart() throws Exception {
        Path out = dir.resolve("lab.ics");
        CliRun r = export("ics", demo.toString(), "--per", "treadmill", "--zone", "America/New_York", "--day-start",
                "7:30", "--out", out.toString()).assertSuccess();
        assertEquals("Wrote 45 events to " + out + ": 40 training days per treadmill, 5 step-test days; training "
                + "starts at 07:30 America/New_York. Audit trail: " + trailHead() + ".", r.out().strip());
        String text = Files.readString(out);
        assertTrue(text.contains("DTSTART;TZID=America/New_York:20261116T073000\r\n"));
        assertEquals(45, new CalendarBuilder().build(new StringReader(text)).getComponents(Component.VEVENT).size());
    }

    @Test
    void icsUsageErrors() {
        assertTrue(export("ics", demo.toString(), "--per", "group", "--out", "x.ics").assertUsageError().err()
                .contains("Invalid value for option '--per'"));
        assertTrue(export("ics", demo.toString(), "--zone", "Mars/Olympus", "--out", "x.ics").assertUsageError()
                .err().contains("'Mars/Olympus' is not a time zone"));
        assertTrue(export("ics", demo.toString(), "--day-start", "25:00", "--out", "x.ics").assertUsageError()
                .err().contains("'25:00' is not a time of day; expected hh:mm"));
    }

    // ---- export pdf

    @Test
    void pdfDaySheetNamesTheStudyFileAndIsDatedByTheClock() throws IOException {
        Path out = dir.resolve("day.pdf");
        CliRun r = export("pdf", demo.toString(), "--kind", "day", "--date", "2026-11-16", "--out", out.toString())
                .assertSuccess();
        assertEquals("Wrote the day sheet of 2026-11-16 (a4) to " + out + ". Audit trail: " + trailHead() + ".",
                r.out().strip());
        assertEquals("", r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertEquals(NOW, pdf.getDocumentInformation().getCreationDate().toInstant());
            assertTrue(new PDFTextStripper().getText(pdf).contains("demo.hiit.json"));
            assertEquals(595.28f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
        }
        assertOnlyFiles("day.pdf", "demo.hiit.json");
    }

    @Test
    void pdfEveryKind() throws IOException {
        String[][] cases = {
            {"animal", "--animal", "R15", "the sheet of animal R15 (letter)", "--paper", "letter"},
            {"steptest", "--date", "2026-11-14", "the step-test sheet of 2026-11-14 (a4)", "--paper", "A4"},
            {"week", "--date", "2026-11-18", "the sheet of the week of 2026-11-18 (a4)", "--paper", "a4"}};
        for (String[] c : cases) {
            Path out = dir.resolve(c[0] + ".pdf");
            CliRun r = export("pdf", demo.toString(), "--kind", c[0], c[1], c[2], c[4], c[5], "--out", out.toString())
                    .assertSuccess();
            assertEquals("Wrote " + c[3] + " to " + out + ". Audit trail: " + trailHead() + ".", r.out().strip());
            assertEquals("", r.err());
            byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 5);
            assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        }
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("animal.pdf").toFile())) {
            assertEquals(612f, pdf.getPage(0).getMediaBox().getWidth(), 0.01f);
        }
    }

    @Test
    void aSheetOfADayWithNothingPlannedIsWrittenWithANote() throws IOException {
        Path out = dir.resolve("x.pdf");
        CliRun saturday = export("pdf", demo.toString(), "--kind", "day", "--date", "2026-11-21", "--out",
                out.toString()).assertSuccess();
        assertEquals("hiit-planner: note: no training sessions on 2026-11-21 (the study runs from 2026-11-16 to "
                + "2027-01-10)", saturday.err().strip());
        assertTrue(Files.size(out) > 0);
        CliRun monday = export("pdf", demo.toString(), "--kind", "steptest", "--date", "2026-11-16", "--out",
                out.toString()).assertSuccess();
        assertEquals("hiit-planner: note: 2026-11-16 is not a planned step-test day (planned: 2026-11-14, "
                + "2026-11-28, 2026-12-12, 2026-12-26, 2027-01-09)", monday.err().strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"day", "steptest", "week"})
    void pdfWithoutDateIsAUsageErrorNamingTheOption(String kind) {
        CliRun r = export("pdf", demo.toString(), "--kind", kind, "--out", dir.resolve("x.pdf").toString())
                .assertUsageError();
        assertTrue(r.err().startsWith("hiit-planner export pdf: --kind " + kind + " needs --date DATE"), r::toString);
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void pdfAnimalSheetWithoutAnimalIsAUsageErrorAndAnUnknownAnimalAUserError() throws IOException {
        Path out = dir.resolve("x.pdf");
        CliRun missing = export("pdf", demo.toString(), "--kind", "animal", "--out", out.toString()).assertUsageError();
        assertTrue(missing.err().startsWith("hiit-planner export pdf: --kind animal needs --animal ID"), missing::toString);
        CliRun unknown = export("pdf", demo.toString(), "--kind", "animal", "--animal", "R99", "--out", out.toString())
                .assertUserError();
        assertEquals("hiit-planner: no animal R99 in " + demo, unknown.err().strip());
        CliRun extra = export("pdf", demo.toString(), "--kind", "day", "--date", "2026-11-16", "--animal", "R15",
                "--out", out.toString()).assertUsageError();
        assertTrue(extra.err().contains("--animal is only used with --kind animal"), extra::toString);
        CliRun dated = export("pdf", demo.toString(), "--kind", "animal", "--animal", "R15", "--date", "2026-11-16",
                "--out", out.toString()).assertUsageError();
        assertTrue(dated.err().contains("--date is not used with --kind animal"), dated::toString);
        assertTrue(export("pdf", demo.toString(), "--kind", "month", "--date", "2026-11-16", "--out", out.toString())
                .assertUsageError().err().contains("Invalid value for option '--kind'"));
        assertTrue(export("pdf", demo.toString(), "--kind", "day", "--date", "16/11/2026", "--out", out.toString())
                .assertUsageError().err().contains("is not a date; expected yyyy-mm-dd"));
        assertOnlyFiles("demo.hiit.json");
    }

    // ---- shared behaviour

    @ParameterizedTest
    @ValueSource(strings = {"pdf --kind day --date 2026-11-16", "csv --what schedule", "ics"})
    void everyFormatReplacesAnExistingFileAndRefusesTheStudyItself(String command) throws IOException {
        String[] words = command.split(" ");
        Path out = dir.resolve("out.bin");
        Files.writeString(out, "old content");
        CliRun ok = export(concat(words, demo.toString(), "--out", out.toString())).assertSuccess();
        assertTrue(ok.out().startsWith("Wrote "), ok::toString);
        assertFalse(Files.readString(out, StandardCharsets.ISO_8859_1).startsWith("old content"));
        assertOnlyFiles("demo.hiit.json", "out.bin");
        byte[] study = Files.readAllBytes(demo);
        CliRun self = export(concat(words, demo.toString(), "--out", demo.toString())).assertUserError();
        assertEquals("hiit-planner: --out " + demo + " is the study file itself; choose another file name",
                self.err().strip());
        assertArrayEquals(study, Files.readAllBytes(demo));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf --kind day --date 2026-11-16", "csv --what tests", "ics --per treadmill"})
    void aMissingStudyOrFolderIsAUserErrorNamingTheFile(String command) throws IOException {
        String[] words = command.split(" ");
        Path missing = dir.resolve("nothere.hiit.json");
        CliRun r = export(concat(words, missing.toString(), "--out", dir.resolve("x").toString())).assertUserError();
        assertEquals("hiit-planner: cannot read " + missing + ": no such file", r.err().strip());
        Path nowhere = dir.resolve("no").resolve("such").resolve("out.file");
        CliRun w = export(concat(words, demo.toString(), "--out", nowhere.toString())).assertUserError();
        assertEquals("hiit-planner: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                + " does not exist", w.err().strip());
        assertOnlyFiles("demo.hiit.json");
    }

    @Test
    void anInvalidStudyIsAUserErrorWithThePlace() throws IOException {
        Path bad = StudyFilesForTests.withGroup(demo, 3, "NOPE");
        CliRun r = export("csv", bad.toString(), "--what", "animals", "--out", dir.resolve("a.csv").toString())
                .assertUserError();
        assertTrue(r.err().startsWith("hiit-planner: " + bad + ": $.animals[3].group"), r::toString);
        assertFalse(Files.exists(dir.resolve("a.csv")));
    }

    @Test
    void exportWithoutFormatListsTheFormatsAndHelpShowsThem() {
        CliRun r = export(new String[0]).assertUsageError();
        assertTrue(r.err().contains("Missing format: choose one of pdf, csv, ics"), r::toString);
        CliRun help = run("export", "--help").assertSuccess();
        assertTrue(help.out().startsWith("Usage: hiit-planner export [-hV] FORMAT"), help::toString);
        for (String format : List.of("pdf", "csv", "ics")) {
            assertTrue(help.out().contains("  " + format + " "), help::toString);
            CliRun sub = run("export", format, "--help").assertSuccess();
            assertTrue(sub.out().startsWith("Usage: hiit-planner export " + format), sub::toString);
        }
        assertTrue(run("--help").out().contains("  export "));
    }

    @Test
    void theOldConstructorStillWorksWithTheComputersClock() throws IOException {
        Path out = dir.resolve("now.ics");
        run("export", "ics", demo.toString(), "--zone", "UTC", "--out", out.toString()).assertSuccess();
        String stamp = Files.readString(out).lines().filter(l -> l.startsWith("DTSTAMP:")).findFirst().orElseThrow();
        Instant written = java.time.LocalDateTime.parse(stamp.substring(8, 23),
                java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss")).toInstant(java.time.ZoneOffset.UTC);
        assertTrue(Math.abs(written.getEpochSecond() - Instant.now().getEpochSecond()) < 120, stamp);
        assertTrue(Files.readString(out).contains("DTSTART:20261116T080000Z\r\n"));
    }

    private static String[] concat(String[] words, String... more) {
        String[] all = new String[words.length + more.length];
        System.arraycopy(words, 0, all, 0, words.length);
        System.arraycopy(more, 0, all, words.length, more.length);
        return all;
    }
}
