package org.hiitplanner.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.Units;

/** How numbers, durations and dates look on the sheets (English for now). */
final class Formats {
    static final String DASH = "—";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Formats() {
    }

    /** Seconds as m:ss, e.g. 1500 → "25:00", 45 → "0:45"; an hour or more as h:mm:ss. */
    static String clock(int seconds) {
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s)
                : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /** A treadmill speed as stored (at the treadmill's resolution, e.g. "14.0"), or a dash ({@link Units#speed}). */
    static String speed(BigDecimal speed) {
        return speed == null ? DASH : Units.speed(speed);
    }

    /** A number without trailing zeros, e.g. "30" for a stage speed of 30.0. */
    static String plain(BigDecimal value) {
        return value == null ? DASH : Units.plain(value);
    }

    /** A Vmax with two decimals, e.g. "27.00", "35.48" ({@link Units#vmax}), or a dash. */
    static String vmax(BigDecimal vmax) {
        return vmax == null ? DASH : Units.vmax(vmax);
    }

    /** Metres to 0.1 m as computed, e.g. "533.0", or a dash. */
    static String metres(BigDecimal metres) {
        return metres == null ? DASH : metres.toPlainString();
    }

    /** Ascending numbers as ranges, e.g. [1, 2, 3, 7, 9, 10] → "1–3, 7, 9–10". */
    static String ranges(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            sb.append(sb.length() == 0 ? "" : ", ").append(numbers.get(i));
            if (j > i) {
                sb.append('–').append(numbers.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /** A clock time to the minute, e.g. "08:32". */
    static String time(LocalTime time) {
        return String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    }

    /** From one clock time to another, e.g. "08:32–08:54". */
    static String span(LocalTime from, LocalTime to) {
        return time(from) + "–" + time(to);
    }

    static String date(LocalDate date) {
        return date == null ? DASH : ISO.format(date);
    }

    /** "Monday 2026-11-23". */
    static String longDate(LocalDate date) {
        return weekday(date, TextStyle.FULL) + " " + date(date);
    }

    /** "Mon". */
    static String shortWeekday(LocalDate date) {
        return weekday(date, TextStyle.SHORT);
    }

    /** "23 Nov". */
    static String dayMonth(LocalDate date) {
        return DAY_MONTH.format(date);
    }

    private static String weekday(LocalDate date, TextStyle style) {
        return date.getDayOfWeek().getDisplayName(style, Locale.ENGLISH);
    }
}
