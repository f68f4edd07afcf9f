package org.hiitplanner.domain.schedule;

/** The kinds of phase in a session. */
public enum PhaseKind {
    WARM_UP, HIGH, LOW, COOL_DOWN
}
