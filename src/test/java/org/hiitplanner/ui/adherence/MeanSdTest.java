package org.hiitplanner.ui.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeanSdTest {
    private static List<BigDecimal> values(String... v) {
        return java.util.Arrays.stream(v).map(BigDecimal::new).toList();
    }

    @Test
    void sampleSdDividesByNMinusOne() {
        // 30, 32, 34: mean 32; squares 4 + 0 + 4 = 8; 8 / (3 − 1) = 4; SD 2
        assertEquals(new MeanSd(3, new BigDecimal("32.00"), new BigDecimal("2.00")), MeanSd.of(values("30", "32",
                "34")));
        // 30.75, 35.47, 28.10, 33.00: mean 31.83, SD 3.1463… (a population SD would be 2.72)
        assertEquals(new MeanSd(4, new BigDecimal("31.83"), new BigDecimal("3.15")),
                MeanSd.of(values("30.75", "35.47", "28.10", "33.00")));
    }

    @Test
    void oneValueHasNoSd() {
        MeanSd one = MeanSd.of(values("28.456"));
        assertEquals(new BigDecimal("28.46"), one.mean());
        assertNull(one.sd());
        assertThrows(IllegalArgumentException.class, () -> MeanSd.of(List.of()));
    }
}
