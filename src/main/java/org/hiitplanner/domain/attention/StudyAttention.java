package org.hiitplanner.domain.attention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.attention.Attention.Code;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.welfare.WelfareCheck;

/**
 * What a PI must not miss about a study as of the morning of a day ({@code asOf}; the past is every day before
 * it), most urgent first:
 * <ol>
 * <li>open body-weight-loss flags, then sessions of the last {@value #RECENT_DAYS} days (up to {@code asOf}) with
 * stimuli above the limit;</li>
 * <li>each planned step-test day before {@code asOf} for which active animals of tested groups have no valid
 * result dated from {@value #EARLY_DAYS} days before it (a test run a little early counts) up to the day before
 * the next planned day (or {@value #RECENT_DAYS} days after the last one);</li>
 * <li>planned sessions before {@code asOf} without a record: how many, on which days;</li>
 * <li>animals with a session in the {@value #AHEAD_DAYS} days from {@code asOf} on but no Vmax for it;</li>
 * <li>for a study being set up: what to add next (groups, animals, a training group, a treadmill, step tests).</li>
 * </ol>
 * Only the latest record of each animal and day counts. A pure function of the study and the day.
 */
public final class StudyAttention {
    /** Welfare events this many days back (the as-of day included) are listed. */
    public static final int RECENT_DAYS = 14;
    /** A result this many days before a planned test day counts for it. */
    public static final int EARLY_DAYS = 2;
    /** Sessions this many days ahead (the as-of day included) are checked for a Vmax. */
    public static final int AHEAD_DAYS = 7;

    private final ScheduleEngine engine;
    private final WelfareCheck welfare = new WelfareCheck();

    public StudyAttention(ScheduleEngine engine) {
        this.engine = engine;
    }

    /** Everything to look at, as of the morning of {@code asOf}; empty when nothing needs attention. */
    public List<Attention> check(Study study, LocalDate asOf) {
        List<Attention> out = new ArrayList<>(welfare(study, asOf));
        out.addAll(missingTests(study, asOf));
        boolean plannable = !study.treadmills().isEmpty();
        if (plannable) {
            out.addAll(unrecorded(study, asOf));
            out.addAll(noVmaxAhead(study, asOf));
        }
        out.addAll(setup(study, asOf));
        return List.copyOf(out);
    }

    /** Open weight-loss flags (any date up to as-of), then recent records above the stimulus limit. */
    List<Attention> welfare(Study study, LocalDate asOf) {
        List<SessionRecord> upTo = study.sessionRecords().stream().filter(r -> !r.date().isAfter(asOf)).toList();
        WelfareLimits limits = study.settings().welfare();
        List<Attention> weight = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        upTo.forEach(r -> ids.add(r.animalId()));
        for (String id : ids) {
            welfare.openWeightFlag(id, upTo, study.welfareClearances(), limits).ifPresent(f -> {
                BigDecimal base = welfare.baselineWeight(id, upTo).orElseThrow();
                BigDecimal weighed = latest(upTo, id, f.date()).bodyWeightGrams();
                weight.add(new Attention(Code.WEIGHT_LOSS_OPEN, f.date(), List.of(id), List.of(), 0,
                        WelfareCheck.lossPercent(base, weighed), limits.weightLossEndpointPercent()));
            });
        }
        List<SessionRecord> recent = new ArrayList<>(latestPerAnimalAndDay(upTo).values());
        recent.removeIf(r -> r.date().isBefore(asOf.minusDays(RECENT_DAYS - 1L))
                || r.stimuli() <= limits.stimulusLimit());
        recent.sort(java.util.Comparator.comparing(SessionRecord::date).thenComparing(SessionRecord::animalId));
        for (SessionRecord r : recent) {
            weight.add(new Attention(Code.STIMULI_ABOVE_LIMIT, r.date(), List.of(r.animalId()), List.of(), 0,
                    BigDecimal.valueOf(r.stimuli()), BigDecimal.valueOf(limits.stimulusLimit())));
        }
        return weight;
    }

    /** Each passed planned test day with tested, active animals lacking a valid result in its window. */
    List<Attention> missingTests(Study study, LocalDate asOf) {
        Set<String> tested = new HashSet<>();
        study.groups().stream().filter(Group::tested).forEach(g -> tested.add(g.name()));
        List<LocalDate> days = study.stepTestProtocol().plannedDays();
        List<Attention> out = new ArrayList<>();
        for (int i = 0; i < days.size() && days.get(i).isBefore(asOf); i++) {
            LocalDate day = days.get(i);
            LocalDate from = day.minusDays(EARLY_DAYS);
            if (i > 0 && !from.isAfter(days.get(i - 1))) {
                from = days.get(i - 1).plusDays(1);
            }
            LocalDate until = i + 1 < days.size() ? days.get(i + 1) : day.plusDays(RECENT_DAYS);
            List<String> expected = study.animals().stream().filter(a -> tested.contains(a.group()))
                    .filter(a -> a.isActiveOn(day)).map(Animal::id).sorted().toList();
            Set<String> done = new HashSet<>();
            for (StepTestResult r : study.stepTestResults()) {
                if (r.valid() && !r.date().isBefore(from) && r.date().isBefore(until) && !r.date().isAfter(asOf)) {
                    done.add(r.animalId());
                }
            }
            List<String> missing = expected.stream().filter(id -> !done.contains(id)).toList();
            if (!missing.isEmpty()) {
                out.add(new Attention(Code.TEST_RESULTS_MISSING, day, missing, List.of(), expected.size(), null,
                        null));
            }
        }
        return out;
    }

    /** Planned sessions before as-of without a record (any status). */
    List<Attention> unrecorded(Study study, LocalDate asOf) {
        if (!study.startDate().isBefore(asOf)) {
            return List.of();
        }
        List<PlannedSession> past = engine.schedule(study, new ScheduleQuery(null, study.startDate(),
                asOf.minusDays(1)));
        Set<String> recorded = new HashSet<>();
        study.sessionRecords().forEach(r -> recorded.add(r.animalId() + "\u0000" + r.date()));
        int count = 0;
        Set<LocalDate> days = new TreeSet<>();
        for (PlannedSession p : past) {
            if (!recorded.contains(p.animalId() + "\u0000" + p.date())) {
                count++;
                days.add(p.date());
            }
        }
        return count == 0 ? List.of() : List.of(new Attention(Code.SESSIONS_NOT_RECORDED, null, List.of(),
                List.copyOf(days), count, null, null));
    }

    /** Animals with a session in the coming days that has no Vmax in force. */
    List<Attention> noVmaxAhead(Study study, LocalDate asOf) {
        List<PlannedSession> coming = engine.schedule(study, new ScheduleQuery(null, asOf,
                asOf.plusDays(AHEAD_DAYS - 1L)));
        Map<String, LocalDate> first = new TreeMap<>();
        for (PlannedSession p : coming) {
            if (p.vmax() == null) {
                first.merge(p.animalId(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        if (first.isEmpty()) {
            return List.of();
        }
        LocalDate from = first.values().stream().min(LocalDate::compareTo).orElseThrow();
        return List.of(new Attention(Code.NO_VMAX_AHEAD, from, List.copyOf(first.keySet()), List.of(), AHEAD_DAYS,
                null, null));
    }

    /** What a study being set up needs next. */
    List<Attention> setup(Study study, LocalDate asOf) {
        List<Attention> out = new ArrayList<>();
        if (study.groups().isEmpty()) {
            out.add(Attention.of(Code.ADD_GROUPS));
        } else if (study.animals().isEmpty()) {
            out.add(Attention.of(Code.ADD_ANIMALS));
        }
        if (!study.groups().isEmpty() && study.groups().stream().noneMatch(Group::trains)) {
            out.add(Attention.of(Code.ADD_TRAINING_GROUP));
        }
        if (study.treadmills().isEmpty()) {
            out.add(Attention.of(Code.ADD_TREADMILL));
        }
        boolean testDayPassed = study.stepTestProtocol().plannedDays().stream().anyMatch(d -> d.isBefore(asOf));
        if (study.stepTestResults().isEmpty() && !testDayPassed) {
            Set<String> tested = new HashSet<>();
            study.groups().stream().filter(Group::tested).forEach(g -> tested.add(g.name()));
            List<String> ids = study.animals().stream().filter(a -> tested.contains(a.group()))
                    .filter(a -> a.isActiveOn(asOf)).map(Animal::id).sorted().toList();
            if (!ids.isEmpty()) {
                out.add(new Attention(Code.ADD_STEP_TESTS, null, ids, List.of(), 0, null, null));
            }
        }
        return out;
    }

    private static Map<String, SessionRecord> latestPerAnimalAndDay(List<SessionRecord> records) {
        Map<String, SessionRecord> latest = new HashMap<>();
        records.forEach(r -> latest.merge(r.animalId() + "\u0000" + r.date(), r, SessionRecord::later));
        return latest;
    }

    private static SessionRecord latest(List<SessionRecord> records, String id, LocalDate date) {
        return latestPerAnimalAndDay(records).get(id + "\u0000" + date);
    }
}
