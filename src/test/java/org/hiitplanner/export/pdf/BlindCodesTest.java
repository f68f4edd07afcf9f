package org.hiitplanner.export.pdf;

import org.hiitplanner.domain.study.Study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BlindCodesTest {
    @Test
    void theSameAnimalAlwaysGetsTheSameCode() {
        BlindCodes a = BlindCodes.of("Study A", List.of("R01", "R02", "R03"));
        BlindCodes b = BlindCodes.of("Study A", List.of("R03", "R02", "R01", "R04"));
        assertEquals(a.of("R01"), b.of("R01"));
        assertEquals(a.of("R03"), b.of("R03"));
        assertTrue(a.of("R01").matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]"), a.of("R01"));
    }

    @Test
    void anotherStudyTitleGivesOtherCodes() {
        assertNotEquals(BlindCodes.of("Study A", List.of("R01")).of("R01"),
                BlindCodes.of("Study B", List.of("R01")).of("R01"));
    }

    @Test
    void manyAnimalsGetDistinctCodes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add("R" + i);
        }
        BlindCodes codes = BlindCodes.of("Big study", ids);
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            seen.add(codes.of(id));
        }
        assertEquals(2000, seen.size());
    }

    @Test
    void anUnknownAnimalHasNoCode() {
        assertThrows(IllegalArgumentException.class, () -> BlindCodes.of("S", List.of("R01")).of("R02"));
    }
}
