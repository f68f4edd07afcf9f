package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvOptionsTest {
    /** A row with a text cell and negative numbers, like an incline and an adherence deviation. */
    record Reading(String label, BigDecimal incline, BigDecimal deviation, Integer change) {
    }

    private static final CsvTable<Reading> TABLE = new CsvTable<>(List.of(
            new CsvTable.Column<Reading>("label", ColumnKind.TEXT, Reading::label),
            new CsvTable.Column<Reading>("incline", ColumnKind.NUMBER, Reading::incline),
            new CsvTable.Column<Reading>("deviation", ColumnKind.NUMBER, Reading::deviation),
            new CsvTable.Column<Reading>("change", ColumnKind.NUMBER, Reading::change)), "readings");

    private static String write(List<Reading> rows, CsvOptions options) throws IOException {
        StringWriter out = new StringWriter();
        TABLE.write(rows, options, out, Progress.NONE);
        return out.toString();
    }

    private static List<CSVRecord> parse(String csv, CsvOptions options) throws IOException {
        return CsvRead.rows(csv, options.delimiter(), null);
    }

    @Test
    void standardIsCommaAndDecimalPointWithoutBom() {
        assertEquals(new CsvOptions(false, ','), CsvOptions.STANDARD);
        assertEquals('.', CsvOptions.STANDARD.decimalMark());
        assertEquals("-1.2", CsvOptions.STANDARD.number(new BigDecimal("-1.2")));
        assertEquals("461.0", CsvOptions.STANDARD.number(new BigDecimal("461.0")));
    }

    @Test
    void excelEuropeIsSemicolonAndDecimalCommaWithBom() {
        // Excel in Dutch or Swedish splits on ';' and reads 26,1 as a number; 26.1 would become text or 26 January
        assertEquals(new CsvOptions(true, ';'), CsvOptions.EXCEL_EUROPE);
        assertEquals(',', CsvOptions.EXCEL_EUROPE.decimalMark());
        assertEquals("-1,2", CsvOptions.EXCEL_EUROPE.number(new BigDecimal("-1.2")));
        assertEquals("26,1", CsvOptions.EXCEL_EUROPE.number(new BigDecimal("26.1")));
        assertEquals("1500", CsvOptions.EXCEL_EUROPE.number(1500));
        assertEquals("100", CsvOptions.EXCEL_EUROPE.number(new BigDecimal("1E+2")));
    }

    @ParameterizedTest
    @ValueSource(chars = {'"', '\r', '\n', '.', '\'', '5', '-'})
    void aDelimiterThatWouldBreakTheFileIsRefused(char delimiter) {
        assertThrows(IllegalArgumentException.class, () -> new CsvOptions(false, delimiter));
    }

    @Test
    void everyFormulaTriggerInATextCellIsNeutralisedWhileNegativeNumbersStayNumbers() throws IOException {
        List<String> triggers = List.of("=1+2", "+1", "-5", "@SUM(A1)", "\t=1", "\r=1");
        // a line break inside a text starts a cell too (a program that splits lines first starts a row there)
        List<String> written = List.of("'=1+2", "'+1", "'-5", "'@SUM(A1)", "'\t=1", "'\r'=1");
        List<Reading> rows = triggers.stream()
                .map(t -> new Reading(t, new BigDecimal("-5"), new BigDecimal("-1.2"), -3)).toList();
        for (CsvOptions options : List.of(CsvOptions.STANDARD, CsvOptions.EXCEL_EUROPE)) {
            List<CSVRecord> records = parse(write(rows, options), options);
            assertEquals(6, records.size());
            for (int i = 0; i < triggers.size(); i++) {
                CSVRecord r = records.get(i);
                assertEquals(written.get(i), r.get("label"), options + " row " + i);
                assertEquals("-5", r.get("incline"), options.toString());
                assertEquals(options == CsvOptions.STANDARD ? "-1.2" : "-1,2", r.get("deviation"));
                assertEquals("-3", r.get("change"));
            }
        }
    }

    @Test
    void negativeNumbersAreWrittenBareNotQuotedNorPrefixed() throws IOException {
        String standard = write(List.of(new Reading("-5", new BigDecimal("-5"), new BigDecimal("-1.2"), -3)),
                CsvOptions.STANDARD);
        assertEquals("label,incline,deviation,change\r\n'-5,-5,-1.2,-3\r\n", standard);
        String excel = write(List.of(new Reading("-5", new BigDecimal("-5"), new BigDecimal("-1.2"), -3)),
                CsvOptions.EXCEL_EUROPE);
        assertEquals("\uFEFFlabel;incline;deviation;change\r\n'-5;-5;-1,2;-3\r\n", excel);
    }

    @Test
    void aDecimalCommaCellIsQuotedOnlyWhenTheDelimiterIsAComma() throws IOException {
        // with ';' the cell -1,2 needs no quotes; a text cell holding ';' does
        String excel = write(List.of(new Reading("a;b", new BigDecimal("-1.25"), null, null)), CsvOptions.EXCEL_EUROPE);
        assertTrue(excel.endsWith("\"a;b\";-1,25;;\r\n"), excel);
        assertFalse(excel.contains("\"-1,25\""), excel);
    }

    @Test
    void theByteOrderMarkIsWrittenOnlyWithTheOption() throws IOException {
        assertFalse(write(List.of(), CsvOptions.STANDARD).startsWith("\uFEFF"));
        assertTrue(write(List.of(), CsvOptions.EXCEL_EUROPE).startsWith("\uFEFFlabel;"));
        assertTrue(write(List.of(), new CsvOptions(true, ',')).startsWith("\uFEFFlabel,"));
        assertEquals("label\tincline\tdeviation\tchange\r\n", write(List.of(), new CsvOptions(false, '\t')));
    }
}
