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

    public static String text(String value, String field) {
        required(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        return value.strip();
    }

    public static String optionalText(String value) {
        return value == null ? "" : value.strip();
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
