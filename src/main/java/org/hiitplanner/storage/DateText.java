package org.hiitplanner.storage;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written yyyy-mm-dd with a four-digit year, as in study files and on the command line; for one that is
 * not, a reason a technician can act on ("February 2026 has 28 days"). A five-digit or signed year, which Java
 * would read, is refused: no study date is that far away, and date arithmetic on it overflows.
 */
public final class DateText {
    /** What to type, for messages. */
    public static final String EXPECTED = "yyyy-mm-dd, e.g. 2026-11-16";

    /** The {@link #problem} of a text that is not written yyyy-mm-dd at all. */
    public static final String NOT_THE_FORM = "not written yyyy-mm-dd with a four-digit year";

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private DateText() {
    }

    /** The date, or an IllegalArgumentException whose message is {@link #problem}. */
    public static LocalDate parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return LocalDate.parse(text);
    }

    /** Why {@code text} is not a date, e.g. "February 2026 has 28 days"; null for a date. */
    public static String problem(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return NOT_THE_FORM;
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int day = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return "there is no month " + m.group(2) + " (months go from 01 to 12)";
        }
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > days) {
            return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.group(1) + " has " + days
                    + " days";
        }
        return null;
    }
}
