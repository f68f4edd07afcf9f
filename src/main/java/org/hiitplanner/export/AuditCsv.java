package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import org.hiitplanner.domain.audit.AuditEntry;

/**
 * Writes audit-trail entries as CSV, one row per entry, in the order given. Columns: {@code sequence, at, operator,
 * what, old, new, reason, previousHash, hash}. {@code at} is ISO-8601 in UTC ({@code 2026-11-16T08:30:00Z}), the
 * form the hash is computed over; the two hashes are the 64 hex digits as stored, so that the chain can be checked
 * again from the file. Text cells that a spreadsheet could run as a formula get a leading {@code '}
 * ({@link CsvCells}); such a cell no longer hashes to the stored value, so check the chain in the program
 * ({@code audit --verify}), not from a neutralised export.
 */
public final class AuditCsv {
    /** The column names, in order. */
    public static final List<String> HEADERS = List.of("sequence", "at", "operator", "what", "old", "new", "reason",
            "previousHash", "hash");

    private static final CsvTable<AuditEntry> TABLE = new CsvTable<>(List.of(
            column(0, ColumnKind.NUMBER, AuditEntry::sequence),
            column(1, ColumnKind.TEXT, e -> e.at().toString()),
            column(2, ColumnKind.TEXT, AuditEntry::operator),
            column(3, ColumnKind.TEXT, AuditEntry::what),
            column(4, ColumnKind.TEXT, AuditEntry::oldValue),
            column(5, ColumnKind.TEXT, AuditEntry::newValue),
            column(6, ColumnKind.TEXT, AuditEntry::reason),
            column(7, ColumnKind.TEXT, AuditEntry::previousHash),
            column(8, ColumnKind.TEXT, AuditEntry::hash)), "audit entries");

    private static CsvTable.Column<AuditEntry> column(int index, ColumnKind kind, Function<AuditEntry, Object> f) {
        return new CsvTable.Column<>(HEADERS.get(index), kind, f);
    }

    /** Writes the header and one row per entry; returns the number of rows. */
    public int write(List<AuditEntry> entries, CsvOptions options, Writer out, Progress progress) throws IOException {
        return TABLE.write(entries, options, out, progress);
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open; returns the number of rows. */
    public int write(List<AuditEntry> entries, CsvOptions options, OutputStream out, Progress progress)
            throws IOException {
        return TABLE.write(entries, options, out, progress);
    }
}
