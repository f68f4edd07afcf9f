package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

class ScheduleJsonTest {
    private final ScheduleEngine engine = new ScheduleEngine();
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(List<PlannedSession> sessions) throws IOException {
        StringWriter out = new StringWriter();
        new ScheduleJson().write(sessions, out);
        return mapper.readTree(out.toString());
    }

    private static JsonNode find(JsonNode array, String animal, String date) {
        for (JsonNode n : array) {
            if (n.get("animal").asText().equals(animal) && n.get("date").asText().equals(date)) {
                return n;
            }
        }
        throw new AssertionError("no " + animal + " on " + date);
    }

    @Test
    void anArrayOfObjectsWithTheCsvColumnsInOrder() throws IOException {
        JsonNode array = json(engine.schedule(SampleStudies.handBuilt()));
        assertTrue(array.isArray());
        assertEquals(80, array.size());
        List<String> fields = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(fields::add);
        assertEquals(ScheduleCsvTest.HEADER, fields);
    }

    @Test
    void numbersAreJsonNumbersAndDatesAreText() throws IOException {
        JsonNode r = find(json(engine.schedule(SampleStudies.handBuilt())), "R1", "2026-11-23");
        assertTrue(r.get("high_speed").isNumber());
        assertEquals(new BigDecimal("26.1"), r.get("high_speed").decimalValue());
        assertTrue(r.get("vmax").isNumber());
        assertEquals(new BigDecimal("30.75"), r.get("vmax").decimalValue());
        assertEquals(new BigDecimal("461.0"), r.get("distance_m").decimalValue());
        assertTrue(r.get("total_s").isInt());
        assertEquals(1500, r.get("total_s").intValue());
        assertEquals(2, r.get("week").intValue());
        assertEquals(6, r.get("session").intValue());
        assertTrue(r.get("date").isTextual());
        assertEquals("2026-11-14", r.get("vmax_test_date").asText());
        assertTrue(r.get("warnings").isArray());
        assertEquals(0, r.get("warnings").size());
    }

    @Test
    void noVmaxGivesNullSpeedsAndAWarning() throws IOException {
        JsonNode r = find(json(engine.schedule(SampleStudies.handBuilt())), "R2", "2026-11-23");
        assertTrue(r.get("vmax").isNull());
        assertTrue(r.get("high_speed").isNull());
        assertTrue(r.get("distance_m").isNull());
        assertEquals(1500, r.get("total_s").intValue());
        assertEquals("No Vmax: no valid step test on or before this day", r.get("warnings").get(0).asText());
    }

    @Test
    void textIsWrittenAsItIsNotCsvQuoted() throws IOException {
        JsonNode array = json(engine.schedule(SampleStudies.withIds("=cmd", "R2")));
        assertEquals("=cmd", find(array, "=cmd", "2026-11-23").get("animal").asText());
    }

    @Test
    void anEmptyScheduleIsAnEmptyArrayAndTheWriterStaysOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter target = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ScheduleJson().write(List.of(), target);
        assertFalse(closed[0]);
        assertEquals(0, mapper.readTree(target.toString()).size());
        assertTrue(mapper.readTree(target.toString()).isArray());
    }
}
