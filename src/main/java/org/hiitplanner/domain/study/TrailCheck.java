package org.hiitplanner.domain.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;

/**
 * Whether a study's audit trail covers its data: the hash chain is intact ({@link AuditLog#verify}), and the last
 * entry seals the study's content as it is now ({@link ContentSeal}). So a record edited or deleted in the file,
 * a trail emptied, cut back at its end after a later change, or an entry appended by hand is reported. A trail
 * written before the data were sealed (no entry has a seal) is only checked as a chain: it is sealed at its next
 * change; an empty trail is accepted on a study that holds no animals and nothing recorded.
 */
public final class TrailCheck {
    private TrailCheck() {
    }

    /** The first problem of the study's trail, or empty when the trail covers the study. */
    public static Optional<AuditProblem> check(Study study) {
        return check(study, List.of());
    }

    /**
     * Like {@link #check(Study)}; {@code sealedSections} are the section digests kept beside the trail (in the
     * file), used to name which sections differ when they are the ones the last entry sealed.
     */
    public static Optional<AuditProblem> check(Study study, List<ContentSeal.Section> sealedSections) {
        AuditLog log = study.auditLog();
        Optional<AuditProblem> chain = log.verify();
        if (chain.isPresent()) {
            return chain;
        }
        if (log.size() == 0) {
            return emptied(study);
        }
        List<AuditEntry> entries = log.entries();
        AuditEntry last = entries.get(entries.size() - 1);
        if (!last.sealed()) {
            return unsealedAfterSealed(entries);
        }
        ContentSeal now = ContentSeal.of(study);
        if (now.seal().equals(last.seal())) {
            return Optional.empty();
        }
        return Optional.of(new AuditProblem(log.size(), last.sequence(), AuditProblem.Kind.CONTENT_CHANGED,
                "the study's data differ from what audit entry " + last.sequence() + " sealed"
                        + differing(now, last.seal(), sealedSections)
                        + ": they were changed outside the program, or entries after it were removed"));
    }

    /** True when the study holds data worth a trail: animals, session records, step-test results, clearances. */
    public static boolean holdsData(Study s) {
        return !s.animals().isEmpty() || !s.sessionRecords().isEmpty() || !s.stepTestResults().isEmpty()
                || !s.welfareClearances().isEmpty();
    }

    private static Optional<AuditProblem> emptied(Study s) {
        if (!holdsData(s)) {
            return Optional.empty();
        }
        return Optional.of(new AuditProblem(0, 0, AuditProblem.Kind.EMPTIED, "the audit trail is empty although "
                + "the study holds " + count(s.animals().size(), "animal") + ", "
                + count(s.sessionRecords().size(), "session record") + " and "
                + count(s.stepTestResults().size(), "step-test result")
                + ": it was emptied, or the study was never sealed"));
    }

    private static Optional<AuditProblem> unsealedAfterSealed(List<AuditEntry> entries) {
        for (int i = entries.size() - 2; i >= 0; i--) {
            AuditEntry e = entries.get(i);
            if (e.sealed()) {
                AuditEntry next = entries.get(i + 1);
                return Optional.of(new AuditProblem(i + 2, next.sequence(), AuditProblem.Kind.NOT_SEALED,
                        "audit entry " + next.sequence() + " does not seal the study's data although entry "
                                + e.sequence() + " before it does: it was not written by the program"));
            }
        }
        return Optional.empty();
    }

    /** " (in the session records and the animals)" when the kept digests are the sealed ones, else "". */
    private static String differing(ContentSeal now, String sealed, List<ContentSeal.Section> sealedSections) {
        if (sealedSections.isEmpty() || !ContentSeal.combine(sealedSections).equals(sealed)) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String name : now.differences(sealedSections)) {
            int nowCount = now.sections().stream().filter(x -> x.name().equals(name)).findFirst()
                    .map(ContentSeal.Section::count).orElse(0);
            int thenCount = sealedSections.stream().filter(x -> x.name().equals(name)).findFirst()
                    .map(ContentSeal.Section::count).orElse(0);
            parts.add(nowCount == thenCount ? name : name + " (" + thenCount + " sealed, " + nowCount + " now)");
        }
        return parts.isEmpty() ? "" : " in " + String.join(", ", parts);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
