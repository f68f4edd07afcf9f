package org.hiitplanner.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.welfare.WelfareFlag;
import org.hiitplanner.domain.study.Study;

/**
 * The one gate through which every change to an open study passes, for the window and the command line alike.
 * It owns the diff into audit entries (time from the injected clock, the workstation's operator, the reason), the
 * rule that changing the past needs a reason, the rules for session records, and saving at once: a change to
 * session records or step-test results is written to the study's file before the call returns. Not thread-safe:
 * one caller (the FX thread, or a command) at a time.
 */
public final class StudyGate {
    private final Clock clock;
    private final Supplier<String> operator;
    private final StudyChanges changes = new StudyChanges();
    private final RecordUseCase records;
    private StudySaver saver;
    private String writer = "";
    private Function<Study, List<PlannedSession>> planner = new ScheduleEngine()::schedule;
    private Study study;
    private Study opened;
    private Study saved;
    private Path file;

    public StudyGate(Study initial, Path file, Clock clock, Supplier<String> operator) {
        this.clock = Objects.requireNonNull(clock);
        this.operator = Objects.requireNonNull(operator);
        this.records = new RecordUseCase();
        open(initial, file);
    }

    /**
     * Where the plan of a study comes from when records are checked: by default the schedule engine; the window
     * passes the schedule it has already computed for that study value.
     */
    public void setPlanner(Function<Study, List<PlannedSession>> planner) {
        this.planner = Objects.requireNonNull(planner);
    }

    /** Where session records and step-test results are saved at once; null saves nothing until a save. */
    public void setSaver(StudySaver saver) {
        this.saver = saver;
    }

    /**
     * While another program has the study open for writing ({@code holder} names it: "Anna de Vries on TREADMILL-1
     * since 09:12"), every change is refused; an empty holder makes the study writable again.
     */
    public void setReadOnly(String holder) {
        writer = holder == null ? "" : holder.strip();
    }

    public boolean isReadOnly() {
        return !writer.isEmpty();
    }

    private Outcome readOnly() {
        return Outcome.refused(study, Refusal.Kind.READ_ONLY, "Nothing was changed: this study is open for writing by "
                + writer + "; here it is read-only");
    }

    /** A study opened or created: what is in it counts as on record. */
    public void open(Study newStudy, Path newFile) {
        study = Objects.requireNonNull(newStudy);
        opened = newStudy;
        saved = newStudy;
        file = newFile;
    }

    /**
     * A change by a function of the study, with a reason when it changes the past. Refused when the domain
     * refuses a value, for want of a reason, or because it could not be saved; then nothing changes.
     */
    public Outcome edit(String reason, UnaryOperator<Study> change) {
        Study before = study;
        if (!writer.isEmpty()) {
            return readOnly();
        }
        Study after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            return Outcome.refused(before, Refusal.Kind.INVALID_VALUE, capitalise(e.getMessage()));
        }
        if (sameContent(before, after)) {
            return Outcome.unchanged(before);
        }
        Optional<String> broken = RecordUseCase.brokenAdded(before, after, planner, LocalDate.now(clock));
        if (broken.isPresent()) {
            return Outcome.refused(before, Refusal.Kind.NOT_ALLOWED, broken.get());
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && PastChanges.needReason(opened, before, after)) {
            return Outcome.refused(before, Refusal.Kind.REASON_REQUIRED,
                    "A reason is required to change or remove a recorded session or step-test result");
        }
        return apply(before, after, why);
    }

    /** Appends session records (a correction is a new record; the latest counts); see {@link RecordUseCase}. */
    public Outcome record(List<RecordEntry> entries) {
        if (!writer.isEmpty()) {
            return readOnly();
        }
        RecordUseCase.Prepared p = records.prepare(study, planner.apply(study), entries, LocalDate.now(clock),
                clock.instant(), who());
        return p.refusal() != null ? new Outcome(study, study, p.refusal()) : saveAndTake(p.next());
    }

    /**
     * A PI clears an animal's open body-weight-loss flag: a clearance through the flagged weighing, by the operator,
     * with a reason; saved at once and audited.
     */
    public Outcome clearWeightFlag(String animalId, String reason) {
        if (study.animal(animalId).isEmpty()) {
            return Outcome.refused(study, Refusal.Kind.NOT_ALLOWED, "No animal " + animalId + " in the study");
        }
        Optional<WelfareFlag> open = new WelfareCheck().openWeightFlag(animalId, study.sessionRecords(),
                study.welfareClearances(), study.settings().welfare());
        if (open.isEmpty()) {
            return Outcome.refused(study, Refusal.Kind.NOT_ALLOWED, "Animal " + animalId
                    + " has no open body-weight-loss flag; nothing to clear");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            return Outcome.refused(study, Refusal.Kind.REASON_REQUIRED,
                    "Clearing a welfare flag needs a reason");
        }
        WelfareClearance clearance = new WelfareClearance(animalId, open.get().date(), who(), clock.instant(), why);
        return edit(why, s -> s.withAddedClearance(clearance));
    }

    /**
     * A step-test result entered, or one that replaces {@code replaced} (null for a new one); replacing a result
     * that was on record when the study was opened needs a reason. Saved at once.
     */
    public Outcome enterStepTest(StepTestResult result, StepTestResult replaced, String reason) {
        return edit(reason, s -> {
            List<StepTestResult> results = new ArrayList<>(s.stepTestResults());
            int at = replaced == null ? -1 : results.indexOf(replaced);
            if (at >= 0) {
                results.set(at, result);
            } else {
                results.add(result);
            }
            return s.withStepTestResults(results);
        });
    }

    /** A new version of the training protocol from its date on, with its reason (required). */
    public Outcome newProtocolVersion(ProtocolVersion version) {
        return edit(version.reason(), s -> s.withNewProtocolVersion(version));
    }

    /**
     * Moves to an earlier or later state (undo and redo) by a new, audited change whose reason is the label ("Undo:
     * Record R01") with the user's reason after it. The user's reason is required when the move takes away a session
     * record or step-test result that is already on file ({@link #moveNeedsReason}).
     */
    public Outcome moveTo(Study target, String label, String reason) {
        if (!writer.isEmpty()) {
            return readOnly();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && moveNeedsReason(target)) {
            return Outcome.refused(study, Refusal.Kind.REASON_REQUIRED,
                    "A reason is required: this removes a saved session record or step-test result");
        }
        return sameContent(study, target) ? Outcome.unchanged(study)
                : apply(study, target, why.isEmpty() ? label : label + " (" + why + ")");
    }

    /** True when going to {@code target} takes away a session record or step-test result that is on file. */
    public boolean moveNeedsReason(Study target) {
        return PastChanges.removesSaved(study.sessionRecords(), target.sessionRecords(), saved.sessionRecords())
                || PastChanges.removesSaved(study.stepTestResults(), target.stepTestResults(),
                saved.stepTestResults());
    }

    /**
     * Before a save: when the trail does not seal the study's content yet (a file of an older version, a study
     * created with data, data changed outside the program), an entry "audit trail sealed" seals it as it is, as an
     * audited step; the caller saves. Unchanged when the trail seals the content already, or while read-only.
     */
    public Outcome sealTrail() {
        if (!writer.isEmpty() || !Seals.needed(study)) {
            return Outcome.unchanged(study);
        }
        return take(study.withAuditLog(Seals.seal(study, clock.instant(), who())));
    }

    /** Goes back to a state that never reached the file: no audit entry, nothing saved. */
    public void restore(Study snapshot) {
        study = Objects.requireNonNull(snapshot);
    }

    /** True when nothing since the earlier of the two states has been saved (its trail never left memory). */
    public boolean unsaved(Study from, Study to) {
        int common = Math.min(from.auditLog().size(), to.auditLog().size());
        return study.auditLog().equals(from.auditLog()) && saved.auditLog().size() <= common;
    }

    /** After a successful save of the whole study to {@code savedTo}. */
    public void markSaved(Path savedTo, Study savedStudy) {
        file = savedTo;
        saved = savedStudy;
    }

    private Outcome apply(Study current, Study target, String reason) {
        Instant now = clock.instant();
        AuditLog log = Seals.sealedFirst(current, now, who()).appendAll(now, who(), reason,
                changes.between(current, target), Seals.of(target));
        Study next = target.withAuditLog(log);
        return recordsDiffer(current, next) ? saveAndTake(next) : take(next);
    }

    private Outcome saveAndTake(Study next) {
        Study before = study;
        if (saver != null && file != null) {
            try {
                saver.save(next, file);
            } catch (Exception e) {
                return Outcome.refused(before, Refusal.Kind.NOT_SAVED, "Nothing was recorded: "
                        + (e.getMessage() == null ? e.toString() : e.getMessage()));
            }
            saved = next;
        }
        return take(next);
    }

    private Outcome take(Study next) {
        Study before = study;
        study = next;
        return new Outcome(before, next, null);
    }

    private String who() {
        String who = operator.get();
        return who == null || who.isBlank() ? "unknown" : who.strip();
    }

    static boolean sameContent(Study a, Study b) {
        return a.withAuditLog(AuditLog.empty()).equals(b.withAuditLog(AuditLog.empty()));
    }

    private static boolean recordsDiffer(Study a, Study b) {
        return !a.sessionRecords().equals(b.sessionRecords()) || !a.stepTestResults().equals(b.stepTestResults())
                || !a.welfareClearances().equals(b.welfareClearances());
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "Invalid value" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public Study study() {
        return study;
    }

    public Study opened() {
        return opened;
    }

    public Study saved() {
        return saved;
    }

    public Path file() {
        return file;
    }

    public Clock clock() {
        return clock;
    }

    public boolean isDirty() {
        return !study.equals(saved);
    }
}
