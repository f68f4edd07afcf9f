package org.hiitplanner.app;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;

/**
 * The rule that changing the past needs a reason: a change that removes or supersedes a session record, or removes
 * or replaces a step-test result that was already in the study when it was opened (results typed since, in the
 * step-test grid, may be completed and corrected without a reason; the audit trail still has every value).
 */
final class PastChanges {
    private PastChanges() {
    }

    static boolean needReason(Study opened, Study before, Study after) {
        return recordsSuperseded(before.sessionRecords(), after.sessionRecords())
                || resultsReplaced(opened.stepTestResults(), before.stepTestResults(), after.stepTestResults());
    }

    private static boolean recordsSuperseded(List<SessionRecord> before, List<SessionRecord> after) {
        if (before == after) {
            return false;
        }
        if (!new HashSet<>(after).containsAll(before)) {
            return true;
        }
        Set<String> recorded = new HashSet<>();
        before.forEach(r -> recorded.add(key(r.animalId(), r.date())));
        Set<SessionRecord> old = new HashSet<>(before);
        return after.stream().filter(r -> !old.contains(r)).anyMatch(r -> recorded.contains(key(r.animalId(),
                r.date())));
    }

    private static boolean resultsReplaced(List<StepTestResult> opened, List<StepTestResult> before,
                                           List<StepTestResult> after) {
        if (before == after) {
            return false;
        }
        Set<String> onRecord = new HashSet<>();
        opened.forEach(r -> onRecord.add(key(r.animalId(), r.date())));
        Set<StepTestResult> now = new HashSet<>(after);
        return before.stream().filter(r -> !now.contains(r))
                .anyMatch(r -> onRecord.contains(key(r.animalId(), r.date())));
    }

    /** True when going from {@code now} to {@code target} takes away an item that is in {@code onFile}. */
    static <T> boolean removesSaved(List<T> now, List<T> target, List<T> onFile) {
        if (now == target) {
            return false;
        }
        Set<T> kept = new HashSet<>(target);
        Set<T> saved = new HashSet<>(onFile);
        return now.stream().anyMatch(x -> !kept.contains(x) && saved.contains(x));
    }

    static String key(String animalId, LocalDate date) {
        return animalId + "\u0000" + date;
    }
}
