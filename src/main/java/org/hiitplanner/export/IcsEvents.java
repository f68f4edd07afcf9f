package org.hiitplanner.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The events of a study's calendar, in date order (a day's step test before its training).
 * <ul>
 * <li>Training, per animal: one timed event per session, from the start of the animal's heat (see
 * {@link StudyHeats}: the same heats as the run sheet) for the session's length.</li>
 * <li>Training, per treadmill: one timed event per treadmill and training day, from the first heat's start to the
 * last heat's end (changeovers included), listing the heats and their animals.</li>
 * <li>Step tests: one all-day event per planned test day (a step test runs until exhaustion, so its length is not
 * known): per animal, once for the study listing every tested animal; per treadmill, once per treadmill listing its
 * tested animals. Days without a tested, active animal get no event.</li>
 * </ul>
 */
final class IcsEvents {
    static final String TRAINING_BY_ANIMAL = "training/animal";
    static final String TRAINING_BY_TREADMILL = "training/treadmill";
    static final String TEST_FOR_STUDY = "steptest/study";
    static final String TEST_BY_TREADMILL = "steptest/treadmill";

    private final Study study;
    private final IcsOptions options;
    private final IcsTexts texts;
    private final String title;
    private final StudyHeats heats = new StudyHeats(new HeatPlanner());

    IcsEvents(Study study, IcsOptions options) {
        this.study = study;
        this.options = options;
        this.texts = new IcsTexts(study);
        this.title = study.info().title();
    }

    /** Every event for these sessions (the study's whole schedule), in date order. */
    List<IcsEvent> events(List<PlannedSession> sessions) {
        List<IcsEvent> events = new ArrayList<>(stepTestDays());
        events.addAll(options.grouping() == IcsOptions.Grouping.PER_ANIMAL ? perAnimal(sessions)
                : perTreadmill(sessions));
        events.sort(Comparator.comparing(IcsEvent::date)); // stable: tests first on a day, then by animal/treadmill
        return events;
    }

    private List<IcsEvent> perAnimal(List<PlannedSession> sessions) {
        int total = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).size();
        List<IcsEvent> events = new ArrayList<>(sessions.size());
        Map<LocalDate, List<HeatPlan>> plans = plans(sessions);
        for (PlannedSession s : sessions) {
            HeatPlan plan = planOf(plans.get(s.date()), s.treadmill());
            Heat heat = plan == null ? null : plan.heatOf(s.animalId()).orElse(null);
            HeatRunner runner = heat == null ? null : heat.runners().stream()
                    .filter(r -> r.animalId().equals(s.animalId())).findFirst().orElse(null);
            ZonedDateTime start = start(s.date(), plan).plusSeconds(heat == null ? 0 : heat.startSecond());
            BigDecimal incline = study.protocolOn(s.date()).inclineDegrees();
            events.add(new IcsEvent(IcsEvent.uid(title, TRAINING_BY_ANIMAL, s.animalId(), s.date()), s.date(), start,
                    start.plusSeconds(s.prescription().totalSeconds()), texts.sessionSummary(s, heat, runner),
                    texts.sessionDescription(s, total, incline, heat, runner), s.treadmill(), true));
        }
        return events;
    }

    private List<IcsEvent> perTreadmill(List<PlannedSession> sessions) {
        List<IcsEvent> events = new ArrayList<>();
        plans(sessions).forEach((date, plans) -> plans.forEach(plan -> events.add(treadmillDay(date, plan))));
        return events;
    }

    /** The heats of each day, per treadmill, as the run sheet and Today show them. */
    private Map<LocalDate, List<HeatPlan>> plans(List<PlannedSession> sessions) {
        Map<LocalDate, List<PlannedSession>> byDay = new LinkedHashMap<>();
        for (PlannedSession s : sessions) {
            byDay.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s);
        }
        Map<LocalDate, List<HeatPlan>> plans = new LinkedHashMap<>();
        byDay.forEach((date, day) -> plans.put(date, heats.day(study, day)));
        return plans;
    }

    private static HeatPlan planOf(List<HeatPlan> plans, String treadmill) {
        return plans.stream().filter(p -> p.treadmill().equals(treadmill)).findFirst().orElse(null);
    }

    private IcsEvent treadmillDay(LocalDate date, HeatPlan plan) {
        ZonedDateTime start = start(date, plan);
        List<PlannedSession> day = new ArrayList<>();
        plan.heats().forEach(h -> h.runners().forEach(r -> day.add(r.session())));
        plan.notPlanned().forEach(n -> day.add(n.session()));
        PlannedSession first = day.get(0);
        // a day without a heat (no animal has a Vmax) still shows how long its sessions would be
        int seconds = plan.heats().isEmpty() ? day.stream().mapToInt(s -> s.prescription().totalSeconds()).max()
                .orElse(0) : plan.totalSeconds();
        return new IcsEvent(IcsEvent.uid(title, TRAINING_BY_TREADMILL, plan.treadmill(), date), date, start,
                start.plusSeconds(seconds), texts.treadmillSummary(plan.treadmill(), first.week(),
                day.size()), texts.treadmillDescription(first, plan, start.toLocalTime(),
                study.protocolOn(date).inclineDegrees()),
                plan.treadmill(), true);
    }

    private List<IcsEvent> stepTestDays() {
        Set<String> tested = study.groups().stream().filter(Group::tested).map(Group::name).collect(Collectors.toSet());
        List<IcsEvent> events = new ArrayList<>();
        for (LocalDate date : study.stepTestProtocol().plannedDays()) {
            List<Animal> animals = study.animals().stream()
                    .filter(a -> tested.contains(a.group()) && a.isActiveOn(date)).toList();
            if (options.grouping() == IcsOptions.Grouping.PER_ANIMAL) {
                addTest(events, date, null, animals);
            } else {
                Map<String, List<Animal>> byTreadmill = animals.stream().collect(Collectors.groupingBy(
                        a -> study.treadmillOf(a).map(Treadmill::name).orElse(""), java.util.TreeMap::new,
                        Collectors.toList()));
                byTreadmill.forEach((treadmill, list) -> addTest(events, date, treadmill, list));
            }
        }
        return events;
    }

    private void addTest(List<IcsEvent> events, LocalDate date, String treadmill, List<Animal> animals) {
        if (animals.isEmpty()) {
            return;
        }
        String uid = treadmill == null ? IcsEvent.uid(title, TEST_FOR_STUDY, "", date)
                : IcsEvent.uid(title, TEST_BY_TREADMILL, treadmill, date);
        events.add(new IcsEvent(uid, date, null, null, texts.testSummary(treadmill, when(date), animals.size()),
                texts.testDescription(study.stepTestProtocolOn(date), animals), treadmill, false));
    }

    /** "baseline" before the start, "week 2" in the study, "after the study" after its end. */
    private String when(LocalDate date) {
        if (date.isBefore(study.startDate())) {
            return "baseline";
        }
        int week = TrainingCalendar.weekOf(study.startDate(), study.protocol().weekCount(), date);
        return week == 0 ? "after the study" : "week " + week;
    }

    /**
     * When the first heat starts on {@code date} in the lab's zone: the day start of the options, else the plan's (the
     * treadmill's window, or 08:00); in a daylight-saving gap, the first valid time after it.
     */
    private ZonedDateTime start(LocalDate date, HeatPlan plan) {
        LocalTime time = options.dayStart() != null ? options.dayStart()
                : plan != null ? plan.firstStart() : HeatOptions.DEFAULT_START;
        return ZonedDateTime.of(date, time, options.zone());
    }
}
