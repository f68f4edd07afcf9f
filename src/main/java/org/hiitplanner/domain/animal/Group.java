package org.hiitplanner.domain.animal;

import org.hiitplanner.domain.Checks;

/**
 * An experimental group.
 *
 * @param name   unique in the study, e.g. "T2D+HIIT"
 * @param trains its animals get training sessions (controls: false)
 * @param tested its animals get step tests
 */
public record Group(String name, boolean trains, boolean tested) {
    public Group {
        name = Checks.text(name, "group name");
        if (name.length() > 40) {
            throw new IllegalArgumentException("group name must be at most 40 characters (was " + name.length() + ")");
        }
    }
}
