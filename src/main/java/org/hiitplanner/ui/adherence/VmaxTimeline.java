package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.steptest.VmaxInForce;

/**
 * The valid step tests of a study as time points: a time point gathers the tests dated within
 * {@value #WINDOW_DAYS} days of its first test (a re-test the next day belongs to the same round), and a new one
 * starts with the first test after that. Within a time point an animal's last test counts. Immutable.
 *
 * @param points   the time points, earliest first
 * @param byAnimal animal id → one entry per time point, null where the animal has no test
 */
public record VmaxTimeline(List<TimePoint> points, Map<String, List<VmaxInForce>> byAnimal) {
    public static final int WINDOW_DAYS = 6;
    public static final VmaxTimeline EMPTY = new VmaxTimeline(List.of(), Map.of());

    /** The first and last test day of a time point. */
    public record TimePoint(LocalDate first, LocalDate last) {
    }

    public VmaxTimeline {
        points = List.copyOf(points);
        byAnimal = Map.copyOf(byAnimal);
    }

    public static VmaxTimeline of(VmaxHistory history, Collection<String> animalIds) {
        TreeSet<LocalDate> days = new TreeSet<>();
        animalIds.forEach(id -> history.tests(id).forEach(v -> days.add(v.testDate())));
        List<TimePoint> points = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (LocalDate d : days) {
            if (first != null && d.isAfter(first.plusDays(WINDOW_DAYS))) {
                points.add(new TimePoint(first, last));
                first = null;
            }
            first = first == null ? d : first;
            last = d;
        }
        if (first != null) {
            points.add(new TimePoint(first, last));
        }
        Map<String, List<VmaxInForce>> byAnimal = new HashMap<>();
        for (String id : animalIds) {
            VmaxInForce[] values = new VmaxInForce[points.size()];
            for (VmaxInForce v : history.tests(id)) {
                values[indexOf(points, v.testDate())] = v;
            }
            byAnimal.put(id, Collections.unmodifiableList(Arrays.asList(values)));
        }
        return new VmaxTimeline(points, byAnimal);
    }

    private static int indexOf(List<TimePoint> points, LocalDate date) {
        for (int i = 0; i < points.size(); i++) {
            if (!date.isAfter(points.get(i).last())) {
                return i;
            }
        }
        throw new IllegalStateException("no time point for " + date);
    }

    /** One animal's tests, one entry per time point (null where it has none). */
    public List<VmaxInForce> testsOf(String animalId) {
        List<VmaxInForce> list = byAnimal.get(animalId);
        return list != null ? list : Collections.nCopies(points.size(), null);
    }

    /** Mean ± SD of the members' Vmax at each time point; null where none of them was tested. */
    public List<MeanSd> stats(Collection<String> members) {
        List<MeanSd> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            List<BigDecimal> values = new ArrayList<>();
            for (String id : members) {
                VmaxInForce v = testsOf(id).get(i);
                if (v != null) {
                    values.add(v.vmax());
                }
            }
            out.add(values.isEmpty() ? null : MeanSd.of(values));
        }
        return out;
    }
}
