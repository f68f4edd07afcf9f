package org.hiitplanner.storage;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.schedule.RecordRules.BrokenRecord;
import org.hiitplanner.domain.study.Study;

/**
 * A study read from a file, with every finding of the validator (errors included: reading does not refuse a
 * study that the validator rejects) and any warnings about the file itself, each with its JSON path.
 * Session records that the plan does not explain are errors among the findings too (one at each record's path),
 * but they do not refuse the study: what the lab recorded stays readable, and the window lists them.
 *
 * @param study         the study as it is in the file
 * @param findings      errors and warnings, in the order found, the broken records' errors last
 * @param brokenRecords the records that break the record rules, with their typed problems
 */
public record LoadedStudy(Study study, List<Finding> findings, List<BrokenRecord> brokenRecords) {
    public LoadedStudy {
        Objects.requireNonNull(study, "study");
        findings = List.copyOf(findings);
        brokenRecords = List.copyOf(brokenRecords);
    }

    /** A study without broken records. */
    public LoadedStudy(Study study, List<Finding> findings) {
        this(study, findings, List.of());
    }

    /** True when an error refuses the study (an error of a session record does not). */
    public boolean hasErrors() {
        return !errors().isEmpty();
    }

    /** The errors that refuse the study: every error but those of session records the plan does not explain. */
    public List<Finding> errors() {
        Set<Finding> records = brokenRecords.stream().map(BrokenRecord::finding).collect(Collectors.toSet());
        return findings.stream().filter(f -> f.isError() && !records.contains(f)).toList();
    }
}
