package org.hiitplanner.cli;

import org.hiitplanner.domain.treadmill.Tolerance;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.NotPlanned;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.treadmill.BeltType;

/** The heats of a day as text for the terminal: per treadmill, each heat with its start, lanes and speeds. */
final class HeatsText {
    private static final String[] HEADER = {"lane", "animal", "group", "own high", "runs high", "deviation"};

    private HeatsText() {
    }

    static void write(PrintWriter out, LocalDate date, PlannedSession first, HeatOptions options,
                      List<HeatPlan> plans) {
        out.printf("Heats on %s %s (session %d, week %d)%n",
                date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), date, first.number(),
                first.week());
        out.printf("Tolerance %s; order %s%n", options.tolerance().label(), order(options));
        for (HeatPlan plan : plans) {
            out.println();
            writePlan(out, plan);
        }
    }

    private static String order(HeatOptions options) {
        return options.order() == RunOrder.SEEDED_RANDOM ? "random (seed " + options.seed() + ")"
                : "counterbalanced";
    }

    private static void writePlan(PrintWriter out, HeatPlan plan) {
        boolean single = plan.belt() == BeltType.SINGLE_BELT;
        HeatOptions o = plan.options();
        out.printf("%s: %d lanes, %s; changeover %s%s.%n", plan.treadmill(), plan.lanes(),
                single ? "one belt" : "independent lanes", minutes(o.changeoverSeconds()),
                o.dayWindow().map(w -> "; day window " + w.start() + "-" + w.end()).orElse(""));
        out.printf("%d %s, %s-%s (%s). Largest deviation %s m/min.%n", plan.heatCount(),
                plan.heatCount() == 1 ? "heat" : "heats", plan.firstStart(), plan.end(),
                minutes(plan.totalSeconds()), plan.maxDeviation().toPlainString());
        for (Heat heat : plan.heats()) {
            out.println();
            out.printf("Heat %d  %s-%s  %s%n", heat.number(), heat.start(), heat.end(),
                    heat.beltSpeeds().map(HeatsText::belt).orElse("each lane at its animal's own speeds"));
            table(out, heat);
            heat.warnings().forEach(w -> out.println("  Note: " + w));
        }
        if (!plan.notPlanned().isEmpty()) {
            out.println();
            for (NotPlanned n : plan.notPlanned()) {
                out.println("Not planned: " + n.animalId() + " (" + n.reason() + ")");
            }
        }
        plan.warnings().forEach(w -> out.println("Warning: " + w));
    }

    private static String belt(PhaseSpeeds s) {
        return "belt m/min: warm-up " + s.warmUp().toPlainString() + ", high " + s.high().toPlainString() + ", low "
                + s.low().toPlainString() + ", cool-down " + s.coolDown().toPlainString();
    }

    private static void table(PrintWriter out, Heat heat) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (HeatRunner r : heat.runners()) {
            rows.add(new String[] {Integer.toString(r.lane()), r.animalId(), r.session().group(),
                r.own().high().toPlainString(), r.run().high().toPlainString(), signed(r.deviation().high())});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                boolean number = i == 0 || i >= 3;
                String pad = " ".repeat(width[i] - row[i].length());
                line.append("  ").append(number ? pad + row[i] : row[i] + pad);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** "+0.5", "-0.4", "0.0". */
    static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }

    private static String minutes(int seconds) {
        return Units.minutes(seconds);
    }
}
