package org.hiitplanner.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;

/**
 * Hands every screen the same {@link DerivedStudy} for the same study value (by identity), so that the schedule,
 * heats, adherence and audit check of a study are computed once however many screens show them. Keeps the few most
 * recent values (an undo returns to one). Thread-safe.
 */
public final class DerivedStudies {
    private static final int KEEP = 4;

    private final ScheduleEngine engine;
    private final StudyHeats heats;
    private final Deque<DerivedStudy> recent = new ArrayDeque<>();

    public DerivedStudies(ScheduleEngine engine) {
        this(engine, new StudyHeats(new HeatPlanner()));
    }

    public DerivedStudies(ScheduleEngine engine, StudyHeats heats) {
        this.engine = Objects.requireNonNull(engine);
        this.heats = Objects.requireNonNull(heats);
    }

    /** The derived state of {@code study}: the one handed out before for this very value, or a new one. */
    public synchronized DerivedStudy of(Study study) {
        Objects.requireNonNull(study, "study");
        for (DerivedStudy d : recent) {
            if (d.study() == study) {
                if (recent.peekFirst() != d) {
                    recent.remove(d);
                    recent.addFirst(d);
                }
                return d;
            }
        }
        DerivedStudy d = new DerivedStudy(study, engine, heats);
        recent.addFirst(d);
        if (recent.size() > KEEP) {
            recent.removeLast();
        }
        return d;
    }

    /** The engine the schedules are planned with. */
    public ScheduleEngine engine() {
        return engine;
    }
}
