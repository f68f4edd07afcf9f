package org.hiitplanner.app;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.audit.AuditLog;

/**
 * One change between two versions of a study, as the audit trail records it.
 *
 * @param what     what changed, beginning with its subject: "protocol week 3", "animal R5", "session record R1
 *                 2026-11-16", "welfare event R1 2026-11-16" …
 * @param oldValue the value before, empty when it was added
 * @param newValue the value after, empty when it was removed
 */
public record StudyChange(String what, String oldValue, String newValue) implements AuditLog.Change {
    public StudyChange {
        what = Checks.text(what, "what of a change");
        oldValue = Checks.note(oldValue, "old value of a change");
        newValue = Checks.note(newValue, "new value of a change");
    }
}
