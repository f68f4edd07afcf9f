package org.hiitplanner.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.PlannedSchedule;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.DaySheet.TreadmillDay;

/**
 * The schedule of one study, computed once (off the FX thread) and indexed by animal and by date, so that choosing
 * an animal or a day is a look-up. Immutable.
 */
public final class ScheduleSnapshot {
    private final Study study;
    private final List<String> trainedAnimals;
    private final PlannedSchedule schedule;

    private ScheduleSnapshot(Study study, List<String> trainedAnimals, PlannedSchedule schedule) {
        this.study = study;
        this.trainedAnimals = List.copyOf(trainedAnimals);
        this.schedule = schedule;
    }

    /** Plans every session of the study; may take a while for a large study. */
    public static ScheduleSnapshot compute(Study study, ScheduleEngine engine) {
        return of(study, new PlannedSchedule(engine.schedule(study)));
    }

    /** The schedule of a study's derived state (computed there once, shared); may take a while the first time. */
    public static ScheduleSnapshot of(DerivedStudy derived) {
        return of(derived.study(), derived.schedule());
    }

    private static ScheduleSnapshot of(Study study, PlannedSchedule schedule) {
        List<String> trained = study.animals().stream()
                .filter(a -> study.group(a.group()).map(g -> g.trains()).orElse(false))
                .map(Animal::id).sorted().toList();
        return new ScheduleSnapshot(study, trained, schedule);
    }

    /** The study this schedule was computed from. */
    public Study study() {
        return study;
    }

    /** Ids of the animals in training groups, sorted. */
    public List<String> trainedAnimals() {
        return trainedAnimals;
    }

    /** Every session of one animal, in date order; empty for an unknown animal. */
    public List<PlannedSession> sessionsOf(String animalId) {
        return schedule.of(animalId);
    }

    /** The totals of one animal's schedule. */
    public AnimalSummary summaryOf(String animalId) {
        Animal animal = animalId == null ? null : study.animal(animalId).orElse(null);
        if (animal == null) {
            return AnimalSummary.NONE;
        }
        List<PlannedSession> sessions = sessionsOf(animalId);
        BigDecimal distance = BigDecimal.ZERO;
        int withoutVmax = 0;
        int withWarnings = 0;
        for (PlannedSession s : sessions) {
            if (s.vmax() == null) {
                withoutVmax++;
            } else {
                distance = distance.add(s.prescription().distanceMetres());
                withWarnings += s.hasWarnings() ? 1 : 0;
            }
        }
        String treadmill = study.treadmillOf(animal).map(Treadmill::name).orElse("");
        return new AnimalSummary(animalId, animal.group(), treadmill, sessions.size(), distance, withoutVmax,
                withWarnings);
    }

    /** Who runs on a date, grouped by treadmill in the study's order, and why nobody does if so. */
    public DaySheet dayOf(LocalDate date) {
        List<PlannedSession> sessions = schedule.on(date);
        int week = TrainingCalendar.weekOf(study.startDate(), study.protocol().weekCount(), date);
        int number = sessions.isEmpty() ? sessionNumber(date) : sessions.get(0).number();
        return new DaySheet(date, statusOf(date, sessions), week, number, byTreadmill(sessions), study.startDate(),
                study.endDate());
    }

    private int sessionNumber(LocalDate date) {
        return study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .filter(d -> d.date().equals(date)).mapToInt(d -> d.number()).findFirst().orElse(0);
    }

    private DayStatus statusOf(LocalDate date, List<PlannedSession> sessions) {
        if (!sessions.isEmpty()) {
            return DayStatus.SESSIONS;
        } else if (date.isBefore(study.startDate())) {
            return DayStatus.BEFORE_START;
        } else if (date.isAfter(study.endDate())) {
            return DayStatus.AFTER_END;
        } else if (study.calendar().skipDates().contains(date)) {
            return DayStatus.SKIP_DATE;
        } else if (!study.calendar().trainingDays().contains(date.getDayOfWeek())) {
            return DayStatus.NOT_TRAINING_DAY;
        }
        return DayStatus.NO_ANIMALS;
    }

    private List<TreadmillDay> byTreadmill(List<PlannedSession> sessions) {
        Map<String, List<PlannedSession>> grouped = new LinkedHashMap<>();
        study.treadmills().forEach(t -> grouped.put(t.name(), new ArrayList<>()));
        sessions.forEach(s -> grouped.computeIfAbsent(s.treadmill(), k -> new ArrayList<>()).add(s));
        List<TreadmillDay> out = new ArrayList<>();
        for (Treadmill t : study.treadmills()) {
            List<PlannedSession> on = grouped.remove(t.name());
            if (on != null && !on.isEmpty()) {
                out.add(new TreadmillDay(t, on));
            }
        }
        return out;
    }
}
