package org.hiitplanner.domain.steptest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * One step-test result.
 *
 * @param animalId    the animal
 * @param date        the day of the test
 * @param measurement what was measured
 * @param operator    who ran it (may be empty)
 * @param valid       false when the test must not be used (e.g. the animal refused to run)
 * @param note        free text
 */
public record StepTestResult(String animalId, LocalDate date, Measurement measurement, String operator,
                             boolean valid, String note) {
    public StepTestResult {
        Checks.text(animalId, "animal of a step test");
        Checks.required(date, "date of the step test of " + animalId);
        Checks.required(measurement, "measurement of the step test of " + animalId);
        operator = Checks.optionalText(operator, "operator of the step test of " + animalId);
        note = Checks.note(note, "note of the step test of " + animalId);
    }

    /** Vmax if the test is valid and computable (k ≥ 1 or a direct Vmax). */
    public Optional<BigDecimal> usableVmax(StepTestProtocol protocol) {
        return valid ? measurement.vmax(protocol) : Optional.empty();
    }
}
