package org.hiitplanner.ui.animals;

/** A choice of the group filter: one group, or all groups when {@code group} is null. */
public record GroupChoice(String group) {
    public static final GroupChoice ALL = new GroupChoice(null);

    public boolean all() {
        return group == null;
    }
}
