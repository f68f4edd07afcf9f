package org.hiitplanner.domain.heats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact fewest heats, then least total deviation, of heats whose deviations are all at most a bound, over all
 * partitions of the animals: a sweep over the distinct speeds, slowest first, that decides how many animals of each
 * speed go into which heat (animals of one speed are interchangeable). Its state between two speeds is the multiset
 * of open heats, each with its slowest and fastest speed (chosen when it opens, so its belt speed is known) and its
 * size; states are kept per layer with their cheapest cost, so nested and interleaved heats are all considered.
 *
 * <p>Two rules keep it small, neither of which loses the optimum. (1) An animal that is not a heat's slowest or
 * fastest can always move into a heat of animals of its own speed with a free lane: its deviation there is the least
 * it can have, nothing else changes. So at each speed either the same-speed heats are all full or the heats across
 * speeds take only their slowest or fastest animal of it. (2) Only states that can still beat a known plan (the best
 * runs, {@link RunGrouping}) strictly are kept, by a lower bound on the heats and total deviation still to come.
 *
 * <p>Limit. The lower bound on the total still to come is weak, so on large days (hundreds of animals with many
 * heats across neighbouring speeds) the states grow quickly. After {@link #BUDGET} states the sweep stops and the
 * runs stand: their heats and largest deviation are still the optimum, only the total may not be the least.
 */
final class SweepGrouping {
    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;
    /** States tried before the sweep gives up and the runs stand (a count, so plans do not depend on the machine). */
    static final int BUDGET = 2_000;

    private final DaySpeeds s;
    private final long beat;
    private final int[] restItems;
    private final long[] restAlone;
    private final int[][] frames;
    private Map<Key, Node> next;
    private int t;
    private int work;

    /** A layer's state: its open heats, packed, sorted. */
    private record Key(long[] open) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(open, k.open);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(open);
        }
    }

    /** How a state was reached: animals given to each open heat of the parent, heats opened, animals in same-speed heats. */
    private record Node(long[] open, long cost, Node parent, int[] given, long[] opened, int alone) {
    }

    private SweepGrouping(DaySpeeds s, long bound, long beat) {
        this.s = s;
        this.beat = beat;
        restItems = new int[s.m + 1];
        restAlone = new long[s.m + 1];
        frames = new int[s.m][];
        for (int i = s.m - 1; i >= 0; i--) {
            restItems[i] = restItems[i + 1] + s.count[i];
            restAlone[i] = restAlone[i + 1] + s.count[i] * s.alone(i);
            frames[i] = frames(i, bound);
        }
    }

    /**
     * Heats (as distinct-speed indices) with deviations at most {@code bound} whose cost (heats × heat unit + total
     * deviation) is below {@code beat}; null when there are none.
     */
    static List<int[]> better(DaySpeeds s, long bound, long beat) {
        long least = 0;
        for (int t = 0; t < s.m; t++) {
            least += s.count[t] * s.alone(t);
        }
        if (s.lanes < 2 || beat % s.heatUnit == least) {
            return null; // every animal already has the least deviation it can have
        }
        return new SweepGrouping(s, bound, beat).run();
    }

    /** The fastest speeds j > i with which a heat from i may span: both ends within tolerance and the bound. */
    private int[] frames(int i, long bound) {
        List<Integer> js = new ArrayList<>();
        for (int j = i + 1; j < s.m; j++) {
            if (Math.max(s.deviation(i, j, i), s.deviation(i, j, j)) > bound) {
                break; // a heat's largest deviation never shrinks when its range grows
            }
            if (s.fits(i, j, i) && s.fits(i, j, j)) {
                js.add(j);
            }
        }
        return js.stream().mapToInt(Integer::intValue).toArray();
    }

    private List<int[]> run() {
        Map<Key, Node> layer = new HashMap<>();
        layer.put(new Key(new long[0]), new Node(new long[0], 0, null, null, null, 0));
        for (t = 0; t < s.m && !layer.isEmpty(); t++) {
            next = new HashMap<>();
            for (Node node : layer.values()) {
                if (work > BUDGET) {
                    return null;
                }
                if (s.shareable(t)) {
                    slot(node, 0, new int[node.open.length], s.count[t], 0, true, false);
                }
                slot(node, 0, new int[node.open.length], s.count[t], 0, false, s.shareable(t));
            }
            layer = next;
        }
        Node end = layer.get(new Key(new long[0]));
        return end == null ? null : rebuild(end);
    }

    /** Gives animals of speed t to open heat {@code idx} and the ones after it. */
    private void slot(Node node, int idx, int[] given, int rem, long dev, boolean least, boolean fullOnly) {
        if (work > BUDGET) {
            return;
        }
        if (idx == node.open.length) {
            opening(node, given, new ArrayList<>(), 0, 1, rem, dev, least, fullOnly);
            return;
        }
        long e = node.open[idx];
        int j = j(e);
        int i = i(e);
        boolean closing = j == t;
        int lo = closing ? 1 : 0;
        int hi = !s.fits(i, j, t) ? 0 : closing ? s.lanes - size(e) : s.lanes - 1 - size(e);
        hi = Math.min(least ? lo : hi, rem);
        for (int g = lo; g <= hi; g++) {
            given[idx] = g;
            slot(node, idx + 1, given, rem - g, dev + g * s.deviation(i, j, t), least, fullOnly);
        }
    }

    /** Opens heats from speed t, in a canonical order of (frame, size), then finishes the layer. */
    private void opening(Node node, int[] given, List<Long> opened, int f0, int size0, int rem, long dev,
                         boolean least, boolean fullOnly) {
        finish(node, given, opened, rem, dev, fullOnly);
        int[] js = frames[t];
        for (int f = f0; f < js.length && work <= BUDGET; f++) {
            int top = least ? 1 : Math.min(s.lanes - 1, rem);
            for (int size = f == f0 ? size0 : 1; size <= Math.min(top, rem); size++) {
                long d = dev + size * s.deviation(t, js[f], t);
                if (node.cost + (opened.size() + 1) * s.heatUnit + d >= beat) {
                    break;
                }
                opened.add(pack(js[f], t, size));
                opening(node, given, opened, f, size, rem - size, d, least, fullOnly);
                opened.remove(opened.size() - 1);
            }
        }
    }

    private void finish(Node node, int[] given, List<Long> opened, int alone, long dev, boolean fullOnly) {
        if (++work > BUDGET || fullOnly && alone % s.lanes != 0) {
            return;
        }
        List<Long> open = new ArrayList<>(opened);
        long room = 0;
        for (int idx = 0; idx < node.open.length; idx++) {
            long e = node.open[idx];
            if (j(e) != t) {
                open.add(pack(j(e), i(e), size(e) + given[idx]));
            }
        }
        long[] packed = open.stream().mapToLong(Long::longValue).sorted().toArray();
        for (long e : packed) {
            room += s.lanes - size(e);
        }
        long heats = opened.size() + s.sameSpeedHeats(t, alone);
        long cost = node.cost + heats * s.heatUnit + dev + alone * s.alone(t);
        long still = Math.max(0, restItems[t + 1] - room);
        long bound = cost + (still + s.lanes - 1) / s.lanes * s.heatUnit + restAlone[t + 1];
        Key key = new Key(packed);
        Node old = next.get(key);
        if (bound < beat && (old == null || cost < old.cost)) {
            next.put(key, new Node(packed, cost, node, given.clone(),
                    opened.stream().mapToLong(Long::longValue).toArray(), alone));
        }
    }

    /** The heats of the path to {@code end}, replayed from the first speed. */
    private List<int[]> rebuild(Node end) {
        List<Node> path = new ArrayList<>();
        for (Node x = end; x.parent != null; x = x.parent) {
            path.add(x);
        }
        Collections.reverse(path);
        List<int[]> done = new ArrayList<>();
        List<List<Integer>> open = new ArrayList<>();
        for (int v = 0; v < path.size(); v++) {
            Node x = path.get(v);
            List<Map.Entry<Long, List<Integer>>> after = new ArrayList<>();
            for (int idx = 0; idx < x.parent.open.length; idx++) {
                long e = x.parent.open[idx];
                List<Integer> heat = open.get(idx);
                heat.addAll(Collections.nCopies(x.given[idx], v));
                if (j(e) == v) {
                    done.add(heat.stream().mapToInt(Integer::intValue).toArray());
                } else {
                    after.add(Map.entry(pack(j(e), i(e), size(e) + x.given[idx]), heat));
                }
            }
            for (long e : x.opened) {
                after.add(Map.entry(e, new ArrayList<>(Collections.nCopies(size(e), v))));
            }
            int per = s.shareable(v) ? s.lanes : 1;
            for (int left = x.alone; left > 0; left -= per) {
                int[] heat = new int[Math.min(per, left)];
                Arrays.fill(heat, v);
                done.add(heat);
            }
            after.sort(Map.Entry.comparingByKey());
            open = new ArrayList<>(after.stream().map(Map.Entry::getValue).toList());
        }
        done.sort(Comparator.<int[]>comparingInt(h -> h[0]).thenComparingInt(h -> h[h.length - 1]));
        return done;
    }

    private static long pack(int j, int i, int size) {
        return (long) j << 2 * BITS | (long) i << BITS | size;
    }

    private static int j(long e) {
        return (int) (e >>> 2 * BITS);
    }

    private static int i(long e) {
        return (int) (e >>> BITS & MASK);
    }

    private static int size(long e) {
        return (int) (e & MASK);
    }
}
