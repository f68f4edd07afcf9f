package org.hiitplanner.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.hiitplanner.domain.audit.AuditEntry;

/**
 * One line of the audit-trail table.
 *
 * @param entry    the entry as stored
 * @param time     its time in the screen's zone, yyyy-MM-dd HH:mm:ss
 * @param category what it is about
 * @param broken   true for the entry where verification found the chain broken
 */
public record AuditRow(AuditEntry entry, String time, AuditCategory category, boolean broken) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public AuditRow {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
    }

    static AuditRow of(AuditEntry entry, ZoneId zone, boolean broken) {
        return new AuditRow(entry, TIME.format(entry.at().atZone(zone)), AuditCategory.of(entry.what()), broken);
    }

    public long sequence() {
        return entry.sequence();
    }

    /** "old → new" on one line, "→ new" for a creation and "old →" for a removal. */
    public String change() {
        String oldValue = oneLine(entry.oldValue());
        String newValue = oneLine(entry.newValue());
        return (oldValue.isEmpty() ? "" : oldValue + " ") + "→" + (newValue.isEmpty() ? "" : " " + newValue);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
