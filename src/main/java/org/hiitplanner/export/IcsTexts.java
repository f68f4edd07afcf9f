package org.hiitplanner.export;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.study.Study;

/**
 * The words of the calendar events (English, like the domain's messages). A blinded study shows animal ids
 * without their groups, since a lab calendar is read by the people who must stay blind.
 */
final class IcsTexts {
    static final String DASH = " \u2014 ";
    private static final String MPM = " m/min";

    private final boolean blinded;

    IcsTexts(Study study) {
        this.blinded = study.settings().blinded();
    }

    /** "R15 HIIT", or "R15" when blinded. */
    String animal(String id, String group) {
        return blinded || group == null || group.isEmpty() ? id : id + " " + group;
    }

    /**
     * "R15 HIIT — week 2, heat 4 lane 2, 5 × 30.0 m/min" with the high speed its lane runs, or "… — week 2, 5 × 30.1
     * m/min" (own speed) outside a heat, or "… — week 2, no Vmax".
     *
     * @param heat   the animal's heat; null when it is in none
     * @param runner the animal in its heat; null when it is in none
     */
    String sessionSummary(PlannedSession s, Heat heat, HeatRunner runner) {
        String who = animal(s.animalId(), s.group()) + DASH + "week " + s.week() + ", ";
        if (runner == null) {
            return who + highPart(s.prescription());
        }
        return who + "heat " + heat.number() + " lane " + runner.lane() + ", " + s.prescription().intervals()
                + " \u00D7 " + speed(runner.run().high()) + MPM;
    }

    private static String highPart(Prescription p) {
        return p.hasSpeeds() ? p.intervals() + " \u00D7 " + speed(p.highSpeed()) + MPM : "no Vmax";
    }

    /**
     * Every speed and duration of one animal's session, one item per line; in a heat first what its lane runs.
     *
     * @param heat   the animal's heat; null when it is in none
     * @param runner the animal in its heat; null when it is in none
     */
    String sessionDescription(PlannedSession s, int sessions, BigDecimal incline, Heat heat, HeatRunner runner) {
        Prescription p = s.prescription();
        StringBuilder b = new StringBuilder();
        b.append("Session ").append(s.number()).append(" of ").append(sessions).append(", week ").append(s.week())
                .append(", treadmill ").append(s.treadmill()).append(".\n");
        if (runner != null) {
            b.append(laneLine(heat, runner)).append('\n');
        }
        if (s.vmax() != null) {
            b.append("Vmax ").append(Units.vmax(s.vmax().vmax())).append(MPM).append(" (step test of ")
                    .append(s.vmax().testDate()).append(").\n");
            b.append("Warm-up: ").append(p.warmUpSeconds()).append(" s at ").append(speed(p.warmUpSpeed()))
                    .append(MPM).append("\n");
            b.append(p.intervals()).append(" intervals: ").append(p.highSeconds()).append(" s at ")
                    .append(speed(p.highSpeed())).append(MPM).append(", then ").append(p.lowSeconds())
                    .append(" s at ").append(speed(p.lowSpeed())).append(MPM).append("\n");
            b.append("Cool-down: ").append(p.coolDownSeconds()).append(" s at ").append(speed(p.coolDownSpeed()))
                    .append(MPM).append("\n");
            b.append("Total: ").append(duration(p.totalSeconds())).append(", ")
                    .append(p.distanceMetres().toPlainString()).append(" m.");
        } else {
            b.append(p.intervals()).append(" intervals of ").append(p.highSeconds()).append(" s + ")
                    .append(p.lowSeconds()).append(" s; total ").append(duration(p.totalSeconds())).append('.');
        }
        appendIncline(b, incline);
        appendWarnings(b, p.warnings());
        return b.toString();
    }

    /** "Exer-3 rat — week 2, 14 animals". */
    String treadmillSummary(String treadmill, int week, int animals) {
        return treadmill + DASH + "week " + week + ", " + count(animals, "animal");
    }

    /** The day's heats on a treadmill, the first starting at {@code firstStart}, and each animal's speeds. */
    String treadmillDescription(PlannedSession first, HeatPlan plan, LocalTime firstStart, BigDecimal incline) {
        StringBuilder b = new StringBuilder();
        b.append("Session ").append(first.number()).append(", week ").append(first.week()).append(". ")
                .append(duration(plan.totalSeconds())).append(": ").append(count(plan.heatCount(), "heat"))
                .append(" of up to ").append(count(plan.lanes(), "animal")).append(", ")
                .append(duration(plan.options().changeoverSeconds())).append(" between heats.");
        for (Heat h : plan.heats()) {
            LocalTime start = firstStart.plusSeconds(h.startSecond());
            b.append("\nHeat ").append(h.number()).append(", ").append(start).append("\u2013")
                    .append(start.plusSeconds(h.durationSeconds()))
                    .append(h.beltSpeeds().map(v -> ", belt high " + speed(v.high()) + MPM).orElse("")).append(':');
            h.runners().forEach(r -> b.append("\n").append(animalLine(r.session())));
        }
        plan.notPlanned().forEach(n -> b.append("\n").append(animalLine(n.session())));
        appendIncline(b, incline);
        return b.toString();
    }

    private String animalLine(PlannedSession s) {
        Prescription p = s.prescription();
        String who = animal(s.animalId(), s.group()) + ": ";
        if (!p.hasSpeeds()) {
            return who + "no Vmax (no valid step test on or before this day)";
        }
        String line = who + p.intervals() + " \u00D7 " + p.highSeconds() + " s at " + speed(p.highSpeed())
                + ", low " + p.lowSeconds() + " s at " + speed(p.lowSpeed()) + ", warm-up " + p.warmUpSeconds()
                + " s at " + speed(p.warmUpSpeed()) + ", cool-down " + p.coolDownSeconds() + " s at "
                + speed(p.coolDownSpeed()) + MPM;
        return p.warnings().isEmpty() ? line : line + " (" + String.join("; ", p.warnings()) + ")";
    }

    /** "Step test — baseline, 28 animals", or "Exer-3 rat — step test, week 2, 28 animals" per treadmill. */
    String testSummary(String treadmill, String when, int animals) {
        String what = when + ", " + count(animals, "animal");
        return treadmill == null ? "Step test" + DASH + what : treadmill + DASH + "step test, " + what;
    }

    /** The step-test protocol and the animals to test. */
    String testDescription(StepTestProtocol protocol, List<Animal> animals) {
        StringBuilder b = new StringBuilder("Incremental step test: start ").append(speed(protocol.startSpeed()))
                .append(MPM).append(", +").append(speed(protocol.increment())).append(MPM).append(" every ")
                .append(protocol.stageSeconds()).append(" s, until exhaustion.");
        appendIncline(b, protocol.inclineDegrees());
        b.append("\nAnimals: ").append(animals.stream().map(a -> animal(a.id(), a.group()))
                .collect(Collectors.joining(", "))).append('.');
        return b.toString();
    }

    /** "Heat 4, lane 2: the belt runs 31.6 m/min in the high phase (own 31.9, −0.3); warm-up …" or own speeds. */
    private static String laneLine(Heat heat, HeatRunner r) {
        String where = "Heat " + heat.number() + ", lane " + r.lane();
        if (r.deviation().isZero()) {
            return where + ": its own speeds.";
        }
        PhaseSpeeds run = r.run();
        return where + ": the belt runs " + speed(run.high()) + MPM + " in the high phase (own "
                + speed(r.own().high()) + ", " + Units.signed(r.deviation().high()) + "); warm-up "
                + speed(run.warmUp()) + ", low " + speed(run.low()) + ", cool-down " + speed(run.coolDown()) + MPM
                + ".";
    }

    private static void appendIncline(StringBuilder b, BigDecimal incline) {
        if (incline != null && incline.signum() != 0) {
            b.append("\nIncline ").append(speed(incline)).append("\u00B0.");
        }
    }

    private static void appendWarnings(StringBuilder b, List<String> warnings) {
        for (String w : warnings) {
            b.append("\nWarning: ").append(w);
        }
    }

    static String speed(BigDecimal value) {
        return value == null ? "—" : Units.speed(value);
    }

    /** "25 min", "2 h 5 min", "25 min 30 s". */
    static String duration(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append(" h");
        }
        if (m > 0 || (h == 0 && s == 0)) {
            b.append(b.length() > 0 ? " " : "").append(m).append(" min");
        }
        if (s > 0) {
            b.append(b.length() > 0 ? " " : "").append(s).append(" s");
        }
        return b.toString();
    }

    static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
