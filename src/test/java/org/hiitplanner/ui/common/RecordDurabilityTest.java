package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DESIGN.md §4: a record is durable the moment it is confirmed. A child JVM confirms a record and is killed with
 * SIGKILL straight after (no shutdown hooks, no chance to save on exit); the study opened again has the record.
 */
class RecordDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void aRecordConfirmedJustBeforeAKillIsThereOnReopening() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        StudyStore store = new StudyStore();
        store.save(DemoStudy.create(), file);
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecordThenWait.class.getName(), file.toString()).redirectErrorStream(true).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            do {
                line = out.readLine();
            } while (line != null && !line.equals("CONFIRMED") && !line.startsWith("ERROR"));
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "the child was killed");
        assertEquals("CONFIRMED", line);
        assertEquals(137, child.exitValue(), "128 + 9: ended by SIGKILL");

        Study reopened = store.load(file);

        List<SessionRecord> records = reopened.sessionRecords();
        assertEquals(1, records.size());
        assertEquals(SessionStatus.PARTIAL, records.get(0).status());
        assertEquals(3, records.get(0).intervalsCompleted());
        assertEquals("312.5", records.get(0).bodyWeightGrams().toPlainString());
        assertEquals("session record R15 2026-11-16", reopened.auditLog().entries().get(0).what());
        assertTrue(reopened.auditLog().verify().isEmpty());
    }
}
