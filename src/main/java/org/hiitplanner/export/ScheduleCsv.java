package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Writes a schedule as CSV (RFC 4180: comma, double quotes, CRLF) with a header row; one row per session, the
 * columns of {@link ScheduleColumn}. Speeds are plain decimals at the treadmill's resolution (e.g. 26.1); the cells
 * of a session without Vmax are empty; warnings are joined with "; "; text cells are neutralised by
 * {@link CsvCells}. The writer is flushed, never closed: the caller owns it.
 */
public final class ScheduleCsv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(ScheduleColumn.headers().toArray(String[]::new))
            .get();

    /** Writes the header and one row per session to {@code out}. */
    public void write(List<PlannedSession> sessions, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (PlannedSession session : sessions) {
            printer.printRecord(cells(session));
        }
        printer.flush();
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open. */
    public void write(List<PlannedSession> sessions, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(sessions, writer);
        writer.flush();
    }

    /** The cells of one row, in column order, as they appear in the file. */
    public static List<String> cells(PlannedSession session) {
        List<String> cells = new ArrayList<>(ScheduleColumn.values().length);
        for (ScheduleColumn column : ScheduleColumn.values()) {
            cells.add(cell(column, column.value(session)));
        }
        return cells;
    }

    private static String cell(ScheduleColumn column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> CsvCells.text((String) value);
            case TEXT_LIST -> {
                @SuppressWarnings("unchecked")
                List<String> list = (List<String>) value;
                yield CsvCells.text(String.join("; ", list));
            }
            case NUMBER -> value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            case DATE -> value.toString();
        };
    }
}
