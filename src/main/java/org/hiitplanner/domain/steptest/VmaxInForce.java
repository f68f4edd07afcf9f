package org.hiitplanner.domain.steptest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A Vmax and the date of the test it comes from.
 *
 * @param vmax     m/min
 * @param testDate date of the step test
 */
public record VmaxInForce(BigDecimal vmax, LocalDate testDate) {
}
