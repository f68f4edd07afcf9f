package org.hiitplanner.domain.adherence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * Adherence figures over some set of planned sessions (excused sessions already left out).
 *
 * @param intervalsPlanned   Σ intervals planned
 * @param intervalsCompleted Σ intervals completed
 * @param sessionsPlanned    sessions planned
 * @param sessionsCompleted  sessions with status completed
 */
public record Adherence(int intervalsPlanned, int intervalsCompleted, int sessionsPlanned, int sessionsCompleted) {
    public static final Adherence NONE = new Adherence(0, 0, 0, 0);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public Adherence {
        Checks.notNegative(intervalsPlanned, "intervals planned");
        Checks.notNegative(intervalsCompleted, "intervals completed");
        Checks.notNegative(sessionsPlanned, "sessions planned");
        Checks.notNegative(sessionsCompleted, "sessions completed");
    }

    public Adherence plus(Adherence other) {
        return new Adherence(intervalsPlanned + other.intervalsPlanned, intervalsCompleted + other.intervalsCompleted,
                sessionsPlanned + other.sessionsPlanned, sessionsCompleted + other.sessionsCompleted);
    }

    /** Σ completed / Σ planned in percent, HALF_UP to 0.1; empty when nothing was planned. */
    public Optional<BigDecimal> intervalAdherence() {
        return percent(intervalsCompleted, intervalsPlanned);
    }

    /** Completed sessions / planned sessions in percent, HALF_UP to 0.1; empty when nothing was planned. */
    public Optional<BigDecimal> sessionCompletion() {
        return percent(sessionsCompleted, sessionsPlanned);
    }

    /** Band of the interval adherence with the given thresholds; empty when nothing was planned. */
    public Optional<Band> intervalBand(BigDecimal greenFrom, BigDecimal yellowFrom) {
        return intervalAdherence().map(p -> Band.of(p, greenFrom, yellowFrom));
    }

    /** Band of the session completion with the given thresholds; empty when nothing was planned. */
    public Optional<Band> sessionBand(BigDecimal greenFrom, BigDecimal yellowFrom) {
        return sessionCompletion().map(p -> Band.of(p, greenFrom, yellowFrom));
    }

    static Optional<BigDecimal> percent(int part, int whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
