package org.hiitplanner.domain.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BandTest {
    @Test
    void defaultThresholds() {
        assertEquals(Band.GREEN, Band.of(new BigDecimal("80.0")));
        assertEquals(Band.YELLOW, Band.of(new BigDecimal("79.9")));
        assertEquals(Band.YELLOW, Band.of(new BigDecimal("50")));
        assertEquals(Band.RED, Band.of(new BigDecimal("49.9")));
    }

    @Test
    void thresholdsAreParameters() {
        BigDecimal green = new BigDecimal("90");
        BigDecimal yellow = new BigDecimal("70");
        assertEquals(Band.YELLOW, Band.of(new BigDecimal("85"), green, yellow));
        assertEquals(Band.RED, Band.of(new BigDecimal("69.9"), green, yellow));
        assertThrows(IllegalArgumentException.class, () -> Band.of(BigDecimal.ONE, yellow, green));
    }
}
