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
    ANIMAL("animal", ColumnKind.TEXT, PlannedSession::animalId),
    GROUP("group", ColumnKind.TEXT, PlannedSession::group),
    TREADMILL("treadmill", ColumnKind.TEXT, PlannedSession::treadmill),
    DATE("date", ColumnKind.DATE, PlannedSession::date),
    WEEK("week", ColumnKind.NUMBER, PlannedSession::week),
    SESSION("session", ColumnKind.NUMBER, PlannedSession::number),
    VMAX("vmax", ColumnKind.NUMBER, s -> s.vmax() == null ? null : s.vmax().vmax()),
    VMAX_TEST_DATE("vmax_test_date", ColumnKind.DATE, s -> s.vmax() == null ? null : s.vmax().testDate()),
    WARMUP_SPEED("warmup_speed", ColumnKind.NUMBER, s -> rx(s).warmUpSpeed()),
    HIGH_SPEED("high_speed", ColumnKind.NUMBER, s -> rx(s).highSpeed()),
    LOW_SPEED("low_speed", ColumnKind.NUMBER, s -> rx(s).lowSpeed()),
    COOLDOWN_SPEED("cooldown_speed", ColumnKind.NUMBER, s -> rx(s).coolDownSpeed()),
    INTERVALS("intervals", ColumnKind.NUMBER, s -> rx(s).intervals()),
    WARMUP_S("warmup_s", ColumnKind.NUMBER, s -> rx(s).warmUpSeconds()),
    HIGH_S("high_s", ColumnKind.NUMBER, s -> rx(s).highSeconds()),
    LOW_S("low_s", ColumnKind.NUMBER, s -> rx(s).lowSeconds()),
    COOLDOWN_S("cooldown_s", ColumnKind.NUMBER, s -> rx(s).coolDownSeconds()),
    TOTAL_S("total_s", ColumnKind.NUMBER, s -> rx(s).totalSeconds()),
    DISTANCE_M("distance_m", ColumnKind.NUMBER, s -> rx(s).distanceMetres()),
    WARNINGS("warnings", ColumnKind.TEXT_LIST, s -> rx(s).warnings());

    private final String header;
    private final ColumnKind kind;
    private final Function<PlannedSession, Object> getter;

    ScheduleColumn(String header, ColumnKind kind, Function<PlannedSession, Object> getter) {
        this.header = header;
        this.kind = kind;
        this.getter = getter;
    }

    /** The column name, e.g. {@code high_speed}. */
    public String header() {
        return header;
    }

    public ColumnKind kind() {
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
