package org.hiitplanner.export;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;

/**
 * The columns of a schedule export, in order; the CSV header and the JSON field names. A value is a
 * {@code String}, {@code LocalDate}, {@code Integer}, {@code BigDecimal}, a {@code List<String>} (warnings) or
 * null (no Vmax: no speeds, no distance).
 */
public enum ScheduleColumn {
    ANIMAL("animal", Kind.TEXT, PlannedSession::animalId),
    GROUP("group", Kind.TEXT, PlannedSession::group),
    TREADMILL("treadmill", Kind.TEXT, PlannedSession::treadmill),
    DATE("date", Kind.DATE, PlannedSession::date),
    WEEK("week", Kind.NUMBER, PlannedSession::week),
    SESSION("session", Kind.NUMBER, PlannedSession::number),
    VMAX("vmax", Kind.NUMBER, s -> s.vmax() == null ? null : s.vmax().vmax()),
    VMAX_TEST_DATE("vmax_test_date", Kind.DATE, s -> s.vmax() == null ? null : s.vmax().testDate()),
    WARMUP_SPEED("warmup_speed", Kind.NUMBER, s -> rx(s).warmUpSpeed()),
    HIGH_SPEED("high_speed", Kind.NUMBER, s -> rx(s).highSpeed()),
    LOW_SPEED("low_speed", Kind.NUMBER, s -> rx(s).lowSpeed()),
    COOLDOWN_SPEED("cooldown_speed", Kind.NUMBER, s -> rx(s).coolDownSpeed()),
    INTERVALS("intervals", Kind.NUMBER, s -> rx(s).intervals()),
    WARMUP_S("warmup_s", Kind.NUMBER, s -> rx(s).warmUpSeconds()),
    HIGH_S("high_s", Kind.NUMBER, s -> rx(s).highSeconds()),
    LOW_S("low_s", Kind.NUMBER, s -> rx(s).lowSeconds()),
    COOLDOWN_S("cooldown_s", Kind.NUMBER, s -> rx(s).coolDownSeconds()),
    TOTAL_S("total_s", Kind.NUMBER, s -> rx(s).totalSeconds()),
    DISTANCE_M("distance_m", Kind.NUMBER, s -> rx(s).distanceMetres()),
    WARNINGS("warnings", Kind.TEXT_LIST, s -> rx(s).warnings());

    /** What kind of value a column holds. */
    public enum Kind {
        /** A string (animal id, group, treadmill): neutralised in CSV. */
        TEXT,
        /** A LocalDate, written as yyyy-mm-dd. */
        DATE,
        /** An Integer or a BigDecimal. */
        NUMBER,
        /** A list of strings: joined with "; " in CSV, an array in JSON. */
        TEXT_LIST
    }

    private final String header;
    private final Kind kind;
    private final Function<PlannedSession, Object> getter;

    ScheduleColumn(String header, Kind kind, Function<PlannedSession, Object> getter) {
        this.header = header;
        this.kind = kind;
        this.getter = getter;
    }

    /** The column name, e.g. {@code high_speed}. */
    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** The value of this column for a session; null when empty (e.g. speeds of a session without Vmax). */
    public Object value(PlannedSession session) {
        return getter.apply(session);
    }

    /** Every column name in order. */
    public static List<String> headers() {
        return Arrays.stream(values()).map(ScheduleColumn::header).toList();
    }

    private static Prescription rx(PlannedSession s) {
        return s.prescription();
    }
}
