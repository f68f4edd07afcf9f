package org.hiitplanner.app;

import java.util.List;
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

    /** Entries of records that share one reason (a batch, or a correction). */
    public static List<RecordEntry> all(List<SessionRecord> records, String reason) {
        return records.stream().map(r -> new RecordEntry(r, reason)).toList();
    }
}
