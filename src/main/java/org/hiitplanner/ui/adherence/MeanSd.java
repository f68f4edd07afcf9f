package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Mean and sample standard deviation (n − 1) of some values, both rounded HALF_UP to 0.01.
 * Example: 30, 32, 34 → mean 32.00, SD √((4 + 0 + 4) / 2) = 2.00.
 *
 * @param n    how many values
 * @param mean their mean
 * @param sd   their sample SD, or null for a single value (no spread can be estimated)
 */
public record MeanSd(int n, BigDecimal mean, BigDecimal sd) {
    private static final int SCALE = 2;
    private static final MathContext PRECISION = new MathContext(20);

    public MeanSd {
        if (n < 1) {
            throw new IllegalArgumentException("a mean needs at least one value");
        }
        Objects.requireNonNull(mean, "mean");
    }

    /** The mean and SD of at least one value. */
    public static MeanSd of(List<BigDecimal> values) {
        int n = values.size();
        if (n == 0) {
            throw new IllegalArgumentException("a mean needs at least one value");
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, PRECISION);
        if (n == 1) {
            return new MeanSd(1, mean.setScale(SCALE, RoundingMode.HALF_UP), null);
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            BigDecimal d = v.subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        BigDecimal sd = squares.divide(BigDecimal.valueOf(n - 1L), PRECISION).sqrt(PRECISION);
        return new MeanSd(n, mean.setScale(SCALE, RoundingMode.HALF_UP), sd.setScale(SCALE, RoundingMode.HALF_UP));
    }

    public Optional<BigDecimal> standardDeviation() {
        return Optional.ofNullable(sd);
    }
}
