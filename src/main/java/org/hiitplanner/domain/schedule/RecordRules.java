package org.hiitplanner.domain.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.schedule.RecordProblem.Code;

/**
 * The one rule set for session records (DESIGN.md §2 "Session record"), for the window, the command line, the
 * validator and opening a file. A record belongs to a planned session: the animal exists and its group trains,
 * the day is a training day of the calendar that is not skipped, within the protocol's weeks and before the
 * animal's exclusion, and the session number is the plan's. COMPLETED means all planned intervals, PARTIAL
 * 1 … planned − 1, MISSED and EXCUSED 0; COMPLETED and PARTIAL need a prescription (a Vmax). No record is dated
 * after today. The plan is indexed by animal and date once, so checking n records is linear.
 */
public final class RecordRules {
    private final Study study;
    private final LocalDate today;
    private final Map<Key, PlannedSession> plan;
    private final Map<String, Animal> animals = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();

    private RecordRules(Study study, List<PlannedSession> planned, LocalDate today) {
        this.study = Objects.requireNonNull(study, "study");
        this.today = Objects.requireNonNull(today, "today");
        this.plan = new HashMap<>(planned.size() * 2);
        for (PlannedSession p : planned) {
            plan.putIfAbsent(new Key(p.animalId(), p.date()), p);
        }
        study.animals().forEach(a -> animals.putIfAbsent(a.id(), a));
        study.groups().forEach(g -> groups.putIfAbsent(g.name(), g));
    }

    /**
     * The rules for a study whose whole schedule is {@code planned} (as {@link ScheduleEngine#schedule(Study)}
     * makes it; a plan limited to some days or animals explains only the records of those).
     *
     * @param today the last day a record may have, from the injected clock
     */
    public static RecordRules of(Study study, List<PlannedSession> planned, LocalDate today) {
        return new RecordRules(study, planned, today);
    }

    /** The rules for a study, planning its whole schedule; a study without a treadmill has no plan to check. */
    public static RecordRules of(Study study, LocalDate today) {
        return new RecordRules(study, plannable(study) ? new ScheduleEngine().schedule(study) : List.of(), today);
    }

    /** A record of the file that the plan does not explain: its place in the study's list and every problem. */
    public record BrokenRecord(int index, SessionRecord record, List<RecordProblem> problems) {
        public BrokenRecord {
            Objects.requireNonNull(record, "record");
            problems = List.copyOf(problems);
        }

        /** The codes of the problems, in order. */
        public List<Code> codes() {
            return problems.stream().map(RecordProblem::code).toList();
        }

        /** The problems as one English text. */
        public String text() {
            return String.join("; ", problems.stream().map(RecordProblem::text).toList());
        }

        /** An error at the record's JSON path, {@code $.sessionRecords[index]}. */
        public Finding finding() {
            return Finding.error("$.sessionRecords[" + index + "]", text());
        }
    }

    /** Every problem of one candidate record; empty when the plan explains it. */
    public List<RecordProblem> check(SessionRecord record) {
        List<RecordProblem> out = new ArrayList<>(2);
        if (record.date().isAfter(today)) {
            out.add(problem(Code.FUTURE, record, 0, today, ""));
        }
        PlannedSession planned = plan.get(new Key(record.animalId(), record.date()));
        if (planned == null) {
            out.add(whyNotPlanned(record));
            return out;
        }
        sessionProblems(planned, record, out);
        return out;
    }

    /**
     * The problems of a record against the planned session of its animal and day (same animal and date
     * assumed): not after today, the plan's session number, status and intervals, a prescription when run.
     */
    public static List<RecordProblem> checkAgainst(PlannedSession planned, SessionRecord record, LocalDate today) {
        List<RecordProblem> out = new ArrayList<>(1);
        if (record.date().isAfter(today)) {
            out.add(problem(Code.FUTURE, record, 0, today, ""));
        }
        sessionProblems(planned, record, out);
        return out;
    }

    private static void sessionProblems(PlannedSession planned, SessionRecord record, List<RecordProblem> out) {
        if (planned.number() != record.sessionNumber()) {
            out.add(problem(Code.WRONG_SESSION_NUMBER, record, planned.number(), null, ""));
        }
        statusProblem(planned, record).ifPresent(out::add);
    }

    /** The planned session a record belongs to (same animal and date), if the plan has one. */
    public Optional<PlannedSession> plannedFor(String animalId, LocalDate date) {
        return Optional.ofNullable(plan.get(new Key(animalId, date)));
    }

    /**
     * Every record of the study that counts (the latest of each animal and day; of two with the same
     * recorded-at, the later in the file) and breaks a rule, in file order. A superseded record is history and
     * is not checked: its correction is.
     */
    public List<BrokenRecord> checkAll() {
        List<BrokenRecord> out = new ArrayList<>();
        for (int i : countingIndexes(study.sessionRecords())) {
            SessionRecord r = study.sessionRecords().get(i);
            List<RecordProblem> problems = check(r);
            if (!problems.isEmpty()) {
                out.add(new BrokenRecord(i, r, problems));
            }
        }
        return out;
    }

    /** The errors of {@link #checkAll()}, one per broken record at its JSON path. */
    public static List<Finding> findings(Study study, LocalDate today) {
        return of(study, today).checkAll().stream().map(BrokenRecord::finding).toList();
    }

    /**
     * The recorded sessions an edit would leave outside the plan: records that count and that the plan of
     * {@code before} explains but the plan of {@code after} does not (an exclusion dated before them, a skip
     * date on their day, a group that stops training, a renumbered session). The dates of records are not
     * compared with today here.
     */
    public static List<BrokenRecord> orphanedBy(Study before, Study after) {
        if (!plannable(after)) {
            return List.of();
        }
        Set<SessionRecord> alreadyBroken = new HashSet<>();
        of(before, LocalDate.MAX).checkAll().forEach(b -> alreadyBroken.add(b.record()));
        return of(after, LocalDate.MAX).checkAll().stream()
                .filter(b -> !alreadyBroken.contains(b.record())).toList();
    }

    /**
     * What may be recorded for a planned session on {@code today}: each status that is refused, with the reason;
     * the range of intervals of each allowed status. For the record form and "completed as planned".
     */
    public static Choices choices(PlannedSession session, LocalDate today) {
        Map<SessionStatus, RecordProblem> refused = new EnumMap<>(SessionStatus.class);
        int planned = session.prescription().intervals();
        for (SessionStatus s : SessionStatus.values()) {
            SessionRecord probe = probe(session, s, s == SessionStatus.PARTIAL ? Math.max(1, planned - 1)
                    : s == SessionStatus.COMPLETED ? planned : 0);
            List<RecordProblem> problems = checkAgainst(session, probe, today);
            if (!problems.isEmpty()) {
                refused.put(s, problems.get(0));
            }
        }
        return new Choices(session, refused);
    }

    /** The statuses allowed for one planned session, and why the others are not. */
    public record Choices(PlannedSession session, Map<SessionStatus, RecordProblem> refused) {
        public Choices {
            Objects.requireNonNull(session, "session");
            refused = Collections.unmodifiableMap(new EnumMap<>(refused.isEmpty()
                    ? new EnumMap<>(SessionStatus.class) : refused));
        }

        public boolean allows(SessionStatus status) {
            return !refused.containsKey(status);
        }

        /** Why a status is not allowed; empty when it is. */
        public Optional<RecordProblem> why(SessionStatus status) {
            return Optional.ofNullable(refused.get(status));
        }

        /** The fewest intervals a record of this status may have. */
        public int minIntervals(SessionStatus status) {
            return switch (status) {
                case COMPLETED -> session.prescription().intervals();
                case PARTIAL -> 1;
                case MISSED, EXCUSED -> 0;
            };
        }

        /** The most intervals a record of this status may have. */
        public int maxIntervals(SessionStatus status) {
            return switch (status) {
                case COMPLETED -> session.prescription().intervals();
                case PARTIAL -> Math.max(1, session.prescription().intervals() - 1);
                case MISSED, EXCUSED -> 0;
            };
        }
    }

    private static SessionRecord probe(PlannedSession s, SessionStatus status, int intervals) {
        return new SessionRecord(s.animalId(), s.date(), s.number(), status, intervals, 0, 0, null, "",
                status == SessionStatus.EXCUSED ? "probe" : "", "probe", java.time.Instant.EPOCH);
    }

    /** The status and intervals of a record against its planned session. */
    static Optional<RecordProblem> statusProblem(PlannedSession planned, SessionRecord r) {
        int n = planned.prescription().intervals();
        int got = r.intervalsCompleted();
        Code code = switch (r.status()) {
            case COMPLETED -> got < n ? Code.COMPLETED_TOO_FEW : got > n ? Code.COMPLETED_TOO_MANY : null;
            case PARTIAL -> got < 1 || got > n - 1 ? Code.PARTIAL_OUT_OF_RANGE : null;
            case MISSED, EXCUSED -> got != 0 ? Code.NOT_RUN_WITH_INTERVALS : null;
        };
        if (r.status().wasRun() && !planned.prescription().hasSpeeds()) {
            code = Code.NO_PRESCRIPTION;
        }
        return Optional.ofNullable(code).map(c -> problem(c, r, n, null, ""));
    }

    private RecordProblem whyNotPlanned(SessionRecord r) {
        Animal a = animals.get(r.animalId());
        if (a == null) {
            return problem(Code.UNKNOWN_ANIMAL, r, 0, null, "");
        }
        Group g = groups.get(a.group());
        if (g == null || !g.trains()) {
            return problem(Code.GROUP_DOES_NOT_TRAIN, r, 0, null, a.group());
        }
        int week = TrainingCalendar.weekOf(study.startDate(), study.protocol().weekCount(), r.date());
        if (week == 0 || week > study.protocolOn(r.date()).weekCount()) {
            return problem(Code.OUTSIDE_PROTOCOL, r, 0, study.endDate(), "");
        }
        if (!study.calendar().trainingDays().contains(r.date().getDayOfWeek())) {
            return problem(Code.NOT_A_TRAINING_DAY, r, 0, null, "");
        }
        if (study.calendar().skipDates().contains(r.date())) {
            return problem(Code.SKIP_DATE, r, 0, null, "");
        }
        if (!a.isActiveOn(r.date())) {
            return problem(Code.AFTER_EXCLUSION, r, 0, a.exclusion().from(), "");
        }
        return problem(Code.NOT_PLANNED, r, 0, null, "");
    }

    private static RecordProblem problem(Code code, SessionRecord r, int expected, LocalDate limit, String group) {
        return new RecordProblem(code, r.animalId(), r.date(), r.sessionNumber(), r.status(), r.intervalsCompleted(),
                expected, limit, group);
    }

    /** The indexes of the records that count, in file order: the latest of each animal and day. */
    static List<Integer> countingIndexes(List<SessionRecord> records) {
        Map<Key, Integer> latest = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            SessionRecord r = records.get(i);
            int index = i;
            latest.merge(new Key(r.animalId(), r.date()), i,
                    (a, b) -> SessionRecord.later(records.get(a), records.get(b)) == records.get(a) ? a : index);
        }
        List<Integer> out = new ArrayList<>(latest.values());
        Collections.sort(out);
        return out;
    }

    private static boolean plannable(Study study) {
        return !study.treadmills().isEmpty();
    }

    private record Key(String animalId, LocalDate date) {
    }
}
