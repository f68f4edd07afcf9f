package org.hiitplanner.domain.treadmill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ToleranceTest {
    @Test
    void percentIsOfTheAnimalsOwnHighSpeedExactly() {
        // 5 % of 26.4 = 1.32; 2.5 % of 30.75 = 0.76875
        assertEquals(0, new BigDecimal("1.32").compareTo(Tolerance.parse("5%").allowedFor(new BigDecimal("26.4"))));
        assertEquals(0, new BigDecimal("0.76875").compareTo(Tolerance.parse("2.5 %").allowedFor(new BigDecimal("30.75"))));
        assertEquals(Tolerance.percent(new BigDecimal("5")), Tolerance.defaultTolerance());
    }

    @Test
    void aPlainNumberIsMetresPerMinuteForEveryAnimal() {
        Tolerance t = Tolerance.parse(" ±1.0 ");
        assertEquals(Tolerance.absolute(new BigDecimal("1.0")), t);
        assertEquals(new BigDecimal("1.0"), t.allowedFor(new BigDecimal("40")));
        assertEquals("±1.0 m/min", t.label());
        assertEquals("±5 % of each animal's high speed", Tolerance.parse("5%").label());
    }

    @Test
    void badTextSaysWhatIsExpected() {
        for (String bad : new String[] {"", "abc", "-1", "5%%", "1,5", "%"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tolerance.parse(bad));
            assertTrue(e.getMessage().contains("expected a percent of each animal's high speed, e.g. 5%, or m/min, "
                    + "e.g. 1.0"), e.getMessage());
        }
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class, () -> Tolerance.parse("150%"));
        assertEquals("a tolerance in percent must be between 0 and 100 (was 150)", over.getMessage());
    }
}
