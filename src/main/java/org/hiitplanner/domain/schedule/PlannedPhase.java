package org.hiitplanner.domain.schedule;

import java.math.BigDecimal;

/**
 * One phase of a session as the treadmill runs it.
 *
 * @param kind     warm-up, high, low or cool-down
 * @param interval interval number from 1 for high and low phases, 0 otherwise
 * @param startSecond seconds from the start of the session
 * @param seconds  duration
 * @param speed    m/min, or null when the session has no Vmax or the phase lasts 0 seconds
 */
public record PlannedPhase(PhaseKind kind, int interval, int startSecond, int seconds, BigDecimal speed) {
}
