package org.hiitplanner.domain.treadmill;

/** How heats are put in running order and animals in lanes, once the heats are formed (ARRIVE 2.0, item 4). */
public enum RunOrder {
    /**
     * Heat order and lane positions rotate with the day's session number, so that no animal always runs first or
     * always in lane 1.
     */
    COUNTERBALANCED,
    /** Heat order and lanes shuffled by a random generator seeded from the seed and the date: reproducible. */
    SEEDED_RANDOM
}
