package org.hiitplanner.ui.today;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.hiitplanner.domain.study.Study;

/**
 * Writes session records into the study: the composition root passes the document's edit that appends audit
 * entries and saves at once.
 */
@FunctionalInterface
public interface RecordWriter {
    /**
     * @param description what the change is, for undo and the audit trail ("Record R15 2026-11-24")
     * @param reason      why an existing record is superseded; empty when no record is superseded
     * @param change      the change of the study: appends records
     * @return an error message, or empty when the change was accepted
     */
    Optional<String> write(String description, String reason, UnaryOperator<Study> change);
}
