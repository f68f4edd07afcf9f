package org.hiitplanner.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Which audit entries the screen lists. Every part is optional (empty text, empty operator, empty category, null
 * dates); an entry is listed when it passes every part that is set.
 *
 * @param text     found (ignoring case) in what, old value, new value or reason
 * @param operator exactly this operator
 * @param category a {@link AuditCategory#key()}
 * @param from     on or after this local date
 * @param to       on or before this local date
 * @param zone     the zone the dates are local to
 */
record AuditFilter(String text, String operator, String category, LocalDate from, LocalDate to, ZoneId zone) {
    AuditFilter {
        text = text == null ? "" : text.strip();
        operator = operator == null ? "" : operator;
        category = category == null ? "" : category;
    }

    boolean isEmpty() {
        return text.isEmpty() && operator.isEmpty() && category.isEmpty() && from == null && to == null;
    }

    boolean test(AuditRow row) {
        return matchesText(row) && (operator.isEmpty() || operator.equals(row.entry().operator()))
                && (category.isEmpty() || category.equals(row.category().key())) && inRange(row);
    }

    private boolean matchesText(AuditRow row) {
        if (text.isEmpty()) {
            return true;
        }
        String needle = text.toLowerCase(Locale.ROOT);
        var e = row.entry();
        for (String field : new String[] {e.what(), e.oldValue(), e.newValue(), e.reason()}) {
            if (field.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private boolean inRange(AuditRow row) {
        LocalDate day = row.entry().at().atZone(zone).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
