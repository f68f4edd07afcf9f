package org.hiitplanner.app;

import java.util.Objects;

import org.hiitplanner.domain.session.SessionRecord;

/**
 * A session record to append, with the reason that a correction of an earlier record needs (empty otherwise).
 */
public record RecordEntry(SessionRecord record, String reason) {
    public RecordEntry {
        Objects.requireNonNull(record);
        reason = reason == null ? "" : reason.strip();
    }

    public static RecordEntry of(SessionRecord record) {
        return new RecordEntry(record, "");
    }
}
