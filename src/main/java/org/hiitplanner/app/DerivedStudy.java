package org.hiitplanner.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.adherence.AdherenceReport;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;

/**
 * What follows from one study value, each part computed at most once, when first asked, and shared by every screen:
 * the schedule, the heats of a day, adherence up to a date and the audit check. Cheap to create; thread-safe (a part
 * asked for by two threads at once is computed once, the other waits). A new study value gets a new one
 * ({@link DerivedStudies}); parts are compared by the study's identity, never by its (costly) equality.
 */
public final class DerivedStudy {
    private final Study study;
    private final ScheduleEngine engine;
    private final StudyHeats heats;
    private final Once<PlannedSchedule> schedule;
    private final Once<Optional<AuditProblem>> audit;
    private final Map<LocalDate, Once<List<HeatPlan>>> heatsByDay = new ConcurrentHashMap<>();
    private final Map<List<LocalDate>, Once<AdherenceReport>> adherenceByDay = new ConcurrentHashMap<>();

    public DerivedStudy(Study study, ScheduleEngine engine, StudyHeats heats) {
        this.study = Objects.requireNonNull(study, "study");
        this.engine = Objects.requireNonNull(engine, "schedule engine");
        this.heats = Objects.requireNonNull(heats, "study heats");
        this.schedule = new Once<>(() -> new PlannedSchedule(engine.schedule(study)));
        this.audit = new Once<>(() -> study.auditLog().verify());
    }

    /** The study value all of this is derived from. */
    public Study study() {
        return study;
    }

    /** Every planned session of the study (the {@link ScheduleEngine}), indexed by animal and date. */
    public PlannedSchedule schedule() {
        return schedule.get();
    }

    /**
     * The heats of a date on each treadmill with sessions ({@link StudyHeats}), in the study's treadmill order.
     *
     * @throws IllegalArgumentException when that day's sessions cannot be planned in heats (every time it is asked)
     */
    public List<HeatPlan> heatsOn(LocalDate date) {
        return heatsByDay.computeIfAbsent(date, d -> new Once<>(() -> {
            var day = schedule().on(d);
            return day.isEmpty() ? List.of() : List.copyOf(heats.day(study, day));
        })).get();
    }

    /** Adherence per animal, group and week up to {@code asOf} ({@link AdherenceCalculator}), today = asOf. */
    public AdherenceReport adherence(LocalDate asOf) {
        return adherence(asOf, asOf);
    }

    /** Adherence up to {@code asOf}; records after {@code today} or that the plan does not explain left out. */
    public AdherenceReport adherence(LocalDate asOf, LocalDate today) {
        return adherenceByDay.computeIfAbsent(List.of(asOf, today), k -> new Once<>(() ->
                new AdherenceCalculator().compute(schedule().sessions(), study.sessionRecords(), asOf, today))).get();
    }

    /**
     * The first bad entry of the audit trail, or empty when it is intact. Checks only the entries the trail does not
     * already know to be intact (an edit's own entries are), so that after an edit this is quick.
     */
    public Optional<AuditProblem> auditProblem() {
        return audit.get();
    }

    /** Whether the schedule was computed already (e.g. to show a placeholder instead of waiting). */
    public boolean hasSchedule() {
        return schedule.isDone();
    }

    /** The engine this study's sessions are planned with. */
    ScheduleEngine engine() {
        return engine;
    }

    /** A value computed at most once; its failure (an unchecked exception) is kept and thrown again. */
    private static final class Once<T> {
        private Supplier<T> supplier;
        private volatile boolean done;
        private T value;
        private RuntimeException failure;

        Once(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            if (!done) {
                synchronized (this) {
                    if (!done) {
                        try {
                            value = supplier.get();
                        } catch (RuntimeException e) {
                            failure = e;
                        }
                        supplier = null;
                        done = true;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }

        boolean isDone() {
            return done;
        }
    }
}
