package org.hiitplanner.app;

import org.hiitplanner.domain.study.StudySettings;

import java.math.BigDecimal;
import java.util.stream.Collectors;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.session.WelfareLimits;

/** The old and new values of the audit trail, as short readable texts. */
final class ChangeTexts {
    private ChangeTexts() {
    }

    static String group(Group g) {
        return (g.trains() ? "trains" : "does not train") + ", " + (g.tested() ? "tested" : "not tested");
    }

    static String animal(Animal a) {
        StringBuilder b = new StringBuilder("group ").append(a.group()).append(", ")
                .append(a.sex().name().toLowerCase());
        a.birth().ifPresent(d -> b.append(", born ").append(d));
        if (!a.treadmill().isEmpty()) {
            b.append(", treadmill ").append(a.treadmill());
        }
        a.excluded().ifPresentOrElse(e -> b.append(", excluded from ").append(e.from()).append(": ")
                .append(e.reason()), () -> b.append(", active"));
        return b.toString();
    }

    static String week(ProtocolWeek w) {
        return w.intervals() + " intervals at " + Units.plain(w.highPercent()) + " % Vmax";
    }

    static String phases(Protocol p) {
        return "high " + p.highSeconds() + " s, low " + p.lowSeconds() + " s at " + p.lowSpeed().describe();
    }

    static String phase(Phase p) {
        return p.seconds() + " s at " + p.speed().describe();
    }

    static String stepTestProtocol(StepTestProtocol t) {
        return "start " + Units.plain(t.startSpeed()) + " m/min, +" + Units.plain(t.increment()) + " m/min every "
                + t.stageSeconds() + " s, incline " + Units.plain(t.inclineDegrees()) + "°";
    }

    static String result(StepTestResult r) {
        return measurement(r.measurement()) + (r.valid() ? "" : ", not valid")
                + (r.operator().isEmpty() ? "" : ", by " + r.operator()) + (r.note().isEmpty() ? "" : ", " + r.note());
    }

    private static String measurement(Measurement m) {
        if (m instanceof Measurement.TotalTime t) {
            return "total " + t.seconds() + " s";
        }
        if (m instanceof Measurement.Stages s) {
            return s.completed() + " stages + " + s.seconds() + " s";
        }
        return "Vmax " + Units.plain(((Measurement.DirectVmax) m).value()) + " m/min";
    }

    static String record(SessionRecord r) {
        StringBuilder b = new StringBuilder(r.status().name().toLowerCase()).append(", ")
                .append(r.intervalsCompleted()).append(" intervals, ").append(r.stimuli()).append(" stimuli, ")
                .append(r.secondsOnGrid()).append(" s on grid");
        r.bodyWeight().ifPresent(w -> b.append(", ").append(Units.plain(w)).append(" g"));
        append(b, "excused: ", r.excuseReason());
        append(b, "notes: ", r.notes());
        append(b, "by ", r.operator());
        return b.toString();
    }

    private static void append(StringBuilder b, String label, String text) {
        if (!text.isEmpty()) {
            b.append(", ").append(label).append(text);
        }
    }

    static String treadmill(Treadmill t) {
        return t.lanes() + " lanes, " + t.belt().name().toLowerCase().replace('_', ' ') + ", "
                + Units.plain(t.minSpeed()) + "–" + Units.plain(t.maxSpeed()) + " m/min in steps of "
                + Units.plain(t.resolution()) + ", incline " + Units.plain(t.incline()) + "°, "
                + t.changeoverMinutes() + " min changeover" + t.dayWindow().map(w -> ", " + w.start() + "–" + w.end())
                .orElse("");
    }

    static String calendar(TrainingCalendar c) {
        return c.trainingDays().stream().sorted().map(d -> d.name().substring(0, 3).toLowerCase())
                .collect(Collectors.joining(" ")) + "; skip " + (c.skipDates().isEmpty() ? "none"
                : c.skipDates().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    static String bands(StudySettings s) {
        return "green ≥ " + Units.plain(s.greenPercent()) + " %, yellow ≥ " + Units.plain(s.yellowPercent()) + " %";
    }

    static String limits(ProtocolLimits l) {
        return "usual " + l.usualMinIntervals() + "–" + l.usualMaxIntervals() + " intervals at "
                + Units.plain(l.usualMinPercent()) + "–" + Units.plain(l.usualMaxPercent()) + " % Vmax";
    }

    static String welfare(WelfareLimits w) {
        return "at most " + w.stimulusLimit() + " stimuli per session, weight-loss endpoint "
                + Units.plain(w.weightLossEndpointPercent()) + " %";
    }

    static String heats(HeatSettings h) {
        String order = h.order() == RunOrder.SEEDED_RANDOM ? "random order" : "counterbalanced order";
        return "tolerance " + h.tolerance().label() + ", " + order + ", seed " + h.seed();
    }

    static String number(BigDecimal value) {
        return Units.plain(value);
    }
}
