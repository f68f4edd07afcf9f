package org.hiitplanner.domain.study;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The canonical form of a study's content, fed into a digest field by field; it never uses a class's
 * {@code toString()}. Every value is one field: a marker byte (0 for "none", 1 for a value), the length of its
 * UTF-8 bytes as 4 bytes big-endian, then the bytes. Texts are as they are; numbers are their plain decimal value
 * without trailing zeros ("80", "35.48"); dates and times ISO-8601 ({@code 2026-11-16}, {@code 08:00},
 * {@code 2026-11-16T10:00:00.123456Z}); enums their constant's name; booleans "true"/"false". A list is its size,
 * then each element. The fields of each kind of value, in this order:
 * <ul>
 * <li>info: title, species, strain, sex, investigator; start date: the date</li>
 * <li>group: name, trains, tested; animal: id, group, sex, birth date, exclusion date, exclusion reason,
 *     treadmill</li>
 * <li>protocol: weeks (each: intervals, high percent), high s, low s, low speed, warm-up (s, speed), cool-down
 *     (s, speed), incline, note; a speed is mode and value. The protocol section: the first protocol, then the
 *     versions (each: effective from, protocol, reason)</li>
 * <li>step-test protocol: start speed, increment, stage s, incline, planned days; the section: the first protocol,
 *     then the versions (each: effective from, protocol, reason)</li>
 * <li>step-test result: animal, date, measurement (kind "total", "stages" or "vmax", then its numbers), operator,
 *     valid, note</li>
 * <li>treadmill: name, lanes, belt, min, max, resolution, incline, changeover min, window start, window end</li>
 * <li>calendar: training days (in week order), skip dates (in date order)</li>
 * <li>settings: blinded, green %, yellow %, the four protocol limits, stimulus limit, weight-loss %, tolerance
 *     kind and value, run order, seed</li>
 * <li>session record: animal, date, session number, status, intervals, stimuli, s on grid, body weight, notes,
 *     excuse, operator, recorded at; welfare clearance: animal, covers through, cleared by, cleared at, reason</li>
 * </ul>
 */
final class CanonicalForm {
    private final MessageDigest digest;

    CanonicalForm(MessageDigest digest) {
        this.digest = digest;
    }

    CanonicalForm text(String value) {
        if (value == null) {
            digest.update((byte) 0);
            digest.update(new byte[4]);
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
        return this;
    }

    CanonicalForm number(BigDecimal value) {
        return text(value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString());
    }

    CanonicalForm number(long value) {
        return text(Long.toString(value));
    }

    CanonicalForm flag(boolean value) {
        return text(Boolean.toString(value));
    }

    CanonicalForm value(Object value) {
        return text(value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString());
    }

    CanonicalForm info(StudyInfo i) {
        return text(i.title()).text(i.species()).text(i.strain()).value(i.sex()).text(i.investigator());
    }

    CanonicalForm group(Group g) {
        return text(g.name()).flag(g.trains()).flag(g.tested());
    }

    CanonicalForm animal(Animal a) {
        return text(a.id()).text(a.group()).value(a.sex()).value(a.birthDate())
                .value(a.exclusion() == null ? null : a.exclusion().from())
                .text(a.exclusion() == null ? null : a.exclusion().reason()).text(a.treadmill());
    }

    CanonicalForm protocols(Protocol first, List<ProtocolVersion> versions) {
        protocol(first).number(versions.size());
        for (ProtocolVersion v : versions) {
            value(v.effectiveFrom()).protocol(v.protocol()).text(v.reason());
        }
        return this;
    }

    private CanonicalForm protocol(Protocol p) {
        number(p.weeks().size());
        for (ProtocolWeek w : p.weeks()) {
            number(w.intervals()).number(w.highPercent());
        }
        number(p.highSeconds()).number(p.lowSeconds()).speed(p.lowSpeed()).phase(p.warmUp()).phase(p.coolDown());
        return number(p.inclineDegrees()).text(p.note());
    }

    private CanonicalForm phase(Phase p) {
        return number(p.seconds()).speed(p.speed());
    }

    private CanonicalForm speed(SpeedSetting s) {
        return value(s.mode()).number(s.value());
    }

    CanonicalForm stepTests(StepTestProtocol first, List<StepTestProtocolVersion> versions) {
        stepTest(first).number(versions.size());
        for (StepTestProtocolVersion v : versions) {
            value(v.effectiveFrom()).stepTest(v.protocol()).text(v.reason());
        }
        return this;
    }

    private CanonicalForm stepTest(StepTestProtocol p) {
        number(p.startSpeed()).number(p.increment()).number(p.stageSeconds()).number(p.inclineDegrees());
        number(p.plannedDays().size());
        for (LocalDate d : p.plannedDays()) {
            value(d);
        }
        return this;
    }

    CanonicalForm result(StepTestResult r) {
        text(r.animalId()).value(r.date());
        Measurement m = r.measurement();
        if (m instanceof Measurement.TotalTime t) {
            text("total").number(t.seconds());
        } else if (m instanceof Measurement.Stages s) {
            text("stages").number(s.completed()).number(s.seconds());
        } else if (m instanceof Measurement.DirectVmax v) {
            text("vmax").number(v.value());
        } else {
            text(null);
        }
        return text(r.operator()).flag(r.valid()).text(r.note());
    }

    CanonicalForm treadmill(Treadmill t) {
        text(t.name()).number(t.lanes()).value(t.belt()).number(t.minSpeed()).number(t.maxSpeed())
                .number(t.resolution()).number(t.incline()).number(t.changeoverMinutes());
        return value(t.window() == null ? null : t.window().start()).value(t.window() == null ? null
                : t.window().end());
    }

    CanonicalForm calendar(TrainingCalendar c) {
        List<DayOfWeek> days = c.trainingDays().stream().sorted().toList();
        number(days.size());
        days.forEach(this::value);
        number(c.skipDates().size());
        c.skipDates().forEach(this::value);
        return this;
    }

    CanonicalForm settings(StudySettings s) {
        flag(s.blinded()).number(s.greenPercent()).number(s.yellowPercent());
        ProtocolLimits l = s.protocolLimits();
        number(l.usualMinIntervals()).number(l.usualMaxIntervals()).number(l.usualMinPercent())
                .number(l.usualMaxPercent());
        number(s.welfare().stimulusLimit()).number(s.welfare().weightLossEndpointPercent());
        HeatSettings h = s.heats();
        return value(h.tolerance().kind()).number(h.tolerance().value()).value(h.order()).number(h.seed());
    }

    CanonicalForm record(SessionRecord r) {
        text(r.animalId()).value(r.date()).number(r.sessionNumber()).value(r.status()).number(r.intervalsCompleted())
                .number(r.stimuli()).number(r.secondsOnGrid()).number(r.bodyWeightGrams());
        return text(r.notes()).text(r.excuseReason()).text(r.operator()).value(r.recordedAt());
    }

    CanonicalForm clearance(WelfareClearance c) {
        return text(c.animalId()).value(c.coversThrough()).text(c.clearedBy()).value(c.clearedAt()).text(c.reason());
    }
}
