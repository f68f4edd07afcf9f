package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditSamples;
import org.junit.jupiter.api.Test;

class AuditCsvTest {
    static final List<String> HEADER = List.of("sequence", "at", "operator", "what", "old", "new", "reason",
            "previousHash", "hash");

    static String csv(List<AuditEntry> entries, CsvOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new AuditCsv().write(entries, options, out, Progress.NONE);
        return out.toString();
    }

    static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        return CsvRead.rows(csv, delimiter, HEADER);
    }

    /** The entry a row describes, built back from its cells. */
    private static AuditEntry entry(CSVRecord r) {
        return new AuditEntry(Long.parseLong(r.get("sequence")), Instant.parse(r.get("at")), r.get("operator"),
                r.get("what"), r.get("old"), r.get("new"), r.get("reason"), r.get("previousHash"), r.get("hash"));
    }

    @Test
    void sixEntriesComeBackFieldForFieldAndStillFormAnIntactChain() throws IOException {
        AuditLog six = AuditSamples.six();
        // entry 6's new value begins with '=': written as '=HYPERLINK…; take its first five back unchanged
        List<CSVRecord> rows = parse(csv(six.entries(), CsvOptions.STANDARD), ',');
        assertEquals(6, rows.size());
        assertEquals(List.of("2", "2026-11-16T08:05:00Z", "ana", "protocol week 3 intervals", "6", "7",
                "PI approved", six.entries().get(0).hash(), six.entries().get(1).hash()), rows.get(1).toList());
        List<AuditEntry> back = rows.subList(0, 5).stream().map(AuditCsvTest::entry).toList();
        assertEquals(six.entries().subList(0, 5), back);
        assertEquals(java.util.Optional.empty(), AuditLog.of(back).verify());
    }

    @Test
    void aWhatBeginningWithEqualsIsNeutralised() throws IOException {
        AuditLog log = AuditLog.empty().append(Instant.parse("2026-11-16T08:00:00Z"), "ana", "=1+2 protocol",
                "-5", "+7", "@admin");
        CSVRecord row = parse(csv(log.entries(), CsvOptions.STANDARD), ',').get(0);
        assertEquals("'=1+2 protocol", row.get("what"));
        assertEquals("'-5", row.get("old"));
        assertEquals("'+7", row.get("new"));
        assertEquals("'@admin", row.get("reason"));
        assertEquals("1", row.get("sequence"), "the sequence is a number and stays one");
        String newOfSix = parse(csv(AuditSamples.six().entries(), CsvOptions.STANDARD), ',').get(5).get("new");
        assertEquals("'=HYPERLINK(\"x\") weight loss 12 %", newOfSix);
    }

    @Test
    void forExcelTheFileHasABomAndSemicolons() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = new AuditCsv().write(AuditSamples.six().entries().subList(1, 3), CsvOptions.EXCEL_EUROPE, out,
                Progress.NONE);
        assertEquals(2, rows);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFsequence;at;operator;what;old;new;reason;previousHash;hash\r\n"), text);
        List<CSVRecord> back = parse(text, ';');
        assertEquals(List.of("2", "3"), back.stream().map(r -> r.get("sequence")).toList());
        assertEquals("session record R1 2026-11-16", back.get(1).get("what"));
    }

    @Test
    void noEntriesGiveTheHeaderOnly() throws IOException {
        assertEquals(String.join(",", HEADER) + "\r\n", csv(List.of(), CsvOptions.STANDARD));
    }
}
