package org.hiitplanner.export.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;

/**
 * What to print of a study's audit trail: the chosen entries (all, or those a filter let through), while the
 * verification line always speaks of the study's whole log.
 *
 * @param entries        the entries to list, in the order to print them
 * @param filter         what chose them, printed under the verification line (e.g. "operator ana"); empty for all
 * @param paper          A4 or US Letter, printed landscape
 * @param sourceFileName the study file's name, printed on every page
 * @param generatedAt    when, printed on every page
 * @param zone           time zone of the entries' times and of {@code generatedAt}
 */
public record AuditRequest(List<AuditEntry> entries, String filter, Paper paper, String sourceFileName,
                           Instant generatedAt, ZoneId zone) {
    public AuditRequest {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
        filter = filter == null ? "" : filter.strip();
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sourceFileName, "sourceFileName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
    }

    /** Every entry of {@code log}, in sequence order, without a filter. */
    public static AuditRequest all(AuditLog log, Paper paper, String sourceFileName, Instant generatedAt,
                                   ZoneId zone) {
        return new AuditRequest(log.entries(), "", paper, sourceFileName, generatedAt, zone);
    }
}
