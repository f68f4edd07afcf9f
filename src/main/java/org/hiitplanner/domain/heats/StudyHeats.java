package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The heats of a study's day on each of its treadmills, planned with the study's heat settings and each treadmill's
 * changeover and day window: what the command line, the run sheet, Today and the heats screen all show.
 */
public final class StudyHeats {
    private final HeatPlanner planner;

    public StudyHeats(HeatPlanner planner) {
        this.planner = Checks.required(planner, "heat planner");
    }

    /**
     * One plan per treadmill of the study that has sessions on the day, in the study's treadmill order.
     *
     * @param day the sessions of one date, e.g. {@code engine.schedule(study, ScheduleQuery.day(date))}
     */
    public List<HeatPlan> day(Study study, List<PlannedSession> day) {
        return day(study, day, (treadmill, options) -> options);
    }

    /**
     * As {@link #day(Study, List)}, with each treadmill's options adjusted first (e.g. by command-line flags).
     *
     * @param adjust given the treadmill and the study's options for it, the options to plan with
     */
    public List<HeatPlan> day(Study study, List<PlannedSession> day,
                              BiFunction<Treadmill, HeatOptions, HeatOptions> adjust) {
        List<HeatPlan> plans = new ArrayList<>();
        for (Treadmill t : study.treadmills()) {
            List<PlannedSession> on = sessionsOn(day, t);
            if (!on.isEmpty()) {
                plans.add(plan(study, on, t, adjust.apply(t, options(study, t))));
            }
        }
        return plans;
    }

    /** The study's options for one treadmill: its tolerance, order and seed with the treadmill's changeover. */
    public static HeatOptions options(Study study, Treadmill treadmill) {
        return HeatOptions.of(study.settings().heats(), treadmill);
    }

    /** The sessions of a day that run on a treadmill. */
    public static List<PlannedSession> sessionsOn(List<PlannedSession> day, Treadmill treadmill) {
        return day.stream().filter(s -> s.treadmill().equals(treadmill.name())).toList();
    }

    /**
     * The sessions planned on a treadmill (theirs or another, for a what-if) with the given options, plus a warning
     * for each speed of an animal in a heat that was clamped at the treadmill's limits (its prescription's warnings)
     * and one when the treadmill's incline is not the protocol's on that day.
     */
    public HeatPlan plan(Study study, List<PlannedSession> sessions, Treadmill treadmill, HeatOptions options) {
        HeatPlan plan = planner.plan(sessions, treadmill, options);
        if (sessions.isEmpty()) {
            return plan;
        }
        for (Heat heat : plan.heats()) {
            for (HeatRunner r : heat.runners()) {
                for (String w : r.session().prescription().warnings()) {
                    plan = plan.withWarning(r.animalId() + ": " + w);
                }
            }
        }
        BigDecimal wanted = study.protocolOn(sessions.get(0).date()).inclineDegrees();
        if (wanted.compareTo(treadmill.incline()) != 0) {
            plan = plan.withWarning("the protocol asks for an incline of " + Units.plain(wanted) + "°; treadmill "
                    + treadmill.name() + " is set to " + Units.plain(treadmill.incline()) + "°");
        }
        return plan;
    }
}
