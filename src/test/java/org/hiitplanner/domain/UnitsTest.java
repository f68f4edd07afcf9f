package org.hiitplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** The number texts every view shares: a signed deviation, a percent of a speed, minutes. */
class UnitsTest {
    @Test
    void aDeviationIsSignedWithATrueMinus() {
        // the belt at 28.1 m/min for an animal whose own high speed is 28.4
        assertEquals("\u22120.3", Units.signed(new BigDecimal("28.1").subtract(new BigDecimal("28.4"))));
        assertEquals("+1.0", Units.signed(new BigDecimal("1.0")));
        assertEquals("0.0", Units.signed(new BigDecimal("0.0")));
    }

    @Test
    void aDeviationInPercentOfTheOwnSpeedIsRoundedHalfUpToOneDecimal() {
        // −1.0 of 24.2 = −4.132… % → −4.1; +1.0 of 22.2 = 4.504… % → 4.5; +0.05 of 10 = 0.5 %
        assertEquals(new BigDecimal("-4.1"), Units.percentOfWhole(new BigDecimal("-1.0"), new BigDecimal("24.2")));
        assertEquals(new BigDecimal("4.5"), Units.percentOfWhole(new BigDecimal("1.0"), new BigDecimal("22.2")));
        assertEquals(new BigDecimal("0.5"), Units.percentOfWhole(new BigDecimal("0.05"), BigDecimal.TEN));
        assertEquals(new BigDecimal("0.0"), Units.percentOfWhole(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void minutesAreWholeOrWithSecondsOrToATenth() {
        assertEquals("10 min", Units.minutes(600));
        assertEquals("1 min 30 s", Units.minutes(90));
        // 5 heats of 22 min and 4 changeovers of 10 min
        assertEquals("150 min", Units.decimalMinutes(5 * 22 * 60 + 4 * 600));
        assertEquals("95.5 min", Units.decimalMinutes(5730));
        assertEquals("0.1 min", Units.decimalMinutes(3));
    }
}
