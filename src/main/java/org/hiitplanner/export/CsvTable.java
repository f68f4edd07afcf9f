package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV table of rows of type {@code T}: a header row, then one line per row, each cell written according to its
 * column's {@link ColumnKind}: text neutralised by {@link CsvCells}, numbers as numbers (a negative number stays a
 * number), dates as yyyy-mm-dd, null as an empty cell. Reports progress and stops when cancelled. The writer is
 * flushed, never closed: the caller owns it.
 *
 * @param <T> the row type
 */
final class CsvTable<T> {
    /** Rows between progress reports. */
    static final int REPORT_EVERY = 100;

    /**
     * One column.
     *
     * @param header the name in the header row
     * @param kind   how its cells are written
     * @param value  the value for a row: String, LocalDate, Integer, BigDecimal, List of String, or null
     */
    record Column<T>(String header, ColumnKind kind, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;
    private final String what;

    /** {@code what} names the rows in progress messages, e.g. "sessions". */
    CsvTable(List<Column<T>> columns, String what) {
        this.columns = List.copyOf(columns);
        this.what = what;
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /** Writes the header and the rows; returns the number of rows. */
    int write(List<T> rows, CsvOptions options, Writer out, Progress progress) throws IOException {
        progress.checkCancelled();
        if (options.byteOrderMark()) {
            out.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(options.delimiter()).setRecordSeparator("\r\n")
                .setHeader(headers().toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(out, format);
        int done = 0;
        for (T row : rows) {
            progress.checkCancelled();
            printer.printRecord(cells(row, options));
            done++;
            if (done % REPORT_EVERY == 0) {
                progress.update(done, rows.size(), "Writing " + what + ": " + done + " of " + rows.size());
            }
        }
        printer.flush();
        progress.update(done, rows.size(), "Wrote " + done + " " + what);
        return done;
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open. */
    int write(List<T> rows, CsvOptions options, OutputStream out, Progress progress) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        int n = write(rows, options, writer, progress);
        writer.flush();
        return n;
    }

    /** The cells of one row in column order, as they appear in the file (before CSV quoting). */
    List<String> cells(T row, CsvOptions options) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column<T> column : columns) {
            cells.add(cell(column.kind(), column.value().apply(row), options));
        }
        return cells;
    }

    /** One cell: empty for null; text neutralised; numbers with the options' decimal mark; dates ISO. */
    static String cell(ColumnKind kind, Object value, CsvOptions options) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case TEXT -> CsvCells.text(value.toString());
            case TEXT_LIST -> {
                List<String> items = ((List<?>) value).stream().map(String::valueOf).toList();
                yield CsvCells.text(String.join("; ", items));
            }
            case NUMBER -> options.number((Number) value);
            case DATE -> value.toString();
        };
    }
}
