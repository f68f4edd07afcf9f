package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.RunOrdering.Seat;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * Plans the heats of one day on one treadmill: which animals run together ({@link HeatGrouping}: on a single belt
 * the fewest heats within tolerance, then the smallest largest deviation, then the least total), in which order
 * and lanes ({@link RunOrdering}), at which speeds (on a single belt one speed per phase, the rounded midpoint of the animals' own speeds) and when.
 * Sessions without speeds (no Vmax) are listed as not planned. A pure function of its arguments.
 */
public final class HeatPlanner {
    private static final int DAY_SECONDS = 24 * 3600;

    /**
     * The heats of one day.
     *
     * @param day       the sessions of one date (any treadmill: they are planned on {@code treadmill}); may be empty
     * @param treadmill lanes, belt type, speed steps and limits
     * @param options   tolerance, changeover, window, run order
     * @throws IllegalArgumentException when the sessions are of several dates or name an animal twice
     */
    public HeatPlan plan(List<PlannedSession> day, Treadmill treadmill, HeatOptions options) {
        Checks.list(day, "sessions");
        Checks.required(treadmill, "treadmill");
        Checks.required(options, "heat options");
        LocalDate date = commonDate(day);
        List<PlannedSession> plannable = new ArrayList<>();
        List<NotPlanned> notPlanned = new ArrayList<>();
        for (PlannedSession s : day) {
            if (s.prescription().hasSpeeds()) {
                plannable.add(s);
            } else {
                notPlanned.add(new NotPlanned(s, "no Vmax: no valid step test on or before this day, so no speeds"));
            }
        }
        BeltRule rule = BeltRule.of(treadmill);
        boolean single = treadmill.belt() == BeltType.SINGLE_BELT;
        List<List<PlannedSession>> groups = single
                ? HeatGrouping.singleBelt(plannable, treadmill.lanes(), rule, options.tolerance())
                : HeatGrouping.independentLanes(plannable, treadmill.lanes());
        int sessionNumber = day.isEmpty() ? 1 : day.get(0).number();
        List<List<Seat>> ordered = RunOrdering.arrange(groups, treadmill.lanes(), options, date, sessionNumber);
        List<Heat> heats = heats(ordered, single, rule, options);
        int total = heats.isEmpty() ? 0 : heats.get(heats.size() - 1).endSecond();
        List<String> warnings = new ArrayList<>(toleranceWarnings(heats, options.tolerance()));
        String overrun = overrun(options, total);
        if (overrun != null) {
            warnings.add(overrun);
        }
        return new HeatPlan(treadmill.name(), treadmill.belt(), treadmill.lanes(), date, options.firstStart(), heats,
                notPlanned, total, overrun == null, warnings, options);
    }

    /** The same day planned under each scenario (other lanes, tolerance or treadmill), in the scenarios' order. */
    public List<ScenarioResult> compare(List<PlannedSession> day, List<Scenario> scenarios) {
        Checks.list(scenarios, "scenarios");
        return scenarios.stream().map(s -> new ScenarioResult(s, plan(day, s.treadmill(), s.options()))).toList();
    }

    private static LocalDate commonDate(List<PlannedSession> day) {
        Set<String> animals = new HashSet<>();
        for (PlannedSession s : day) {
            if (!animals.add(s.animalId())) {
                throw new IllegalArgumentException("animal " + s.animalId() + " has two sessions on " + s.date());
            }
        }
        Set<LocalDate> dates = day.stream().map(PlannedSession::date).collect(Collectors.toCollection(HashSet::new));
        if (dates.size() > 1) {
            throw new IllegalArgumentException("heats are planned for one day at a time; the sessions are of "
                    + dates.size() + " days");
        }
        return day.isEmpty() ? null : day.get(0).date();
    }

    private static List<Heat> heats(List<List<Seat>> ordered, boolean single, BeltRule rule, HeatOptions options) {
        List<Heat> heats = new ArrayList<>(ordered.size());
        int startSecond = 0;
        for (List<Seat> seats : ordered) {
            int duration = seats.stream().mapToInt(s -> s.session().prescription().totalSeconds()).max().orElse(0);
            PhaseSpeeds belt = single ? beltSpeeds(seats, rule) : null;
            List<HeatRunner> runners = new ArrayList<>(seats.size());
            for (Seat seat : seats) {
                PhaseSpeeds own = PhaseSpeeds.of(seat.session().prescription());
                PhaseSpeeds run = belt != null ? belt : own.combine(own, rule::speed);
                runners.add(new HeatRunner(seat.lane(), seat.session(), run, run.minus(own)));
            }
            heats.add(new Heat(heats.size() + 1, options.firstStart().plusSeconds(startSecond), startSecond, duration,
                    belt, runners, single ? lengthWarnings(seats) : List.of()));
            startSecond += duration + options.changeoverSeconds();
        }
        return heats;
    }

    /** Per phase, the rounded midpoint of the slowest and the fastest own speed. */
    private static PhaseSpeeds beltSpeeds(List<Seat> seats, BeltRule rule) {
        PhaseSpeeds lo = null;
        PhaseSpeeds hi = null;
        for (Seat seat : seats) {
            PhaseSpeeds own = PhaseSpeeds.of(seat.session().prescription());
            lo = lo == null ? own : lo.combine(own, BigDecimal::min);
            hi = hi == null ? own : hi.combine(own, BigDecimal::max);
        }
        return lo.combine(hi, rule::speed);
    }

    private static List<String> lengthWarnings(List<Seat> seats) {
        Set<String> shapes = new HashSet<>();
        for (Seat s : seats) {
            Prescription p = s.session().prescription();
            shapes.add(p.intervals() + "/" + p.highSeconds() + "/" + p.lowSeconds() + "/" + p.warmUpSeconds() + "/"
                    + p.coolDownSeconds());
        }
        if (shapes.size() <= 1) {
            return List.of();
        }
        return List.of("the animals' sessions differ in intervals or phase lengths; the belt follows the longest "
                + "session, so take each animal off after its own last phase");
    }

    /** Animals that still differ from their own high speed by more than the tolerance: alone, or on lanes. */
    private static List<String> toleranceWarnings(List<Heat> heats, Tolerance tolerance) {
        List<String> warnings = new ArrayList<>();
        for (Heat heat : heats) {
            for (HeatRunner r : heat.runners()) {
                BigDecimal own = r.own().high();
                BigDecimal off = r.deviation().high().abs();
                if (off.compareTo(tolerance.allowedFor(own)) > 0) {
                    warnings.add(r.animalId() + " runs " + r.run().high().toPlainString() + " m/min, "
                            + off.toPlainString() + " m/min from its own high speed of " + own.toPlainString()
                            + " (tolerance " + tolerance.label() + "): the treadmill's speed steps or limits");
                }
            }
        }
        return warnings;
    }

    /** Why the day does not fit, or null when it does. */
    private static String overrun(HeatOptions options, int totalSeconds) {
        int start = options.firstStart().toSecondOfDay();
        String need = "the heats need " + minutes(totalSeconds) + " from " + options.firstStart();
        if (options.dayWindow().isPresent()) {
            DayWindow w = options.window();
            int over = totalSeconds - w.seconds();
            return over <= 0 ? null : need + ", past the end of the day window at " + w.end() + " by "
                    + minutes(over);
        }
        return start + totalSeconds <= DAY_SECONDS ? null : need + " and run past midnight";
    }

    /** "95 min" or "95.5 min". */
    static String minutes(int seconds) {
        return Units.decimalMinutes(seconds);
    }
}
