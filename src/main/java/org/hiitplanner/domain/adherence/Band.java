package org.hiitplanner.domain.adherence;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;

/** Colour band of an adherence percentage (DESIGN.md §2): green from one threshold, yellow from a lower one. */
public enum Band {
    GREEN, YELLOW, RED;

    public static final BigDecimal DEFAULT_GREEN_FROM = new BigDecimal("80");
    public static final BigDecimal DEFAULT_YELLOW_FROM = new BigDecimal("50");

    /** The band with the default thresholds: green ≥ 80 %, yellow ≥ 50 %, red below. */
    public static Band of(BigDecimal percent) {
        return of(percent, DEFAULT_GREEN_FROM, DEFAULT_YELLOW_FROM);
    }

    /** Green when percent ≥ greenFrom, yellow when percent ≥ yellowFrom, red otherwise. */
    public static Band of(BigDecimal percent, BigDecimal greenFrom, BigDecimal yellowFrom) {
        Checks.required(percent, "percent");
        Checks.notNegative(greenFrom, "green threshold");
        Checks.notNegative(yellowFrom, "yellow threshold");
        if (yellowFrom.compareTo(greenFrom) > 0) {
            throw new IllegalArgumentException("the yellow threshold (" + yellowFrom.toPlainString()
                    + ") must not be above the green threshold (" + greenFrom.toPlainString() + ")");
        }
        if (percent.compareTo(greenFrom) >= 0) {
            return GREEN;
        }
        return percent.compareTo(yellowFrom) >= 0 ? YELLOW : RED;
    }
}
