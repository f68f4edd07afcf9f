package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.RunOrder;

import static org.hiitplanner.domain.heats.HeatPlannerTest.SIX_RATS;
import static org.hiitplanner.domain.heats.HeatPlannerTest.absolute;
import static org.hiitplanner.domain.heats.HeatPlannerTest.groups;
import static org.hiitplanner.domain.heats.HeatSessions.WEEK_2;
import static org.hiitplanner.domain.heats.HeatSessions.fromEngine;
import static org.hiitplanner.domain.heats.HeatSessions.singleBelt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RunOrderTest {
    private final HeatPlanner planner = new HeatPlanner();

    private HeatPlan plan(LocalDate date, HeatOptions options) {
        return planner.plan(fromEngine(date, singleBelt(3), SIX_RATS), singleBelt(3), options);
    }

    /** Each heat as "lane:animal" in lane order, heats in running order, e.g. [[1:V2, 2:V3, 3:V1], [3:V6]]. */
    static List<List<String>> seating(HeatPlan plan) {
        return plan.heats().stream()
                .map(h -> h.runners().stream().map(r -> r.lane() + ":" + r.animalId()).toList()).toList();
    }

    @Test
    void counterbalancedRotatesHeatsAndLanesWithTheSessionNumber() {
        // heats slowest first: {V1, V2, V3}, {V4, V5}, {V6}. Session 6 (Monday of week 2): shift 5 → heats from
        // heat 5 mod 3 = 2 (counting from 0), animal j in lane (j + 5) mod 3 + 1 = 3, 1, 2
        assertEquals(List.of(List.of("3:V6"), List.of("1:V2", "2:V3", "3:V1"), List.of("1:V5", "3:V4")),
                seating(plan(WEEK_2, absolute("1.0"))));
        // session 7: shift 6 → slowest heat first, lanes 1, 2, 3
        assertEquals(List.of(List.of("1:V1", "2:V2", "3:V3"), List.of("1:V4", "2:V5"), List.of("1:V6")),
                seating(plan(WEEK_2.plusDays(1), absolute("1.0"))));
        // session 8: shift 7 → heats from the 7 mod 3 = 1st (counting from 0), lanes 2, 3, 1
        assertEquals(List.of(List.of("2:V4", "3:V5"), List.of("2:V6"), List.of("1:V3", "2:V1", "3:V2")),
                seating(plan(WEEK_2.plusDays(2), absolute("1.0"))));
    }

    @Test
    void overThreeSessionsEachRatOfAFullHeatRunsOnceInLaneOne() {
        Set<String> laneOne = new HashSet<>();
        for (int d = 0; d < 3; d++) {
            HeatPlan plan = plan(WEEK_2.plusDays(d), absolute("1.0"));
            laneOne.add(plan.heatOf("V1").orElseThrow().runners().get(0).animalId());
        }
        assertEquals(Set.of("V1", "V2", "V3"), laneOne);
    }

    @Test
    void seededRandomIsReproducibleFromSeedAndDate() {
        HeatOptions seed42 = absolute("1.0").withOrder(RunOrder.SEEDED_RANDOM, 42);
        HeatPlan first = plan(WEEK_2, seed42);
        assertEquals(seating(first), seating(plan(WEEK_2, seed42)));
        assertEquals(seating(first), seating(plan(WEEK_2, absolute("1.0").withOrder(RunOrder.SEEDED_RANDOM, 42))));
        // pinned, so that a printed run sheet can be reproduced by a later version
        assertEquals(List.of(List.of("2:V5", "3:V4"), List.of("2:V6"), List.of("1:V3", "2:V1", "3:V2")),
                seating(first));
    }

    @Test
    void otherSeedsOrDatesGiveOtherOrdersButTheSameHeats() {
        HeatPlan reference = plan(WEEK_2, absolute("1.0"));
        Set<List<List<String>>> bySeed = new HashSet<>();
        Set<List<List<String>>> byDate = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HeatPlan seeded = plan(WEEK_2, absolute("1.0").withOrder(RunOrder.SEEDED_RANDOM, i));
            bySeed.add(seating(seeded));
            assertEquals(groups(reference), groups(seeded), "grouping does not depend on the order");
            byDate.add(seating(plan(WEEK_2.plusDays(i), absolute("1.0").withOrder(RunOrder.SEEDED_RANDOM, 7))));
        }
        assertNotEquals(1, bySeed.size());
        assertNotEquals(1, byDate.size());
    }
}
