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

    @Test
    void theBandIsThatOfThePercentageAsShown() {
        // 1599 of 2000 intervals = 79.95 %, shown as 80.0 (half up): green, like the number on the screen
        Adherence a = new Adherence(2000, 1599, 1, 1);
        assertEquals(java.util.Optional.of(new java.math.BigDecimal("80.0")), a.intervalAdherence());
        assertEquals(java.util.Optional.of(Band.GREEN), a.intervalBand(Band.DEFAULT_GREEN_FROM,
                Band.DEFAULT_YELLOW_FROM));
    }
}
