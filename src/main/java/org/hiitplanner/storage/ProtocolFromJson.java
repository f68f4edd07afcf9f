package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedMode;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.storage.StudyJson.PhaseJson;
import org.hiitplanner.storage.StudyJson.ProtocolJson;
import org.hiitplanner.storage.StudyJson.ProtocolVersionJson;
import org.hiitplanner.storage.StudyJson.ResultJson;
import org.hiitplanner.storage.StudyJson.SpeedJson;
import org.hiitplanner.storage.StudyJson.StepTestJson;
import org.hiitplanner.storage.StudyJson.StepTestVersionJson;
import org.hiitplanner.storage.StudyJson.WeekJson;

/** Maps the training protocol, the step-test protocol and the step-test results of a document to the domain. */
final class ProtocolFromJson {
    private final Problems problems;

    ProtocolFromJson(Problems problems) {
        this.problems = problems;
    }

    Protocol protocol(ProtocolJson d, String path) {
        Integer high = problems.required(d.highSeconds(), path, "highSeconds");
        Integer low = problems.required(d.lowSeconds(), path, "lowSeconds");
        SpeedSetting lowSpeed = problems.object(d.lowSpeed(), path, "lowSpeed", this::speed);
        Phase warmUp = problems.object(d.warmUp(), path, "warmUp", this::phase);
        Phase coolDown = problems.object(d.coolDown(), path, "coolDown", this::phase);
        BigDecimal incline = problems.decimal(d.inclineDegrees(), path, "inclineDegrees");
        List<ProtocolWeek> weeks = problems.each(d.weeks(), path, "weeks", true, this::week);
        if (high == null || low == null || lowSpeed == null || warmUp == null || coolDown == null
                || incline == null || weeks == null) {
            return null;
        }
        return problems.attempt(path, () -> new Protocol(weeks, high, low, lowSpeed, warmUp, coolDown, incline,
                d.note()));
    }

    ProtocolVersion version(ProtocolVersionJson d, String path) {
        LocalDate from = problems.required(d.effectiveFrom(), path, "effectiveFrom");
        String reason = problems.required(d.reason(), path, "reason");
        Protocol protocol = problems.object(d.protocol(), path, "protocol", this::protocol);
        if (from == null || reason == null || protocol == null) {
            return null;
        }
        return problems.attempt(path, () -> new ProtocolVersion(from, protocol, reason));
    }

    StepTestProtocol stepTest(StepTestJson d, String path) {
        BigDecimal start = problems.decimal(d.startSpeed(), path, "startSpeed");
        BigDecimal increment = problems.decimal(d.increment(), path, "increment");
        Integer stage = problems.required(d.stageSeconds(), path, "stageSeconds");
        BigDecimal incline = problems.decimal(d.inclineDegrees(), path, "inclineDegrees");
        List<LocalDate> days = problems.each(d.plannedDays(), path, "plannedDays", false, (day, p) -> day);
        if (start == null || increment == null || stage == null || incline == null || days == null) {
            return null;
        }
        problems.warnDuplicates(days, JsonPaths.field(path, "plannedDays"), "Planned test day");
        return problems.attempt(path, () -> new StepTestProtocol(start, increment, stage, incline, days));
    }

    /** The later step-test versions of {@code stepTest.versions}, checked for date order at their path. */
    List<StepTestProtocolVersion> stepTestVersions(StepTestJson d, String path) {
        List<StepTestProtocolVersion> versions = problems.each(d.versions(), path, "versions", false,
                this::stepTestVersion);
        if (versions == null) {
            return null;
        }
        String at = JsonPaths.field(path, "versions");
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                problems.error(JsonPaths.field(JsonPaths.index(at, i), "effectiveFrom"), "step-test protocol versions"
                        + " must be in date order with different dates (" + versions.get(i).effectiveFrom()
                        + " follows " + versions.get(i - 1).effectiveFrom() + ")");
                return null;
            }
        }
        return versions;
    }

    private StepTestProtocolVersion stepTestVersion(StepTestVersionJson d, String path) {
        LocalDate from = problems.required(d.effectiveFrom(), path, "effectiveFrom");
        String reason = problems.required(d.reason(), path, "reason");
        BigDecimal start = problems.decimal(d.startSpeed(), path, "startSpeed");
        BigDecimal increment = problems.decimal(d.increment(), path, "increment");
        Integer stage = problems.required(d.stageSeconds(), path, "stageSeconds");
        BigDecimal incline = problems.decimal(d.inclineDegrees(), path, "inclineDegrees");
        if (from == null || reason == null || start == null || increment == null || stage == null
                || incline == null) {
            return null;
        }
        return problems.attempt(path, () -> new StepTestProtocolVersion(from,
                new StepTestProtocol(start, increment, stage, incline, List.of()), reason));
    }

    StepTestResult result(ResultJson r, String path) {
        String animal = problems.required(r.animal(), path, "animal");
        LocalDate date = problems.required(r.date(), path, "date");
        Boolean valid = problems.required(r.valid(), path, "valid");
        Measurement measurement = measurement(r, path);
        if (animal == null || date == null || valid == null || measurement == null) {
            return null;
        }
        return problems.attempt(path, () -> new StepTestResult(animal, date, measurement, r.operator(), valid,
                r.note()));
    }

    /** Exactly one of: totalSeconds; stages and seconds; vmax. */
    private Measurement measurement(ResultJson r, String path) {
        List<String> forms = new ArrayList<>();
        if (r.totalSeconds() != null) {
            forms.add("totalSeconds");
        }
        if (r.stages() != null || r.seconds() != null) {
            forms.add("stages and seconds");
        }
        if (r.vmax() != null) {
            forms.add("vmax");
        }
        if (forms.size() != 1) {
            if (!(forms.isEmpty() && anyReported(path, "totalSeconds", "stages", "seconds", "vmax"))) {
                problems.error(path, "give exactly one measurement: totalSeconds, or stages and seconds, or vmax ("
                        + (forms.isEmpty() ? "none is given" : "found " + String.join(" and ", forms)) + ")");
            }
            return null;
        }
        if (r.totalSeconds() != null) {
            return problems.attempt(path, () -> new Measurement.TotalTime(r.totalSeconds()));
        }
        if (r.vmax() != null) {
            BigDecimal vmax = problems.decimal(r.vmax(), path, "vmax");
            return problems.attempt(path, () -> new Measurement.DirectVmax(vmax));
        }
        Integer stages = problems.required(r.stages(), path, "stages");
        Integer seconds = problems.required(r.seconds(), path, "seconds");
        if (stages == null || seconds == null) {
            return null;
        }
        return problems.attempt(path, () -> new Measurement.Stages(stages, seconds));
    }

    private boolean anyReported(String path, String... fields) {
        for (String field : fields) {
            if (problems.reported(JsonPaths.field(path, field))) {
                return true;
            }
        }
        return false;
    }

    private SpeedSetting speed(SpeedJson s, String path) {
        SpeedMode mode = problems.required(s.mode(), path, "mode");
        BigDecimal value = problems.decimal(s.value(), path, "value");
        if (mode == null || value == null) {
            return null;
        }
        return problems.attempt(path, () -> new SpeedSetting(mode, value));
    }

    private Phase phase(PhaseJson p, String path) {
        Integer seconds = problems.required(p.seconds(), path, "seconds");
        SpeedSetting speed = problems.object(p.speed(), path, "speed", this::speed);
        if (seconds == null || speed == null) {
            return null;
        }
        return problems.attempt(path, () -> new Phase(seconds, speed));
    }

    private ProtocolWeek week(WeekJson w, String path) {
        Integer intervals = problems.required(w.intervals(), path, "intervals");
        BigDecimal percent = problems.decimal(w.highPercent(), path, "highPercent");
        if (intervals == null || percent == null) {
            return null;
        }
        return problems.attempt(path, () -> new ProtocolWeek(intervals, percent));
    }
}
