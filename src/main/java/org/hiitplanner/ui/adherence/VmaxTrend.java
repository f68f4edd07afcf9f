package org.hiitplanner.ui.adherence;

import java.util.Collections;
import java.util.List;

import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.ui.adherence.VmaxTimeline.TimePoint;

/**
 * What the Vmax chart shows: a group's mean ± SD and one animal's tests at each time point.
 *
 * @param points      the time points, earliest first
 * @param group       the group, or null
 * @param stats       one entry per time point: the group's mean ± SD, null where none of its animals was tested
 * @param animal      the animal, or null
 * @param animalTests one entry per time point: the animal's test, null where it has none
 */
public record VmaxTrend(List<TimePoint> points, String group, List<MeanSd> stats, String animal,
                        List<VmaxInForce> animalTests) {
    public static final VmaxTrend EMPTY = new VmaxTrend(List.of(), null, List.of(), null, List.of());

    public VmaxTrend {
        points = List.copyOf(points);
        stats = Collections.unmodifiableList(new java.util.ArrayList<>(stats));
        animalTests = Collections.unmodifiableList(new java.util.ArrayList<>(animalTests));
        if (stats.size() != points.size() && !stats.isEmpty() || animalTests.size() != points.size()
                && !animalTests.isEmpty()) {
            throw new IllegalArgumentException("one value per time point");
        }
    }

    static VmaxTrend of(VmaxTimeline timeline, String group, List<String> members, String animal) {
        return new VmaxTrend(timeline.points(), group, group == null ? List.of() : timeline.stats(members), animal,
                animal == null ? List.of() : timeline.testsOf(animal));
    }
}
