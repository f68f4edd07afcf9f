package org.hiitplanner.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/** Hand-built studies for the export, command-line and benchmark code. */
public final class SampleStudies {
    /** A Monday: the demo's start. */
    public static final LocalDate START = DemoStudy.DEFAULT_START;
    /** The baseline test day, start − 2 days (a Saturday). */
    public static final LocalDate BASELINE = START.minusDays(2);

    private SampleStudies() {
    }

    /**
     * Default template from {@link #START}; group HIIT trains, CON does not. R1 (HIIT) has a baseline total time of
     * 1365 s (Vmax 30.75), R2 (HIIT) has no step test, C1 is a control.
     */
    public static Study handBuilt() {
        return withIds("R1", "R2");
    }

    /** Like {@link #handBuilt()} with other ids for the two HIIT animals; the first has the 1365 s test. */
    public static Study withIds(String tested, String untested) {
        return Study.newFromTemplate("Hand-built study", START)
                .withGroups(List.of(new Group("HIIT", true, true), new Group("CON", false, true)))
                .withAnimals(List.of(Animal.of(tested, "HIIT", Sex.MALE), Animal.of(untested, "HIIT", Sex.MALE),
                        Animal.of("C1", "CON", Sex.MALE)))
                .withStepTestResults(List.of(total(tested, BASELINE, 1365)));
    }

    /** The first of {@link #handBuilt()}'s animals on a treadmill whose maximum is {@code max} m/min. */
    public static Study withTreadmillMax(String max) {
        Treadmill slow = new Treadmill("Slow", 1, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal(max),
                new BigDecimal("0.1"));
        return handBuilt().withTreadmills(List.of(slow));
    }

    /**
     * {@code animals} trained animals in two groups over the default 8 weeks, Monday to Friday, each with one
     * valid baseline test of 1020–1920 s (Vmax about 26–42 m/min), reproducible from {@code seed}.
     */
    public static Study large(int animals, long seed) {
        Random random = new Random(seed);
        List<Animal> list = new ArrayList<>(animals);
        List<StepTestResult> results = new ArrayList<>(animals);
        for (int i = 1; i <= animals; i++) {
            String id = String.format("A%05d", i);
            list.add(Animal.of(id, i % 2 == 0 ? "HIIT" : "T2D+HIIT", Sex.MALE));
            results.add(total(id, BASELINE, 1020 + random.nextInt(901)));
        }
        return Study.newFromTemplate("Benchmark study", START)
                .withGroups(List.of(new Group("HIIT", true, true), new Group("T2D+HIIT", true, true)))
                .withAnimals(list)
                .withStepTestResults(results);
    }

    public static StepTestResult total(String animal, LocalDate date, int seconds) {
        return new StepTestResult(animal, date, new Measurement.TotalTime(seconds), "Tech", true, "");
    }
}
