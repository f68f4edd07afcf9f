package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.util.Objects;

import org.hiitplanner.domain.adherence.Adherence;
import org.hiitplanner.domain.adherence.Band;

/**
 * One row of the adherence table: the figures of an animal, a group or a protocol week. Percentages are those of
 * {@link Adherence} (HALF_UP to 0.1, as the {@code adherence} command prints them); null when nothing was planned.
 *
 * @param key                the animal id, the group name or the week number as text
 * @param group              the animal's group (rows by animal), otherwise empty
 * @param intervalsPlanned   Σ intervals planned
 * @param intervalsCompleted Σ intervals completed
 * @param intervalPercent    interval adherence in percent, or null
 * @param intervalBand       its band, or null
 * @param sessionsPlanned    sessions planned
 * @param sessionsCompleted  sessions completed
 * @param sessionPercent     session completion in percent, or null
 * @param sessionBand        its band, or null
 */
public record AdherenceRow(String key, String group, int intervalsPlanned, int intervalsCompleted,
                           BigDecimal intervalPercent, Band intervalBand, int sessionsPlanned, int sessionsCompleted,
                           BigDecimal sessionPercent, Band sessionBand) {
    public AdherenceRow {
        Objects.requireNonNull(key, "key");
        group = group == null ? "" : group;
    }

    /** The row of {@code figures} with the bands of the given thresholds. */
    public static AdherenceRow of(String key, String group, Adherence figures, BigDecimal greenFrom,
                                  BigDecimal yellowFrom) {
        return new AdherenceRow(key, group, figures.intervalsPlanned(), figures.intervalsCompleted(),
                figures.intervalAdherence().orElse(null), figures.intervalBand(greenFrom, yellowFrom).orElse(null),
                figures.sessionsPlanned(), figures.sessionsCompleted(), figures.sessionCompletion().orElse(null),
                figures.sessionBand(greenFrom, yellowFrom).orElse(null));
    }

    /** Interval adherence as the command line prints it ("74.3"), empty when nothing was planned. */
    public String intervalText() {
        return intervalPercent == null ? "" : intervalPercent.toPlainString();
    }

    /** Session completion as the command line prints it ("60.0"), empty when nothing was planned. */
    public String sessionText() {
        return sessionPercent == null ? "" : sessionPercent.toPlainString();
    }
}
