package org.hiitplanner.ui.adherence;

import java.util.Objects;

/**
 * What the body-weight chart is about: all animals of a group, or one animal.
 *
 * @param group true for a group, false for an animal
 * @param name  the group name or animal id
 */
public record WeightSubject(boolean group, String name) {
    public WeightSubject {
        Objects.requireNonNull(name, "name");
    }
}
