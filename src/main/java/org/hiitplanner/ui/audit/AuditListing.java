package org.hiitplanner.ui.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;

/**
 * The rows of the audit screen for one study value, made off the FX thread: the whole trail newest first, or only the
 * entries appended to the trail shown before when it was intact and still is. With the operators and categories of
 * those rows, sorted. Immutable.
 *
 * @param log   the trail listed
 * @param found the first bad entry, if any
 * @param rows  the rows made, newest first
 * @param added true when {@code rows} go on top of the rows shown before; false when they replace them
 * @param names the operators of {@code rows}, case-insensitive order
 * @param keys  the category keys of {@code rows}, in category order
 */
record AuditListing(AuditLog log, Optional<AuditProblem> found, List<AuditRow> rows, boolean added,
                    List<String> names, List<String> keys) {

    /** Checks the chain (only what is not known to be intact) and makes the rows to show. */
    static AuditListing of(DerivedStudy study, AuditLog shown, boolean shownIntact, ZoneId zone) {
        AuditLog log = study.study().auditLog();
        Optional<AuditProblem> found = study.auditProblem();
        boolean added = found.isEmpty() && shownIntact && extendsShown(shown, log);
        int from = added ? shown.size() : 0;
        int bad = found.map(p -> p.position() - 1).orElse(-1);
        List<AuditRow> rows = new ArrayList<>(log.size() - from);
        for (int i = log.size() - 1; i >= from; i--) {
            rows.add(AuditRow.of(log.entries().get(i), zone, i == bad));
        }
        List<String> names = rows.stream().map(r -> r.entry().operator()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
        List<String> keys = rows.stream().map(AuditRow::category).distinct().sorted(Comparator.naturalOrder())
                .map(AuditCategory::key).toList();
        return new AuditListing(log, found, List.copyOf(rows), added, names, keys);
    }

    /** True when {@code log} is the trail shown with entries appended (its entry at the shown end is the same). */
    private static boolean extendsShown(AuditLog shown, AuditLog log) {
        if (shown == null || log.size() < shown.size()) {
            return false;
        }
        int n = shown.size();
        return n == 0 || log.entries().get(n - 1) == shown.entries().get(n - 1);
    }
}
