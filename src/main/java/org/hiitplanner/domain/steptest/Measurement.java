package org.hiitplanner.domain.steptest;

import java.math.BigDecimal;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/** What was measured in a step test: a total time, stages and seconds, or a Vmax entered directly. */
public sealed interface Measurement {

    /** Vmax by Kuipers under this protocol; empty when the test failed in the first stage. */
    Optional<BigDecimal> vmax(StepTestProtocol protocol);

    /** Total running time E in seconds. */
    record TotalTime(int seconds) implements Measurement {
        public TotalTime {
            Checks.range(seconds, 0, 24 * 3600, "total running time (s)");
        }

        @Override
        public Optional<BigDecimal> vmax(StepTestProtocol protocol) {
            return protocol.vmaxForTotal(seconds);
        }
    }

    /** k completed stages and t seconds into the next (E = k·T + t). */
    record Stages(int completed, int seconds) implements Measurement {
        public Stages {
            Checks.range(completed, 0, 1000, "completed stages");
            Checks.notNegative(seconds, "seconds into the next stage");
        }

        @Override
        public Optional<BigDecimal> vmax(StepTestProtocol protocol) {
            return protocol.vmaxForStages(completed, seconds);
        }
    }

    /**
     * A Vmax in m/min entered directly (e.g. measured by another method), rounded HALF_UP to 0.01 m/min like
     * Kuipers' Vmax when it is entered or loaded: 35.475 is 35.48 everywhere.
     */
    record DirectVmax(BigDecimal value) implements Measurement {
        public DirectVmax {
            Checks.positive(value, "Vmax");
            value = Units.roundVmax(value);
            Checks.positive(value, "Vmax");
        }

        @Override
        public Optional<BigDecimal> vmax(StepTestProtocol protocol) {
            return Optional.of(value);
        }
    }
}
