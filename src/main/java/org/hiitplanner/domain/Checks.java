package org.hiitplanner.domain;

import java.math.BigDecimal;
import java.util.List;

/** Argument checks for the compact constructors of domain records; each failure names the field and the value. */
public final class Checks {
    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    /** A required one-line text (a name, an operator, a reason): not blank, printable, stripped. */
    public static String text(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return printable(value.strip(), field);
    }

    /** An optional one-line text: empty for null, printable, stripped. */
    public static String optionalText(String value, String field) {
        return value == null ? "" : printable(value.strip(), field);
    }

    /** Free text that may keep line breaks and tabs (notes), but no other control character; stripped. */
    public static String note(String value, String field) {
        if (value == null) {
            return "";
        }
        int bad = firstHostile(value, true);
        if (bad >= 0) {
            throw hostile(value, bad, field);
        }
        return value.strip();
    }

    /** Like {@link #note} but without stripping: a stored value that a hash covers. */
    public static String printableNote(String value, String field) {
        int bad = firstHostile(value, true);
        if (bad >= 0) {
            throw hostile(value, bad, field);
        }
        return value;
    }

    /**
     * Refuses control characters (line breaks and tabs too), bidirectional overrides and isolates, and line or
     * paragraph separators: text that could hide or reorder what a reader sees, or start a new row or cell.
     */
    public static String printable(String value, String field) {
        int bad = value == null ? -1 : firstHostile(value, false);
        if (bad >= 0) {
            throw hostile(value, bad, field);
        }
        return value;
    }

    /** The index of the first hostile character, or −1; line breaks and tabs pass when {@code lineBreaks}. */
    public static int firstHostile(String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (lineBreaks && (c == '\n' || c == '\r' || c == '\t')) {
                continue;
            }
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061c' || c == '\u200e'
                    || c == '\u200f' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
                return i;
            }
        }
        return -1;
    }

    private static IllegalArgumentException hostile(String value, int at, String field) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "%s must not contain control characters, bidirectional overrides or line separators "
                        + "(U+%04X at position %d)", field, (int) value.charAt(at), at + 1));
    }

    public static int range(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " (was " + value + ")");
        }
        return value;
    }

    public static int notNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value + ")");
        }
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static BigDecimal positive(BigDecimal value, String field) {
        required(value, field);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than 0 (was " + value.toPlainString() + ")");
        }
        return value;
    }

    public static <T> List<T> list(List<T> values, String field) {
        required(values, field);
        for (T v : values) {
            if (v == null) {
                throw new IllegalArgumentException(field + " contains an empty entry");
            }
        }
        return List.copyOf(values);
    }
}
