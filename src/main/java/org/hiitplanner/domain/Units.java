package org.hiitplanner.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Speed arithmetic in m/min. Storage is always m/min; these helpers round and convert for display. */
public final class Units {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private Units() {
    }

    /** Vmax is kept to 0.01 m/min (DESIGN.md §2). */
    public static final int VMAX_DECIMALS = 2;

    /**
     * The one Vmax rule: HALF_UP to 0.01 m/min, for Kuipers' Vmax and for a Vmax entered directly alike
     * (35.475 → 35.48). A value with fewer decimals keeps them (28.5 stays 28.5, as entered).
     */
    public static BigDecimal roundVmax(BigDecimal vmax) {
        return vmax.scale() <= VMAX_DECIMALS ? vmax : vmax.setScale(VMAX_DECIMALS, RoundingMode.HALF_UP);
    }

    /**
     * A Vmax as every screen, sheet and command shows it: rounded by {@link #roundVmax} and written with two
     * decimals, e.g. "30.75", "28.50", "35.48".
     */
    public static String vmax(BigDecimal vmax) {
        return roundVmax(vmax).setScale(VMAX_DECIMALS, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A speed in m/min as stored (at the treadmill's resolution, e.g. "14.0", "26.1"). */
    public static String speed(BigDecimal metresPerMinute) {
        return metresPerMinute.toPlainString();
    }

    /** {@code value × percent / 100}, exact. */
    public static BigDecimal percentOf(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent).divide(HUNDRED);
    }

    /** Rounds HALF_UP to a multiple of {@code resolution} (e.g. 0.1 or 0.5 m/min), with the resolution's scale. */
    public static BigDecimal roundTo(BigDecimal value, BigDecimal resolution) {
        BigDecimal steps = value.divide(resolution, 0, RoundingMode.HALF_UP);
        return steps.multiply(resolution).setScale(Math.max(resolution.scale(), 0), RoundingMode.HALF_UP);
    }

    /** Metres run at {@code speed} m/min for {@code seconds}, exact. */
    public static BigDecimal metres(BigDecimal speed, long seconds) {
        return speed.multiply(BigDecimal.valueOf(seconds)).divide(SIXTY, 6, RoundingMode.HALF_UP);
    }

    /** m/min → cm/s (× 5/3), two decimals. */
    public static BigDecimal toCentimetresPerSecond(BigDecimal metresPerMinute) {
        return metresPerMinute.multiply(BigDecimal.valueOf(5)).divide(BigDecimal.valueOf(3), 2, RoundingMode.HALF_UP);
    }

    /** m/min → km/h (× 0.06), three decimals. */
    public static BigDecimal toKilometresPerHour(BigDecimal metresPerMinute) {
        return metresPerMinute.multiply(new BigDecimal("0.06")).setScale(3, RoundingMode.HALF_UP);
    }

    /** A difference with its sign, the minus a true minus (U+2212): "+0.3", "−0.3", "0.0". */
    public static String signed(BigDecimal value) {
        String plain = value.abs().toPlainString();
        return value.signum() > 0 ? "+" + plain : value.signum() < 0 ? "\u2212" + plain : plain;
    }

    /** {@code part} as a percent of {@code whole}, HALF_UP to 0.1; zero when {@code whole} is zero. */
    public static BigDecimal percentOfWhole(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(1)
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    /** Whole minutes, or minutes and seconds: 600 → "10 min", 90 → "1 min 30 s". */
    public static String minutes(int seconds) {
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** Minutes to 0.1, HALF_UP: 9000 → "150 min", 5730 → "95.5 min". */
    public static String decimalMinutes(int seconds) {
        return plain(BigDecimal.valueOf(seconds).divide(SIXTY, 1, RoundingMode.HALF_UP)) + " min";
    }

    /** A number without trailing zeros and without exponent, e.g. 85 for 85.00 and 26.1 for 26.10. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
