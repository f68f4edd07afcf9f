package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * One alternative for a what-if comparison: e.g. the same treadmill with 5 lanes, or a tolerance of ±1.0 m/min.
 *
 * @param name      shown to the user, e.g. "Exer-6, ±1.0 m/min"
 * @param treadmill the treadmill to plan on
 * @param options   tolerance, changeover, window, run order
 */
public record Scenario(String name, Treadmill treadmill, HeatOptions options) {
    public Scenario {
        name = Checks.text(name, "scenario name");
        Checks.required(treadmill, "treadmill of scenario " + name);
        Checks.required(options, "options of scenario " + name);
    }
}
