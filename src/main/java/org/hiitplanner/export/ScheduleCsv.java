package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Writes a schedule as CSV with a header row; one row per session, the columns of {@link ScheduleColumn}. Speeds
 * are plain decimals at the treadmill's resolution (26.1, or 26,1 with {@link CsvOptions#EXCEL_EUROPE}); the cells
 * of a session without Vmax are empty; warnings are joined with "; "; text cells are neutralised by
 * {@link CsvCells}. The writer is flushed, never closed: the caller owns it.
 */
public final class ScheduleCsv {
    private static final CsvTable<PlannedSession> TABLE = new CsvTable<>(Arrays.stream(ScheduleColumn.values())
            .map(c -> new CsvTable.Column<PlannedSession>(c.header(), c.kind(), c::value)).toList(), "sessions");

    /** Writes the header and one row per session; returns the number of rows. */
    public int write(List<PlannedSession> sessions, CsvOptions options, Writer out, Progress progress)
            throws IOException {
        return TABLE.write(sessions, options, out, progress);
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open; returns the number of rows. */
    public int write(List<PlannedSession> sessions, CsvOptions options, OutputStream out, Progress progress)
            throws IOException {
        return TABLE.write(sessions, options, out, progress);
    }

    /** {@link CsvOptions#STANDARD}, no progress. */
    public void write(List<PlannedSession> sessions, Writer out) throws IOException {
        write(sessions, CsvOptions.STANDARD, out, Progress.NONE);
    }

    /** UTF-8, {@link CsvOptions#STANDARD}, no progress; {@code out} is flushed and left open. */
    public void write(List<PlannedSession> sessions, OutputStream out) throws IOException {
        write(sessions, CsvOptions.STANDARD, out, Progress.NONE);
    }

    /** The cells of one row, in column order, as they appear in a {@link CsvOptions#STANDARD} file. */
    public static List<String> cells(PlannedSession session) {
        return cells(session, CsvOptions.STANDARD);
    }

    /** The cells of one row, in column order, as they appear in a file written with {@code options}. */
    public static List<String> cells(PlannedSession session, CsvOptions options) {
        return TABLE.cells(session, options);
    }
}
