package org.hiitplanner.domain.study;

import static org.hiitplanner.domain.TestStudies.MONDAY;
import static org.hiitplanner.domain.TestStudies.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.junit.jupiter.api.Test;

class StudyValidatorTest {
    private final StudyValidator validator = new StudyValidator();

    @Test
    void aCleanStudyHasNoFindings() {
        assertEquals(List.of(), validator.validate(TestStudies.oneRat(1365)));
    }

    @Test
    void duplicateIdsUnknownGroupsAndUnknownAnimalsAreErrorsWithTheirPaths() {
        Study study = TestStudies.withAnimals(TestStudies.oneRat(1365), Animal.of("R1", "HIIT", Sex.MALE),
                Animal.of("R2", "HIIT2", Sex.MALE));
        study = study.withAddedResult(total("R9", MONDAY, 1400)).withAddedResult(total("R2", MONDAY, 1400));
        List<Finding> f = validator.validate(study);
        assertTrue(StudyValidator.hasErrors(f));
        assertEquals(List.of(
                Finding.error("$.animals[1].id", "Animal id \"R1\" is used twice (also at $.animals[0])"),
                Finding.error("$.animals[2].group", "Animal R2: group \"HIIT2\" does not exist"),
                Finding.error("$.stepTestResults[1].animal", "Step test of R9 on 2025-01-06: there is no animal R9")),
                f.stream().filter(Finding::isError).toList());
    }

    @Test
    void secondsBeyondTheStageAreAnErrorAndAFailedFirstStageAWarning() {
        Study study = TestStudies.oneRat(1365)
                .withAddedResult(new StepTestResult("R1", MONDAY, new Measurement.Stages(11, 130), "", true, ""))
                .withAddedResult(new StepTestResult("R1", MONDAY, new Measurement.TotalTime(90), "", true, ""));
        List<Finding> f = validator.validate(study);
        assertEquals(Finding.error("$.stepTestResults[1].seconds", "Step test of R1 on 2025-01-06: 130 s into the"
                + " next stage must be below the stage length of 120 s"), f.get(0));
        assertEquals("$.stepTestResults[2]", f.get(1).path());
        assertFalse(f.get(1).isError());
    }

    @Test
    void aTrainedAnimalWithoutABaselineIsWarned() {
        Study study = TestStudies.withAnimals(TestStudies.oneRat(1365), Animal.of("R2", "HIIT", Sex.MALE));
        List<Finding> f = validator.validate(study);
        assertEquals(1, f.size());
        assertEquals("$.animals[1]", f.get(0).path());
        assertTrue(f.get(0).message().startsWith("Animal R2 has no valid step test on or before its first session"));
    }

    @Test
    void aStudyWithoutTreadmillIsAnError() {
        List<Finding> f = validator.validate(TestStudies.oneRat(1365).withTreadmills(List.of()));
        assertEquals(List.of(Finding.error("$.treadmills", "The study has no treadmill; add at least one")), f);
    }

    @Test
    void aStartDateThatIsNotATrainingWeekdayIsWarned() {
        // Sunday 2025-01-05 with Monday to Friday training
        Study sunday = org.hiitplanner.domain.TestStudies.oneRat(1365)
                .withStartDate(java.time.LocalDate.of(2025, 1, 5));
        List<Finding> findings = new StudyValidator().validate(sunday);
        assertEquals(List.of(Finding.warning("$.startDate", "The start date 2025-01-05 is a Sunday, not a training"
                + " weekday: the first session is on a later day, and every week starts on this weekday")),
                findings.stream().filter(f -> f.path().equals("$.startDate")).toList());
        assertEquals(List.of(), new StudyValidator().validate(org.hiitplanner.domain.TestStudies.oneRat(1365))
                .stream().filter(f -> f.path().equals("$.startDate")).toList());
    }
}
