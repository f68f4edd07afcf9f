package org.hiitplanner.ui.today;

import java.util.List;
import java.util.Optional;

import org.hiitplanner.app.RecordEntry;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.ui.common.StudyDocument;



/**
 * Writes session records into the study: the composition root passes the document's record use case, which checks
 * them by the domain's rules, appends audit entries and saves at once.
 */
@FunctionalInterface
public interface RecordWriter {
    /**
     * @param description what the change is, for undo and the audit trail ("Record R15 2026-11-24")
     * @param reason      why an existing record is superseded; empty when no record is superseded
     * @param records     the records to append
     * @return an error message, or empty when the change was accepted
     */
    Optional<String> write(String description, String reason, List<SessionRecord> records);

    /** The writer of a document: its record use case, one step of undo. */
    static RecordWriter of(StudyDocument document) {
        return (description, reason, records) -> document.record(description, RecordEntry.all(records, reason));
    }
}
