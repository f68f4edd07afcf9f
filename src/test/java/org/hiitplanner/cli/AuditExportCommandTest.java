package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditSamples;
import org.hiitplanner.domain.study.DemoStudy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code audit STUDY --format text|csv --out FILE --pdf FILE}, with the six sample entries. */
class AuditExportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T13:05:00Z"),
            ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private Path study(AuditLog log) throws Exception {
        return StudyFilesForTests.saveAsIs(DemoStudy.create().withAuditLog(log), dir.resolve("audited.hiit.json"));
    }

    private static List<CSVRecord> csv(String text, char delimiter) throws IOException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser p = CSVParser.parse(body, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader()
                .setSkipHeaderRecord(true).get())) {
            assertEquals(List.of("sequence", "at", "operator", "what", "old", "new", "reason", "previousHash", "hash"),
                    p.getHeaderNames());
            return p.getRecords();
        }
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    @Test
    void textStaysTheDefaultAndFormatTextIsTheSame() throws Exception {
        Path file = study(AuditSamples.six());
        CliRun plain = CliRun.run("audit", file.toString()).assertSuccess();
        CliRun text = CliRun.run("audit", file.toString(), "--format", "text").assertSuccess();
        assertEquals(plain.out(), text.out());
        List<String> lines = plain.out().lines().toList();
        assertEquals(6, lines.size());
        assertEquals("2\t2026-11-16T08:05:00Z\tana\tprotocol week 3 intervals\t6 -> 7\treason: PI approved",
                lines.get(1));
    }

    @Test
    void csvGoesToStdoutWithEveryFieldAndNeutralisedFormulas() throws Exception {
        AuditLog six = AuditSamples.six();
        CliRun r = CliRun.run("audit", study(six).toString(), "--format", "csv").assertSuccess();
        List<CSVRecord> rows = csv(r.out(), ',');
        assertEquals(6, rows.size());
        assertEquals(List.of("5", "2026-11-18T15:45:00Z", "ana", "protocol week 3 high percent", "85", "90",
                "matches the paper", six.entries().get(3).hash(), six.entries().get(4).hash()), rows.get(4).toList());
        assertEquals("'=HYPERLINK(\"x\") weight loss 12 %", rows.get(5).get("new"));
        assertEquals("", r.err());
    }

    @Test
    void csvForExcelToAFile() throws Exception {
        Path out = dir.resolve("audit.csv");
        CliRun r = CliRun.run("audit", study(AuditSamples.six()).toString(), "--format", "csv", "--excel", "--out",
                out.toString()).assertSuccess();
        assertEquals("Wrote 6 entries to " + out + " as CSV." + System.lineSeparator(), r.out());
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsequence;at;"), text);
        assertEquals(6, csv(text, ';').size());
    }

    @Test
    void theTextListingToAFileIsWhatStdoutWouldShow() throws Exception {
        Path file = study(AuditSamples.six());
        Path out = dir.resolve("audit.txt");
        CliRun.run("audit", file.toString(), "--out", out.toString()).assertSuccess();
        assertEquals(CliRun.run("audit", file.toString()).out().lines().toList(), Files.readAllLines(out));
    }

    @Test
    void thePdfListsTheTrailWithTheVerificationLine() throws Exception {
        AuditLog six = AuditSamples.six();
        Path pdf = dir.resolve("audit.pdf");
        CliRun r = CliRun.runAt(CLOCK, "audit", study(six).toString(), "--pdf", pdf.toString(), "--paper", "letter")
                .assertSuccess();
        assertEquals("Wrote the audit trail (6 entries, chain intact) to " + pdf + "." + System.lineSeparator(),
                r.out());
        String text = pdfText(pdf);
        assertTrue(text.contains("Chain verified: 6 entries intact, last hash " + six.lastHash().substring(0, 12)),
                text);
        assertTrue(text.contains("2 2026-11-16 09:05:00 ana protocol week 3"), text);
        assertTrue(text.contains("6 2026-11-20 00:30:00 ben welfare event R5"), text);
        assertTrue(text.contains("Generated 2026-11-20 14:05 Europe/Amsterdam · audited.hiit.json"), text);
    }

    @Test
    void aPdfOfABrokenTrailSaysWhereAndNotesIt() throws Exception {
        Path pdf = dir.resolve("audit.pdf");
        Path file = study(AuditSamples.tampered(AuditSamples.six(), 3, "COMPLETED 6/6 intervals, 0 stimuli"));
        CliRun r = CliRun.run("audit", file.toString(), "--pdf", pdf.toString()).assertSuccess();
        assertTrue(r.out().contains("(6 entries, chain broken)"), r::toString);
        assertTrue(r.err().startsWith("hiit-planner: note: the audit trail is broken: audit entry 3 was changed"),
                r::toString);
        assertTrue(pdfText(pdf).contains("Chain BROKEN at entry 3"));
    }

    @Test
    void bothAListingAndAPdf() throws Exception {
        Path csv = dir.resolve("a.csv");
        Path pdf = dir.resolve("a.pdf");
        CliRun r = CliRun.run("audit", study(AuditSamples.six()).toString(), "--format", "csv", "--out",
                csv.toString(), "--pdf", pdf.toString()).assertSuccess();
        assertEquals(2, r.out().lines().count(), r::toString);
        assertEquals(6, csv(Files.readString(csv), ',').size());
        assertTrue(Files.size(pdf) > 1000);
    }

    @Test
    void anExistingFileNeedsForce() throws Exception {
        Path file = study(AuditSamples.six());
        Path out = Files.writeString(dir.resolve("audit.csv"), "keep me");
        CliRun r = CliRun.run("audit", file.toString(), "--format", "csv", "--out", out.toString())
                .assertUserError();
        assertEquals("hiit-planner: " + out + " already exists; use --force to replace it" + System.lineSeparator(),
                r.err());
        assertEquals("keep me", Files.readString(out));
        CliRun.run("audit", file.toString(), "--format", "csv", "--out", out.toString(), "--force").assertSuccess();
        assertTrue(Files.readString(out).startsWith("sequence,at,"));
    }

    @Test
    void theStudyItselfIsNeverOverwritten() throws Exception {
        Path file = study(AuditSamples.six());
        String before = Files.readString(file);
        CliRun r = CliRun.run("audit", file.toString(), "--pdf", file.toString(), "--force").assertUserError();
        assertTrue(r.err().contains("is the study file itself"), r::toString);
        assertEquals(before, Files.readString(file));
    }

    @Test
    void optionsThatDoNotFitAreUsageErrors() throws Exception {
        String file = study(AuditSamples.six()).toString();
        String pdf = dir.resolve("x.pdf").toString();
        assertTrue(CliRun.run("audit", file, "--verify", "--format", "csv").assertUsageError().err()
                .contains("--verify only checks the chain"));
        assertTrue(CliRun.run("audit", file, "--excel").assertUsageError().err()
                .contains("--excel is only used with --format csv"));
        assertTrue(CliRun.run("audit", file, "--paper", "a4").assertUsageError().err()
                .contains("--paper is only used with --pdf FILE"));
        assertTrue(CliRun.run("audit", file, "--format", "csv", "--pdf", pdf).assertUsageError().err()
                .contains("add --out FILE"));
        assertTrue(CliRun.run("audit", file, "--out", pdf, "--pdf", pdf).assertUsageError().err()
                .contains("name the same file"));
        assertTrue(CliRun.run("audit", file, "--format", "xml").assertUsageError().err().contains("--format"));
        assertTrue(CliRun.run("audit", file, "--force").assertUsageError().err().contains("--force is only used"));
        assertFalse(Files.exists(Path.of(pdf)));
    }

    @Test
    void anEmptyTrailGivesTheHeaderAndANote() throws Exception {
        CliRun r = CliRun.run("audit", study(AuditLog.empty()).toString(), "--format", "csv").assertSuccess();
        assertEquals("sequence,at,operator,what,old,new,reason,previousHash,hash\r\n", r.out());
        assertTrue(r.err().contains("note: the audit trail of"), r::toString);
    }
}
