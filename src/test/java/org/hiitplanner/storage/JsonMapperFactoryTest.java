package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.junit.jupiter.api.Test;

class JsonMapperFactoryTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    record Point(Integer x) {
    }

    @Test
    void writesPlainNumbersIsoDatesAndTwoSpaceIndentation() throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("big", new BigDecimal("1E+3"));
        values.put("tenth", new BigDecimal("0.1"));
        values.put("hundred", new BigDecimal("100.0"));
        values.put("day", LocalDate.of(2026, 11, 16));
        values.put("empty", java.util.List.of());
        values.put("absent", null);

        assertEquals("{\n  \"big\": 1000,\n  \"tenth\": 0.1,\n  \"hundred\": 100.0,\n  \"day\": \"2026-11-16\",\n"
                + "  \"empty\": []\n}", mapper.writeValueAsString(values));
    }

    @Test
    void readsDecimalsExactlyIntoTrees() throws Exception {
        JsonNode tree = mapper.readTree("{\"a\": 100.0, \"b\": 0.10}");

        assertEquals(new BigDecimal("100.0"), tree.get("a").decimalValue());
        assertEquals(new BigDecimal("0.10"), tree.get("b").decimalValue());
    }

    @Test
    void unknownPropertiesAreErrors() {
        assertThrows(UnrecognizedPropertyException.class, () -> mapper.readValue("{\"x\": 1, \"y\": 2}", Point.class));
    }

    @Test
    void nestingDeeperThan64IsRefused() throws Exception {
        String ok = "[".repeat(64) + "]".repeat(64);
        String tooDeep = "[".repeat(65) + "]".repeat(65);

        assertEquals(64, depth(mapper.readTree(ok)));
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(tooDeep));
    }

    private static int depth(JsonNode node) {
        return node.isArray() && node.size() > 0 ? 1 + depth(node.get(0)) : 1;
    }
}
