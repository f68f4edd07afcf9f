package org.hiitplanner.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.domain.study.ContentSeal;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.TrailCheck;
import org.hiitplanner.storage.StudyJson.ContentSealJson;
import org.hiitplanner.storage.StudyJson.SealSectionJson;

/**
 * What is wrong with a study file's audit trail, as one warning at {@code $.auditLog} (an empty trail) or at the
 * entry where it shows: a broken hash chain, or a trail that does not cover the data any more ({@link TrailCheck}).
 * A file written by a version that seals the data (schemaVersion 6 on) must end in a sealed entry; an older file's
 * trail is sealed at its next change.
 */
public final class TrailFindings {
    private static final String AUDIT_LOG = JsonPaths.field(JsonPaths.ROOT, "auditLog");

    private TrailFindings() {
    }

    /** True for a finding about the audit trail (its path is {@code $.auditLog} or inside it). */
    public static boolean isTrailFinding(Finding f) {
        return f.path().equals(AUDIT_LOG) || f.path().startsWith(AUDIT_LOG + "[");
    }

    static Optional<Finding> of(Study study, ContentSealJson kept, boolean sealedFormat) {
        Optional<AuditProblem> problem = TrailCheck.check(study, sections(kept));
        if (!sealedFormat && problem.filter(p -> p.kind() == AuditProblem.Kind.EMPTIED).isPresent()) {
            problem = Optional.empty(); // an older file may hold data without a trail: sealed at its next save
        }
        if (problem.isEmpty() && sealedFormat && study.auditLog().size() > 0 && !study.auditLog().lastSealed()) {
            List<AuditEntry> entries = study.auditLog().entries();
            AuditEntry last = entries.get(entries.size() - 1);
            problem = Optional.of(new AuditProblem(entries.size(), last.sequence(), AuditProblem.Kind.NOT_SEALED,
                    "audit entry " + last.sequence() + " does not seal the study's data although the file was "
                            + "written by a version that seals it: entries were removed from its end or added by "
                            + "hand"));
        }
        return problem.map(TrailFindings::finding);
    }

    private static Finding finding(AuditProblem p) {
        String path = p.position() < 1 ? AUDIT_LOG : JsonPaths.index(AUDIT_LOG, p.position() - 1);
        boolean chain = switch (p.kind()) {
            case EDITED, REMOVED, REORDERED, BROKEN_LINK -> true;
            default -> false;
        };
        return Finding.warning(path, (chain ? "the audit trail is damaged: " : "the audit trail does not cover the "
                + "data: ") + p.message());
    }

    private static List<ContentSeal.Section> sections(ContentSealJson kept) {
        if (kept == null || kept.sections() == null) {
            return List.of();
        }
        List<ContentSeal.Section> out = new ArrayList<>();
        for (SealSectionJson s : kept.sections()) {
            if (s == null || s.name() == null || s.count() == null || s.digest() == null) {
                return List.of();
            }
            out.add(new ContentSeal.Section(s.name(), s.count(), s.digest()));
        }
        return out;
    }
}
