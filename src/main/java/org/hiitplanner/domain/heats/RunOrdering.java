package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.RunOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Puts heats in running order and their animals in lanes, without changing who runs with whom.
 *
 * <p>Counterbalanced: with session number s, the heats (slowest first) start at the (s − 1 mod heats)-th, and the
 * j-th animal of a heat (slowest first) runs in lane ((j + s − 1) mod lanes) + 1; so from one session to the next
 * every heat moves one place earlier and every animal one lane on. Seeded random: Fisher–Yates shuffles of the
 * heats and, per heat, of the lanes, drawn from a {@link SplittableRandom} seeded from the seed and the date, so
 * the same seed and date always give the same order.
 */
final class RunOrdering {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private RunOrdering() {
    }

    /** An animal in a lane. */
    record Seat(int lane, PlannedSession session) {
    }

    static List<List<Seat>> arrange(List<List<PlannedSession>> heats, int lanes, HeatOptions options,
                                    LocalDate date, int sessionNumber) {
        if (heats.isEmpty()) {
            return List.of();
        }
        if (options.order() == RunOrder.SEEDED_RANDOM) {
            return shuffled(heats, lanes, new SplittableRandom(seed(options.seed(), date)));
        }
        return rotated(heats, lanes, sessionNumber - 1);
    }

    /** The generator's seed for a seed and a date. */
    static long seed(long seed, LocalDate date) {
        return seed ^ (date.toEpochDay() * GOLDEN);
    }

    private static List<List<Seat>> rotated(List<List<PlannedSession>> heats, int lanes, int shift) {
        int k = heats.size();
        List<List<Seat>> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            List<PlannedSession> heat = heats.get(Math.floorMod(i + shift, k));
            List<Seat> seats = new ArrayList<>(heat.size());
            for (int j = 0; j < heat.size(); j++) {
                seats.add(new Seat(Math.floorMod(j + shift, lanes) + 1, heat.get(j)));
            }
            out.add(bySeat(seats));
        }
        return out;
    }

    private static List<List<Seat>> shuffled(List<List<PlannedSession>> heats, int lanes, SplittableRandom random) {
        int[] order = permutation(heats.size(), random);
        List<List<Seat>> out = new ArrayList<>(heats.size());
        for (int index : order) {
            List<PlannedSession> heat = heats.get(index);
            int[] lane = permutation(lanes, random);
            List<Seat> seats = new ArrayList<>(heat.size());
            for (int j = 0; j < heat.size(); j++) {
                seats.add(new Seat(lane[j] + 1, heat.get(j)));
            }
            out.add(bySeat(seats));
        }
        return out;
    }

    /** 0..n−1 shuffled (Fisher–Yates). */
    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private static List<Seat> bySeat(List<Seat> seats) {
        seats.sort((a, b) -> Integer.compare(a.lane(), b.lane()));
        return seats;
    }
}
