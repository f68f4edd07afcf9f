package org.hiitplanner.storage;

import java.util.List;
import java.util.Objects;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;

/**
 * A study read from a file, with every finding of the validator (errors included: reading does not refuse a
 * study that the validator rejects) and any warnings about the file itself, each with its JSON path.
 *
 * @param study    the study as it is in the file
 * @param findings errors and warnings, in the order found
 */
public record LoadedStudy(Study study, List<Finding> findings) {
    public LoadedStudy {
        Objects.requireNonNull(study, "study");
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return StudyValidator.hasErrors(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }
}
