package org.hiitplanner.export;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The events of a study's calendar, in date order (a day's step test before its training).
 * <ul>
 * <li>Training, per animal: one timed event per session, from the day start for the session's length.</li>
 * <li>Training, per treadmill: one timed event per treadmill and training day, from the day start for as long as
 * its animals take when run in groups of as many animals as it has lanes, each run as long as the longest session
 * of the day (an estimate: no breaks, no cleaning).</li>
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
        BigDecimal incline = study.protocol().inclineDegrees();
        List<IcsEvent> events = new ArrayList<>(sessions.size());
        for (PlannedSession s : sessions) {
            ZonedDateTime start = start(s.date());
            events.add(new IcsEvent(IcsEvent.uid(title, TRAINING_BY_ANIMAL, s.animalId(), s.date()), s.date(), start,
                    start.plusSeconds(s.prescription().totalSeconds()), texts.sessionSummary(s),
                    texts.sessionDescription(s, total, incline), s.treadmill(), true));
        }
        return events;
    }

    private List<IcsEvent> perTreadmill(List<PlannedSession> sessions) {
        Map<LocalDate, Map<String, List<PlannedSession>>> byDay = new LinkedHashMap<>();
        for (PlannedSession s : sessions) {
            byDay.computeIfAbsent(s.date(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(s.treadmill(), t -> new ArrayList<>()).add(s);
        }
        List<IcsEvent> events = new ArrayList<>();
        byDay.forEach((date, treadmills) -> treadmills.keySet().stream().sorted()
                .forEach(name -> events.add(treadmillDay(date, name, treadmills.get(name)))));
        return events;
    }

    private IcsEvent treadmillDay(LocalDate date, String treadmill, List<PlannedSession> day) {
        int lanes = study.treadmills().stream().filter(t -> t.name().equals(treadmill)).mapToInt(Treadmill::lanes)
                .findFirst().orElse(1);
        int runs = (day.size() + lanes - 1) / lanes;
        int longest = day.stream().mapToInt(s -> s.prescription().totalSeconds()).max().orElse(0);
        int seconds = runs * longest;
        ZonedDateTime start = start(date);
        return new IcsEvent(IcsEvent.uid(title, TRAINING_BY_TREADMILL, treadmill, date), date, start,
                start.plusSeconds(seconds), texts.treadmillSummary(treadmill, day.get(0).week(), day.size()),
                texts.treadmillDescription(day, lanes, runs, seconds, study.protocol().inclineDegrees()), treadmill,
                true);
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
                texts.testDescription(study.stepTestProtocol(), animals), treadmill, false));
    }

    /** "baseline" before the start, "week 2" in the study, "after the study" after its end. */
    private String when(LocalDate date) {
        if (date.isBefore(study.startDate())) {
            return "baseline";
        }
        int week = TrainingCalendar.weekOf(study.startDate(), study.protocol().weekCount(), date);
        return week == 0 ? "after the study" : "week " + week;
    }

    /** The day start on {@code date} in the lab's zone; in a daylight-saving gap, the first valid time after it. */
    private ZonedDateTime start(LocalDate date) {
        return ZonedDateTime.of(date, options.dayStart(), options.zone());
    }
}
