package org.hiitplanner.app;

import java.time.Instant;
import java.util.List;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.study.ContentSeal;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.TrailCheck;

/**
 * The seals of the audit entries the gate writes: each entry of a change seals the study's content after it
 * ({@link ContentSeal}), so the first change to a file of an older version seals it. A study saved without a change
 * whose trail does not seal its content gets an entry "audit trail sealed" ({@link #seal}). When the content differs
 * from what the last entry sealed (changed outside the program), the next change is preceded by an entry "data
 * changed outside the program" that seals it again, so the trail keeps the incident instead of covering it.
 */
final class Seals {
    static final String SEALED = "audit trail sealed";
    static final String CHANGED_OUTSIDE = "data changed outside the program";

    private Seals() {
    }

    /** The trail of {@code current}, first with an entry saying so when its data were changed outside the program. */
    static AuditLog sealedFirst(Study current, Instant at, String operator) {
        AuditLog log = current.auditLog();
        if (!log.lastSealed() || !needed(current)) {
            return log; // an empty or older trail: the change's own entries seal the content
        }
        return seal(current, at, operator);
    }

    /**
     * True when the trail of {@code s} does not seal its content as it is: an unsealed last entry (an older file), a
     * seal that differs from the content, or an empty trail on a study that holds data.
     */
    static boolean needed(Study s) {
        AuditLog log = s.auditLog();
        if (log.size() == 0) {
            return TrailCheck.holdsData(s);
        }
        return !log.lastSealed() || !last(log).seal().equals(ContentSeal.sealOf(s));
    }

    /** The trail of {@code s} with an entry that seals its content as it is: "audit trail sealed", or why again. */
    static AuditLog seal(Study s, Instant at, String operator) {
        AuditLog log = s.auditLog();
        ContentSeal seal = ContentSeal.of(s);
        String oldSeal = log.size() == 0 ? "" : last(log).seal();
        String what = oldSeal.isEmpty() ? SEALED : CHANGED_OUTSIDE;
        String before = oldSeal.isEmpty() ? "" : "content " + oldSeal.substring(0, 8);
        return log.appendAll(at, operator, "", List.of(new StudyChange(what, before, "content "
                + seal.shortSeal())), seal.seal());
    }

    /** The seal of the content of {@code after} (its trail is not part of it). */
    static String of(Study after) {
        return ContentSeal.sealOf(after);
    }

    private static AuditEntry last(AuditLog log) {
        return log.entries().get(log.size() - 1);
    }
}
