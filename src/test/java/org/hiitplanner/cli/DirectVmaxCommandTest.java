package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Vmax entered directly as 35.475 in the file is loaded as 35.48: the schedule prints and uses 35.48. */
class DirectVmaxCommandTest {
    @TempDir
    Path dir;

    /** The demo file with R15's baseline written as {@code "vmax": 35.475}. */
    private Path r15Direct() throws Exception {
        Path demo = StudyFilesForTests.demo(dir);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readString(demo));
        for (var r : root.withArray("stepTestResults")) {
            if (r.get("animal").asText().equals("R15")) {
                ObjectNode result = (ObjectNode) r;
                result.remove(List.of("totalSeconds", "stages", "seconds"));
                result.put("vmax", new BigDecimal("35.475"));
            }
        }
        Path file = dir.resolve("direct.hiit.json");
        Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    @Test
    void theScheduleShowsAndUsesVmax35_48() throws Exception {
        CliRun r = run("schedule", r15Direct().toString(), "--animal", "R15", "--from", "2026-11-23", "--to",
                "2026-11-23").assertSuccess();

        List<CSVRecord> rows = ScheduleCommandTest.csv(r.out());
        assertEquals(1, rows.size());
        assertEquals("35.48", rows.get(0).get("vmax"));
        // week 2 at 85 %: 35.48 × 0.85 = 30.158 → 30.2
        assertEquals("30.2", rows.get(0).get("high_speed"));
        assertFalse(r.out().contains("35.475"), r.out());
    }

    @Test
    void vmaxPrintsTwoDecimals() {
        // S0 10, d 2, T 120: E 1320 s → k 11, t 0 → 10 + 20 + 0 = 30.00
        assertEquals("30.00", run("vmax", "--start", "10", "--increment", "2", "--stage-seconds", "120",
                "--total-seconds", "1320").assertSuccess().out().strip());
    }
}
