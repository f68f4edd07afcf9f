package org.hiitplanner.export;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A VTIMEZONE for a region zone (e.g. Europe/Amsterdam), built from Java's time-zone rules so that it is exact for
 * the period the events cover ({@code from} to {@code to}), in the first of these forms that fits:
 * <ol>
 * <li>The zone's current yearly rules, when the whole period falls after its last change of rules: one DAYLIGHT
 * and one STANDARD observance, each with a yearly RRULE such as {@code BYMONTH=3;BYDAY=-1SU}. This is the shape
 * every calendar program (Outlook included) understands, and it stays right if an event is later moved.</li>
 * <li>No offset change in the period (a zone without daylight saving time, or a short period under old rules):
 * one STANDARD observance with the period's offset.</li>
 * <li>Otherwise (a period under old rules with a change in it): the observance in force at the start and one per
 * change in the period, each with its own DTSTART.</li>
 * </ol>
 */
final class IcsTimeZone {
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** Years checked when a yearly rule is turned into an RRULE. */
    private static final int CHECKED_YEARS = 40;

    private IcsTimeZone() {
    }

    /** True when times in {@code zone} must be written with a TZID and a VTIMEZONE; false for a fixed offset. */
    static boolean needsVTimeZone(ZoneId zone) {
        return !(zone.normalized() instanceof ZoneOffset);
    }

    /** Writes the VTIMEZONE of {@code zone}, exact from {@code from} to {@code to}. */
    static void write(IcsWriter w, ZoneId zone, Instant from, Instant to) throws IOException {
        ZoneRules rules = zone.getRules();
        w.line("BEGIN:VTIMEZONE");
        w.line("TZID:" + zone.getId());
        if (!yearly(w, rules, from)) {
            ZoneOffsetTransition next = rules.nextTransition(from);
            if (next == null || next.getInstant().isAfter(to)) {
                ZoneOffset offset = rules.getOffset(from);
                observance(w, rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD", EPOCH, offset, offset, null);
            } else {
                explicit(w, rules, from, to);
            }
        }
        w.line("END:VTIMEZONE");
    }

    /** Form 1; false (and nothing written) when the period is not under the current rules or a rule does not fit. */
    private static boolean yearly(IcsWriter w, ZoneRules rules, Instant from) throws IOException {
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> changes = rules.getTransitions();
        Instant lastChange = changes.isEmpty() ? Instant.MIN : changes.get(changes.size() - 1).getInstant();
        if (yearly.isEmpty() || !from.isAfter(lastChange)) {
            return false;
        }
        // onsets in the year before the period, so that both observances are in force before its first event
        int year = LocalDateTime.ofInstant(from, ZoneOffset.UTC).getYear() - 1;
        List<String[]> observances = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : yearly) {
            String rrule = rrule(rule, year);
            if (rrule == null) {
                return false;
            }
            ZoneOffsetTransition t = rule.createTransition(year);
            observances.add(new String[] {rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD",
                IcsWriter.local(t.getDateTimeBefore()), offset(t.getOffsetBefore()), offset(t.getOffsetAfter()),
                rrule});
        }
        for (String[] o : observances) {
            observance(w, o[0], o[1], o[2], o[3], o[4]);
        }
        return true;
    }

    /** Form 3. */
    private static void explicit(IcsWriter w, ZoneRules rules, Instant from, Instant to) throws IOException {
        ZoneOffsetTransition previous = rules.previousTransition(from.plusSeconds(1));
        if (previous == null) {
            ZoneOffset offset = rules.getOffset(from);
            observance(w, "STANDARD", EPOCH, offset, offset, null);
        } else {
            observance(w, rules, previous);
        }
        ZoneOffsetTransition t = rules.nextTransition(previous == null ? from : previous.getInstant());
        for (; t != null && !t.getInstant().isAfter(to); t = rules.nextTransition(t.getInstant())) {
            observance(w, rules, t);
        }
    }

    private static void observance(IcsWriter w, ZoneRules rules, ZoneOffsetTransition t) throws IOException {
        String kind = rules.isDaylightSavings(t.getInstant()) ? "DAYLIGHT" : "STANDARD";
        // DTSTART of an observance is the onset in the local time in force before it (RFC 5545 §3.6.5)
        observance(w, kind, t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter(), null);
    }

    private static void observance(IcsWriter w, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                   String rrule) throws IOException {
        observance(w, kind, IcsWriter.local(start), offset(from), offset(to), rrule);
    }

    private static void observance(IcsWriter w, String kind, String start, String from, String to, String rrule)
            throws IOException {
        w.line("BEGIN:" + kind);
        w.line("DTSTART:" + start);
        w.line("TZOFFSETFROM:" + from);
        w.line("TZOFFSETTO:" + to);
        if (rrule != null) {
            w.line("RRULE:" + rrule);
        }
        w.line("END:" + kind);
    }

    /**
     * The RRULE of a yearly rule, e.g. {@code FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU}, or null when the onset's local
     * date or time does not follow the rule's day pattern every year (a change at 24:00, say).
     */
    static String rrule(ZoneOffsetTransitionRule rule, int firstYear) {
        String byDay = byDay(rule);
        LocalDateTime first = rule.createTransition(firstYear).getDateTimeBefore();
        for (int year = firstYear; year < firstYear + CHECKED_YEARS; year++) {
            LocalDateTime onset = rule.createTransition(year).getDateTimeBefore();
            LocalDate day = ruleDate(rule, year);
            if (day.getMonth() != rule.getMonth() || !onset.toLocalDate().equals(day)
                    || !onset.toLocalTime().equals(first.toLocalTime())) {
                return null;
            }
        }
        return "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";" + byDay;
    }

    /** The day of the rule in {@code year}, as Java defines it (before any change of the time of day). */
    private static LocalDate ruleDate(ZoneOffsetTransitionRule rule, int year) {
        int indicator = rule.getDayOfMonthIndicator();
        LocalDate day = indicator > 0 ? LocalDate.of(year, rule.getMonth(), indicator)
                : LocalDate.of(year, rule.getMonth(), 1).with(TemporalAdjusters.lastDayOfMonth()).plusDays(indicator + 1L);
        DayOfWeek dow = rule.getDayOfWeek();
        if (dow == null) {
            return day;
        }
        return day.with(indicator > 0 ? TemporalAdjusters.nextOrSame(dow) : TemporalAdjusters.previousOrSame(dow));
    }

    /** BYDAY / BYMONTHDAY for "the day", "weekday on or after the day" or "weekday on or before the day". */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        int indicator = rule.getDayOfMonthIndicator();
        DayOfWeek dow = rule.getDayOfWeek();
        if (dow == null) {
            return "BYMONTHDAY=" + indicator;
        }
        String day = dow.name().substring(0, 2).toUpperCase(Locale.ROOT);
        if (indicator > 0 && (indicator - 1) % 7 == 0 && indicator <= 22) {
            return "BYDAY=" + ((indicator - 1) / 7 + 1) + day;
        }
        if (indicator > 0 && indicator + 6 == rule.getMonth().minLength()
                && rule.getMonth().minLength() == rule.getMonth().maxLength()) {
            return "BYDAY=-1" + day;
        }
        if (indicator < 0 && (-indicator - 1) % 7 == 0) {
            return "BYDAY=-" + ((-indicator - 1) / 7 + 1) + day;
        }
        // weekday within seven given days of the month
        StringBuilder days = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            days.append(i == 0 ? "" : ",").append(indicator > 0 ? indicator + i : indicator - i);
        }
        return "BYDAY=" + day + ";BYMONTHDAY=" + days;
    }

    /** +hhmm, or +hhmmss when the offset has seconds (historic local mean times). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String s = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
        return abs % 60 == 0 ? s : s + String.format("%02d", abs % 60);
    }
}
