package org.hiitplanner.export.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/** Studies that make the sheets work hard: odd names, long texts, clamped speeds, a missing Vmax. */
final class PdfStudies {
    /** An animal id with Polish, Hungarian and Greek letters. */
    static final String ODD_ID = "Łódź-ő-Δ";
    /** An animal without any step test. */
    static final String NO_TEST_ID = "R99";
    static final String LONG_WORD = "Supercalifragilisticexpialidocious".repeat(4);
    static final String LONG_NOTE = ("The animal slipped twice at the back of the lane and needed three stimuli "
            + "before it ran again; the technician stopped the belt and restarted it. ").repeat(4) + LONG_WORD;

    private PdfStudies() {
    }

    /**
     * The demo study with a very long title, its treadmill renamed to a long name with a maximum of 30 m/min (so
     * fast animals get clamped speeds and long warnings), plus {@link #ODD_ID} in HIIT with a valid test carrying a
     * very long note and an invalid one, and {@link #NO_TEST_ID} in HIIT without any test.
     */
    static Study troublesome() {
        Study demo = DemoStudy.create();
        String treadmill = "Exer-3 rat treadmill in room 2.017 of the animal facility, the one by the window "
                + LONG_WORD;
        Treadmill slow = new Treadmill(treadmill, 3, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("30.0"),
                new BigDecimal("0.1"));
        List<Animal> animals = new ArrayList<>(demo.animals());
        animals.add(Animal.of(ODD_ID, "HIIT", Sex.MALE));
        animals.add(Animal.of(NO_TEST_ID, "HIIT", Sex.MALE));
        List<StepTestResult> results = new ArrayList<>(demo.stepTestResults());
        LocalDate baseline = demo.startDate().minusDays(2);
        results.add(new StepTestResult(ODD_ID, baseline, new Measurement.TotalTime(60), "Zoë Żółkiewska", false,
                "Refused: " + LONG_NOTE));
        results.add(new StepTestResult(ODD_ID, baseline.plusDays(1), new Measurement.TotalTime(1700),
                "Zoë Żółkiewska", true, LONG_NOTE));
        StudyInfo info = demo.info();
        return demo.withInfo(new StudyInfo("Very long study title about high-intensity interval training in type 2 "
                        + "diabetic Wistar rats, with Greek αβγ and Polish łódź, " + LONG_WORD, info.species(),
                        info.strain(), info.sex(), info.investigator()))
                .withTreadmills(List.of(slow)).withAnimals(animals).withStepTestResults(results);
    }
}
