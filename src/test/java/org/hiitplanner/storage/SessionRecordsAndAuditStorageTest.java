package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemaVersion 2: session records and the hash-chained audit trail in the study file. */
class SessionRecordsAndAuditStorageTest {
    private static final String V2 = "small-study-v2.hiit.json";
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    @Test
    void thisVersionWritesSchemaVersion6() {
        assertEquals(6, store.schemaVersion());
        assertEquals(6, Migrations.standard().latestVersion());
    }

    @Test
    void aVersion1FileLoadsWithNoRecordsAndAnEmptyAuditLog() throws Exception {
        Path file = Fixtures.copy(Fixtures.SMALL_STUDY, dir);
        byte[] before = Files.readAllBytes(file);

        LoadedStudy loaded = store.read(file);

        assertFalse(loaded.hasErrors(), loaded.findings().toString());
        assertEquals(List.of(), loaded.study().sessionRecords());
        assertEquals(0, loaded.study().auditLog().size());
        Fixtures.assertUntouched(file, before);
    }

    @Test
    void theVersion2FixtureLoadsWithItsRecordsAndAnIntactChain() throws Exception {
        LoadedStudy loaded = store.read(Fixtures.copy(V2, dir));

        assertEquals(List.of(), loaded.findings().stream().filter(f -> f.path().startsWith("$.auditLog")).toList());
        Study s = loaded.study();
        assertEquals(3, s.sessionRecords().size());
        SessionRecord first = s.sessionRecords().get(0);
        assertEquals(new SessionRecord("R02", LocalDate.parse("2026-11-16"), 1, SessionStatus.COMPLETED, 4, 2, 5,
                new BigDecimal("312.5"), "ran well", "", "T. Tech", Instant.parse("2026-11-16T09:40:00Z")), first);
        assertEquals(SessionStatus.EXCUSED, s.sessionRecords().get(2).status());
        assertEquals("vet check", s.sessionRecords().get(2).excuseReason());
        assertEquals(3, s.auditLog().size());
        assertTrue(s.auditLog().verify().isEmpty());
    }

    @Test
    void recordsAndAuditLogSurviveARoundTrip() throws Exception {
        Study base = store.load(Fixtures.copy(Fixtures.SMALL_STUDY, dir));
        AuditLog log = AuditLog.empty()
                .append(Instant.parse("2026-11-16T10:00:00.123456Z"), "T. Tech", "session record R02 2026-11-16", "",
                        "COMPLETED", "")
                .append(Instant.parse("2026-11-17T10:00:00Z"), "PI", "settings", "green 80\nyellow 50",
                        "green 85\nyellow 50", "lab standard \"v2\"; a reason is one line");
        Study study = base.withSessionRecords(List.of(
                new SessionRecord("R02", LocalDate.parse("2026-11-16"), 1, SessionStatus.COMPLETED, 4, 0, 0, null, "",
                        "", "T. Tech", Instant.parse("2026-11-16T09:59:59Z")),
                new SessionRecord("R03", LocalDate.parse("2026-11-18"), 2, SessionStatus.MISSED, 0, 0, 0,
                        new BigDecimal("301"), "sick", "", "", Instant.parse("2026-11-18T08:00:00Z"))))
                .withAuditLog(log);
        Path file = dir.resolve("round.hiit.json");

        store.save(study, file);
        Study loaded = store.load(file);

        assertEquals(study, loaded);
        assertEquals(study.sessionRecords(), loaded.sessionRecords());
        assertEquals(log.entries(), loaded.auditLog().entries());
        assertTrue(loaded.auditLog().verify().isEmpty());
        assertEquals(store.toJson(study), Files.readString(file));
        assertTrue(Files.readString(file).startsWith("{\n  \"schemaVersion\": 6,\n"));
    }

    @Test
    void aBadStatusIsReportedAtItsPath() {
        String json = Fixtures.text(V2).replace("\"status\": \"PARTIAL\"", "\"status\": \"DONE\"");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.sessionRecords[1].status: expected one of COMPLETED, PARTIAL, MISSED,"
                + " EXCUSED, found \"DONE\""), e.getMessage());
    }

    @Test
    void negativeIntervalsAreReportedAtTheRecord() {
        String json = Fixtures.text(V2).replace("\"intervalsCompleted\": 3", "\"intervalsCompleted\": -3");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.sessionRecords[1]: intervals completed of animal R02 on 2026-11-18"),
                e.getMessage());
    }

    @Test
    void aBadRecordedAtIsReportedAtItsPath() {
        String json = Fixtures.text(V2).replace("\"2026-11-16T09:40:00Z\"", "\"yesterday\"");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("$.sessionRecords[0].recordedAt: expected a UTC time"), e.getMessage());
    }

    @Test
    void aTamperedAuditEntryOpensWithAWarningNamingIt() throws Exception {
        String json = Fixtures.text(V2).replace("\"newValue\": \"PARTIAL 3/6\"", "\"newValue\": \"COMPLETED 6/6\"");

        LoadedStudy loaded = store.readJson(json, Path.of("f.json"));

        assertFalse(loaded.hasErrors(), loaded.findings().toString());
        List<Finding> audit = loaded.findings().stream().filter(f -> f.path().startsWith("$.auditLog")).toList();
        assertEquals(1, audit.size(), audit.toString());
        assertEquals("$.auditLog[1]", audit.get(0).path());
        assertFalse(audit.get(0).isError());
        assertTrue(audit.get(0).message().contains("audit entry 2 was changed after it was written"),
                audit.get(0).message());
        assertEquals(3, loaded.study().auditLog().size());
        store.fromJson(json, Path.of("f.json")); // a warning does not refuse the study
    }

    @Test
    void aRemovedAuditEntryIsReportedWhereTheGapShows() throws Exception {
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JsonMapperFactory.create().readTree(
                Fixtures.text(V2));
        tree.withArray("auditLog").remove(0);

        LoadedStudy loaded = store.readJson(tree.toString(), Path.of("f.json"));

        Finding f = loaded.findings().stream().filter(x -> x.path().startsWith("$.auditLog")).findFirst()
                .orElseThrow();
        assertEquals("$.auditLog[0]", f.path());
        assertTrue(f.message().contains("entry 1 was removed"), f.message());
    }

    @Test
    void version7IsTooNew() {
        String json = Fixtures.text(V2).replace("\"schemaVersion\": 2", "\"schemaVersion\": 7");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().contains("(schemaVersion 7); this version reads up to 6"), e.getMessage());
    }
}
