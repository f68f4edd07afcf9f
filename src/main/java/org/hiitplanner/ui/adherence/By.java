package org.hiitplanner.ui.adherence;

/** What one row of the adherence table is about. */
public enum By {
    ANIMAL, GROUP, WEEK
}
