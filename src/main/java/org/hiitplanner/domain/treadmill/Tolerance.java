package org.hiitplanner.domain.treadmill;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * How far the belt's high speed may be from an animal's own high-phase prescription, in either direction: a percent
 * of the animal's own high speed (5 % of 26.4 m/min allows ±1.32 m/min) or an absolute speed in m/min.
 *
 * @param kind  percent or m/min
 * @param value 0–100 for a percent; zero or more m/min
 */
public record Tolerance(Kind kind, BigDecimal value) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the value means. */
    public enum Kind {
        /** Percent of each animal's own high speed. */
        PERCENT,
        /** m/min, the same for every animal. */
        ABSOLUTE
    }

    public Tolerance {
        Checks.required(kind, "kind of tolerance");
        Checks.notNegative(value, "tolerance");
        if (kind == Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("a tolerance in percent must be between 0 and 100 (was "
                    + Units.plain(value) + ")");
        }
    }

    /** The default: 5 % of each animal's own high speed. */
    public static Tolerance defaultTolerance() {
        return percent(new BigDecimal("5"));
    }

    public static Tolerance percent(BigDecimal percent) {
        return new Tolerance(Kind.PERCENT, percent);
    }

    public static Tolerance absolute(BigDecimal metresPerMinute) {
        return new Tolerance(Kind.ABSOLUTE, metresPerMinute);
    }

    /**
     * Reads "5%" (percent of the animal's own high speed) or "1.0" (m/min); spaces and a leading "±" are allowed.
     *
     * @throws IllegalArgumentException with a message that shows the expected forms
     */
    public static Tolerance parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.startsWith("±")) {
            t = t.substring(1).strip();
        }
        boolean percent = t.endsWith("%");
        String number = percent ? t.substring(0, t.length() - 1).strip() : t;
        if (!number.matches("\\d+(\\.\\d+)?|\\.\\d+")) {
            throw new IllegalArgumentException("'" + text + "' is not a tolerance; expected a percent of each "
                    + "animal's high speed, e.g. 5%, or m/min, e.g. 1.0");
        }
        BigDecimal value = new BigDecimal(number);
        return percent ? percent(value) : absolute(value);
    }

    /**
     * True when {@code other} allows the same: the same kind and the same number, whatever its scale (5 % and 5.0 %
     * are the same tolerance, although as values they differ).
     */
    public boolean sameAs(Tolerance other) {
        return other != null && kind == other.kind && value.compareTo(other.value) == 0;
    }

    /** The largest allowed |belt speed − own speed| for an animal whose own high speed is {@code ownHigh}; exact. */
    public BigDecimal allowedFor(BigDecimal ownHigh) {
        return kind == Kind.PERCENT ? Units.percentOf(ownHigh, value) : value;
    }

    /** "±5 % of each animal's high speed" or "±1.0 m/min". */
    public String label() {
        return kind == Kind.PERCENT ? "±" + Units.plain(value) + " % of each animal's high speed"
                : "±" + value.toPlainString() + " m/min";
    }
}
