package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.study.Study;

/**
 * The Vmax history chart: one line per tested group (the mean Vmax in force of its animals on each day one of them
 * was tested) and one per animal of the chosen group (its usable tests).
 *
 * @param means   one line per tested group, in study order
 * @param animals one line per animal of the chosen group
 */
public record VmaxChartData(List<Line> means, List<Line> animals) {
    /** A point: the day and the Vmax in m/min. */
    public record Point(LocalDate date, BigDecimal vmax) {
    }

    /** A named line; {@code name} is the group or the animal id. */
    public record Line(String name, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    public VmaxChartData {
        means = List.copyOf(means);
        animals = List.copyOf(animals);
    }

    /** All dates of all lines, earliest first. */
    public List<LocalDate> dates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        means.forEach(l -> l.points().forEach(p -> dates.add(p.date())));
        animals.forEach(l -> l.points().forEach(p -> dates.add(p.date())));
        return List.copyOf(dates);
    }

    static VmaxChartData of(Study study, String chosenGroup) {
        VmaxHistory history = VmaxHistory.of(study.stepTestResults(), study.stepTestVersions());
        List<Line> means = new ArrayList<>();
        for (Group g : study.groups()) {
            if (g.tested()) {
                means.add(new Line(g.name(), groupMeans(members(study, g.name()), history)));
            }
        }
        List<Line> animals = new ArrayList<>();
        for (Animal a : members(study, chosenGroup)) {
            animals.add(new Line(a.id(), history.tests(a.id()).stream()
                    .map(v -> new Point(v.testDate(), v.vmax())).toList()));
        }
        return new VmaxChartData(means, animals);
    }

    private static List<Animal> members(Study study, String group) {
        return study.animals().stream().filter(a -> a.group().equals(group)).toList();
    }

    /** On each day a member was tested: the mean Vmax in force of the members active that day that have one. */
    private static List<Point> groupMeans(List<Animal> members, VmaxHistory history) {
        TreeSet<LocalDate> days = new TreeSet<>();
        members.forEach(a -> history.tests(a.id()).forEach(v -> days.add(v.testDate())));
        List<Point> points = new ArrayList<>();
        for (LocalDate day : days) {
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Animal a : members) {
                Optional<VmaxInForce> v = a.isActiveOn(day) ? history.inForce(a.id(), day) : Optional.empty();
                if (v.isPresent()) {
                    sum = sum.add(v.get().vmax());
                    n++;
                }
            }
            if (n > 0) {
                points.add(new Point(day, sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)));
            }
        }
        return points;
    }
}
