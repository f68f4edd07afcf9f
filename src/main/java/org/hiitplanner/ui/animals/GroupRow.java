package org.hiitplanner.ui.animals;

/** One row of the groups table: a group and how many animals it has. */
public record GroupRow(String name, boolean trains, boolean tested, long animals) {
}
