package org.hiitplanner.domain.audit;

import org.hiitplanner.domain.Checks;

/**
 * The first bad entry found when verifying an audit log.
 *
 * @param position 1-based position in the log where the problem shows (0 for an empty log)
 * @param sequence the sequence number stored in the entry at that position
 * @param kind     what is wrong
 * @param message  a sentence naming the entry
 */
public record AuditProblem(int position, long sequence, Kind kind, String message) {
    public enum Kind {
        /** A field was changed after the entry was written: its hash no longer matches. */
        EDITED,
        /** One or more entries before this one were removed: the sequence jumps. */
        REMOVED,
        /** Entries are not in sequence order (moved or duplicated). */
        REORDERED,
        /** The entry does not point at the hash of the entry before it. */
        BROKEN_LINK,
        /** The study's data differ from what the last entry sealed: changed outside the program. */
        CONTENT_CHANGED,
        /** The trail is empty although the study holds data: it was emptied. */
        EMPTIED,
        /** The last entry has no seal although an earlier one has: added by hand, or the trail was cut back. */
        NOT_SEALED
    }

    public AuditProblem {
        Checks.required(kind, "kind of audit problem");
        message = Checks.text(message, "message of audit problem");
    }
}
