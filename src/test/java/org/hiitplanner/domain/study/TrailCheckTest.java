package org.hiitplanner.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.junit.jupiter.api.Test;

/**
 * The trail seals the data: the five tamperings of issue 12 (a record's status edited, a record deleted, the trail
 * emptied, its last entries dropped, an entry appended by hand) are each reported; an untouched study verifies.
 */
class TrailCheckTest {
    private static final Instant T = Instant.parse("2026-11-23T15:30:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private record Change(String what, String oldValue, String newValue) implements AuditLog.Change {
    }

    private static SessionRecord record(String animal, SessionStatus status, int intervals) {
        return new SessionRecord(animal, MONDAY, 6, status, intervals, 0, 0, new BigDecimal("312.5"), "", 
                status == SessionStatus.EXCUSED ? "vet check" : "", "T. Tech", T);
    }

    /** A change as the gate writes it: its entry seals the content after it. */
    private static Study changed(Study before, Study after, String what) {
        return after.withAuditLog(before.auditLog().appendAll(T, "ana", "", List.of(new Change(what, "", "x")),
                ContentSeal.sealOf(after)));
    }

    /** The demo with 3 records of Monday 2026-11-23, each recorded by a sealed change: 3 entries. */
    private static Study recorded() {
        Study s = DemoStudy.create();
        for (String animal : List.of("R13", "R14", "R15")) {
            s = changed(s, s.withAddedRecord(record(animal, SessionStatus.COMPLETED, 5)), "session record " + animal);
        }
        return s;
    }

    private static List<ContentSeal.Section> sealedSections(Study s) {
        return ContentSeal.of(s).sections();
    }

    @Test
    void anUntouchedStudyVerifies() {
        Study s = recorded();

        assertEquals(3, s.auditLog().size());
        assertEquals(Optional.empty(), TrailCheck.check(s));
    }

    @Test
    void aRecordsStatusEditedInTheFileIsReportedNamingTheSection() {
        Study s = recorded();
        List<SessionRecord> records = new ArrayList<>(s.sessionRecords());
        records.set(1, record("R14", SessionStatus.EXCUSED, 0));
        Study edited = s.withSessionRecords(records);

        AuditProblem p = TrailCheck.check(edited, sealedSections(s)).orElseThrow();

        assertEquals(AuditProblem.Kind.CONTENT_CHANGED, p.kind());
        assertEquals(3, p.position());
        assertEquals("the study's data differ from what audit entry 3 sealed in session records: they were changed "
                + "outside the program, or entries after it were removed", p.message());
    }

    @Test
    void aRecordDeletedIsReportedWithTheCounts() {
        Study s = recorded();
        Study deleted = s.withSessionRecords(s.sessionRecords().subList(0, 2));

        AuditProblem p = TrailCheck.check(deleted, sealedSections(s)).orElseThrow();

        assertEquals(AuditProblem.Kind.CONTENT_CHANGED, p.kind());
        assertTrue(p.message().contains("in session records (3 sealed, 2 now)"), p.message());
        assertTrue(TrailCheck.check(deleted).isPresent(), "without kept digests it is still reported");
    }

    @Test
    void anEmptiedTrailIsReported() {
        Study emptied = recorded().withAuditLog(AuditLog.empty());

        AuditProblem p = TrailCheck.check(emptied).orElseThrow();

        assertEquals(AuditProblem.Kind.EMPTIED, p.kind());
        assertEquals("the audit trail is empty although the study holds 28 animals, 3 session records and "
                + DemoStudy.create().stepTestResults().size() + " step-test results: it was emptied, or the study "
                + "was never sealed", p.message());
        assertEquals(Optional.empty(), TrailCheck.check(Study.newFromTemplate("New", MONDAY)),
                "a new study without animals or records needs no trail");
    }

    @Test
    void droppingTheLastEntryIsReportedUnlessNothingChangedAfterIt() {
        Study s = recorded();
        Study dropped = s.withAuditLog(AuditLog.of(s.auditLog().entries().subList(0, 2)));

        AuditProblem p = TrailCheck.check(dropped).orElseThrow();

        assertEquals(AuditProblem.Kind.CONTENT_CHANGED, p.kind());
        assertEquals(2, p.position());
        Study unchangedAfter = s.withAuditLog(s.auditLog().appendAll(T, "ana", "", List.of(new Change("note",
                "", "seen")), ContentSeal.sealOf(s)));
        Study cut = unchangedAfter.withAuditLog(AuditLog.of(unchangedAfter.auditLog().entries().subList(0, 3)));
        assertEquals(Optional.empty(), TrailCheck.check(cut), "entry 4 changed nothing: its loss cannot show");
    }

    @Test
    void anEntryAppendedByHandIsReported() {
        Study s = recorded();
        AuditEntry last = s.auditLog().entries().get(2);
        List<AuditEntry> forged = new ArrayList<>(s.auditLog().entries());
        forged.add(new AuditEntry(4, T, "eve", "session record R16", "", "completed", "", last.seal(), last.hash(),
                last.hash()));
        AuditEntry unsealed = AuditEntry.create(4, T, "eve", "session record R16", "", "completed", "",
                last.hash());
        List<AuditEntry> withUnsealed = new ArrayList<>(s.auditLog().entries());
        withUnsealed.add(unsealed);
        Study added = s.withAddedRecord(record("R16", SessionStatus.COMPLETED, 5));
        List<AuditEntry> oldSeal = new ArrayList<>(s.auditLog().entries());
        oldSeal.add(AuditEntry.create(4, T, "eve", "session record R16", "", "completed", "", last.seal(),
                last.hash()));

        assertEquals(AuditProblem.Kind.EDITED, TrailCheck.check(s.withAuditLog(AuditLog.of(forged))).orElseThrow()
                .kind(), "a hash copied by hand does not match the entry");
        AuditProblem notSealed = TrailCheck.check(s.withAuditLog(AuditLog.of(withUnsealed))).orElseThrow();
        assertEquals(AuditProblem.Kind.NOT_SEALED, notSealed.kind());
        assertEquals("audit entry 4 does not seal the study's data although entry 3 before it does: it was not "
                + "written by the program", notSealed.message());
        assertEquals(AuditProblem.Kind.CONTENT_CHANGED, TrailCheck.check(added.withAuditLog(AuditLog.of(oldSeal)))
                .orElseThrow().kind(), "a seal copied from the entry before does not match the added record");
    }

    @Test
    void theSealIsIncrementalAndGivesWhatAFullHashGives() {
        Study s = recorded();
        Study more = s.withAddedRecord(record("R16", SessionStatus.COMPLETED, 5));

        ContentSeal incremental = ContentSeal.of(more);
        ContentSeal full = ContentSeal.of(more, new SealCache());

        assertEquals(full, incremental);
        assertNotEquals(ContentSeal.sealOf(s), incremental.seal());
        assertEquals(12, full.sections().size());
        assertEquals(new ContentSeal.Section("session records", 4, full.sections().get(10).digest()),
                full.sections().get(10));
        assertEquals(full.seal(), ContentSeal.combine(full.sections()));
    }

    @Test
    void recordingOneMoreSessionHashesOnlyThatRecordAndAListInUseStaysKnown() {
        SealCache cache = new SealCache();
        Study base = recorded();
        ContentSeal.of(base, cache);
        long afterBase = cache.hashedEntries(); // 28 animals, 3 records, the demo's step-test results

        Study next = base;
        for (int i = 0; i < SealCache.KEEP + 2; i++) {
            ContentSeal.of(base, cache); // the window seals the study before each change too
            next = base.withAddedRecord(record("R" + (17 + i), SessionStatus.COMPLETED, 5));
            ContentSeal.of(next, cache);
        }

        assertEquals(28 + 3 + DemoStudy.create().stepTestResults().size(), afterBase);
        assertEquals(afterBase + SealCache.KEEP + 2, cache.hashedEntries(), "one record hashed per change");
        assertEquals(ContentSeal.of(next, new SealCache()), ContentSeal.of(next, cache));
    }

    @Test
    void theCanonicalFormIsStable() {
        Study s = Study.newFromTemplate("Seal", LocalDate.of(2026, 11, 16));

        // A worked example: changing the canonical form (a field, its order or encoding) changes this value, and
        // every study file written before would then show its data as changed. Bump the seal's tag instead.
        assertEquals("c87533197d7aed830ebfcd806772ed5ad4daa26d896e6fbdc0b252a7f159bc0e",
                ContentSeal.of(s, new SealCache()).seal());
        assertEquals(ContentSeal.sealOf(s), ContentSeal.sealOf(Study.newFromTemplate("Seal",
                LocalDate.of(2026, 11, 16))));
        assertNotEquals(ContentSeal.sealOf(s), ContentSeal.sealOf(Study.newFromTemplate("Seal!",
                LocalDate.of(2026, 11, 16))));
    }
}
