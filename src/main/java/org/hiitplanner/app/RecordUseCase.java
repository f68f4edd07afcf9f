package org.hiitplanner.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordProblem;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.welfare.WelfareCheck;

/**
 * Appends session records to a study with their audit entries, each record checked by the one rule set of the
 * domain ({@link RecordRules}: a session of the plan, the intervals its status allows, not after today, a
 * prescription for a run session): one "session record" entry each (from the record
 * it corrects, if any, to the new one) and a "welfare event" for a record above the stimulus limit or at the
 * weight-loss endpoint. A record that corrects an earlier one of the same animal and day needs a reason. Linear in
 * the study's records plus the new ones, so that a whole study's records can be entered at once.
 */
final class RecordUseCase {
    private final WelfareCheck welfare = new WelfareCheck();

    /** The study with the records appended and audited, or why not. */
    record Prepared(Study next, Refusal refusal) {
    }

    Prepared prepare(Study study, List<PlannedSession> plan, List<RecordEntry> entries, LocalDate today, Instant now,
                     String operator) {
        if (entries.isEmpty()) {
            return refused(Refusal.Kind.INVALID_VALUE, "No session to record");
        }
        RecordRules rules = RecordRules.of(study, plan, today);
        for (RecordEntry e : entries) {
            List<RecordProblem> problems = rules.check(e.record());
            if (!problems.isEmpty()) {
                return refused(Refusal.Kind.NOT_ALLOWED, problems.get(0).text());
            }
        }
        Map<String, SessionRecord> last = new HashMap<>();
        Map<String, List<SessionRecord>> byAnimal = new HashMap<>();
        for (SessionRecord r : study.sessionRecords()) {
            last.put(PastChanges.key(r.animalId(), r.date()), r);
            byAnimal.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(r);
        }
        WelfareLimits limits = study.settings().welfare();
        List<SessionRecord> all = new ArrayList<>(study.sessionRecords().size() + entries.size());
        all.addAll(study.sessionRecords());
        List<List<StudyChange>> batches = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        List<StudyChange> batch = new ArrayList<>();
        String batchReason = null;
        for (RecordEntry e : entries) {
            SessionRecord r = e.record();
            String key = PastChanges.key(r.animalId(), r.date());
            SessionRecord earlier = last.get(key);
            if (earlier != null && e.reason().isEmpty()) {
                return refused(Refusal.Kind.REASON_REQUIRED, "Session " + r.animalId() + " " + r.date()
                        + " is already recorded (" + ChangeTexts.record(earlier)
                        + "); a correction needs a reason");
            }
            if (batchReason != null && !batchReason.equals(e.reason())) {
                batches.add(batch);
                reasons.add(batchReason);
                batch = new ArrayList<>();
            }
            batchReason = e.reason();
            List<SessionRecord> own = byAnimal.computeIfAbsent(r.animalId(), k -> new ArrayList<>());
            own.add(r);
            all.add(r);
            last.put(key, r);
            batch.add(new StudyChange("session record " + r.animalId() + " " + r.date(),
                    earlier == null ? "" : ChangeTexts.record(earlier), ChangeTexts.record(r)));
            String event = "welfare event " + r.animalId() + " " + r.date();
            List<StudyChange> current = batch;
            welfare.stimuli(r, limits).ifPresent(f -> current.add(new StudyChange(event, "", f.message())));
            welfare.weightLoss(r, own, limits).ifPresent(f -> current.add(new StudyChange(event, "", f.message())));
        }
        batches.add(batch);
        reasons.add(batchReason);
        Study next = study.withSessionRecords(all);
        String seal = Seals.of(next);
        AuditLog log = Seals.sealedFirst(study, now, operator);
        for (int i = 0; i < batches.size(); i++) {
            log = log.appendAll(now, operator, reasons.get(i), batches.get(i), seal);
        }
        return new Prepared(next.withAuditLog(log), null);
    }


    /**
     * The first rule broken by a session record that an edit adds (an edit of any screen: records reach the study
     * only as the rules allow), checked against the study after the edit; empty when the edit adds none.
     */
    static Optional<String> brokenAdded(Study before, Study after, Function<Study, List<PlannedSession>> planner,
                                        LocalDate today) {
        if (before.sessionRecords() == after.sessionRecords()) {
            return Optional.empty();
        }
        List<SessionRecord> added = StudyChanges.minus(after.sessionRecords(), before.sessionRecords());
        if (added.isEmpty()) {
            return Optional.empty();
        }
        RecordRules rules = RecordRules.of(after, planner.apply(after), today);
        return added.stream().map(rules::check).filter(p -> !p.isEmpty()).findFirst().map(p -> p.get(0).text());
    }

    private static Prepared refused(Refusal.Kind kind, String message) {
        return new Prepared(null, new Refusal(kind, message));
    }
}
