package org.hiitplanner.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;

/** Small hand-built studies for tests. */
public final class TestStudies {
    public static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

    private TestStudies() {
    }

    /** Default template from 2025-01-06, groups HIIT (trains) and CON (control), no animals. */
    public static Study empty() {
        return Study.newFromTemplate("Test study", MONDAY)
                .withGroups(List.of(new Group("HIIT", true, true), new Group("CON", false, true)));
    }

    /** One HIIT rat "R1" with a baseline total time of {@code totalSeconds} on 2025-01-04. */
    public static Study oneRat(int totalSeconds) {
        return empty().withAnimals(List.of(Animal.of("R1", "HIIT", Sex.MALE)))
                .withStepTestResults(List.of(total("R1", MONDAY.minusDays(2), totalSeconds)));
    }

    public static StepTestResult total(String animal, LocalDate date, int seconds) {
        return new StepTestResult(animal, date, new Measurement.TotalTime(seconds), "Tech", true, "");
    }

    public static Study withAnimals(Study study, Animal... animals) {
        List<Animal> list = new ArrayList<>(study.animals());
        list.addAll(List.of(animals));
        return study.withAnimals(list);
    }
}
