package org.hiitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.junit.jupiter.api.Test;

/** The application layer: records with their audit entries, the reason rules, saving at once, refusals. */
class StudyGateTest {
    private static final Clock NINE_THIRTY = Clock.fixed(Instant.parse("2026-11-16T09:30:00Z"), ZoneOffset.UTC);
    private static final Path FILE = Path.of("study.hiit.json");
    private final List<Study> saves = new ArrayList<>();

    private StudyGate gate(Study s) {
        StudyGate gate = new StudyGate(s, FILE, NINE_THIRTY, () -> "Anna de Vries");
        gate.setSaver((study, file) -> saves.add(study));
        return gate;
    }

    private static SessionRecord record(String animal, String day, SessionStatus status, int intervals, int stimuli,
                                        String weight) {
        int session = LocalDate.parse(day).getDayOfMonth() - 15; // the demo's first week: Monday 16 is session 1
        return new SessionRecord(animal, LocalDate.parse(day), session, status, intervals, stimuli, 0,
                weight == null ? null : new BigDecimal(weight), "", "", "T. Tech", NINE_THIRTY.instant());
    }

    @Test
    void threeRecordsAreAppendedInOneSaveWithAnEntryEachAndAWelfareEventForTwentyFiveStimuli() {
        StudyGate gate = gate(DemoStudy.create());
        Outcome o = gate.record(List.of(
                RecordEntry.of(record("R15", "2026-11-16", SessionStatus.COMPLETED, 4, 0, "350")),
                RecordEntry.of(record("R16", "2026-11-16", SessionStatus.PARTIAL, 3, 25, null)),
                RecordEntry.of(record("R17", "2026-11-16", SessionStatus.MISSED, 0, 0, null))));

        assertTrue(o.changed());
        assertEquals(1, saves.size(), "saved once, at once");
        assertSame(o.after(), saves.get(0));
        assertEquals(3, o.after().sessionRecords().size());
        List<AuditEntry> trail = o.after().auditLog().entries();
        assertEquals(List.of("session record R15 2026-11-16", "session record R16 2026-11-16",
                "welfare event R16 2026-11-16", "session record R17 2026-11-16"),
                trail.stream().map(AuditEntry::what).toList());
        assertEquals("Anna de Vries", trail.get(2).operator());
        assertTrue(trail.get(2).newValue().contains("25 stimuli"), trail.get(2).newValue());
        assertTrue(o.after().auditLog().verify().isEmpty());
    }

    @Test
    void aCorrectionNeedsAReasonAndIsAuditedFromTheOldRecordToTheNew() {
        StudyGate gate = gate(DemoStudy.create());
        gate.record(List.of(RecordEntry.of(record("R15", "2026-11-16", SessionStatus.COMPLETED, 4, 0, null))));
        SessionRecord partial = record("R15", "2026-11-16", SessionStatus.PARTIAL, 3, 0, null);

        Outcome refused = gate.record(List.of(RecordEntry.of(partial)));
        assertEquals(Refusal.Kind.REASON_REQUIRED, refused.error().orElseThrow().kind());
        assertEquals(1, gate.study().sessionRecords().size());
        assertEquals(1, saves.size(), "a refusal saves nothing");

        Outcome corrected = gate.record(List.of(new RecordEntry(partial, "stopped after interval 3")));
        AuditEntry e = corrected.after().auditLog().entries().get(1);
        assertEquals("stopped after interval 3", e.reason());
        assertTrue(e.oldValue().startsWith("completed, 4 intervals"), e.oldValue());
        assertTrue(e.newValue().startsWith("partial, 3 intervals"), e.newValue());
        assertEquals(2, corrected.after().sessionRecords().size(), "the earlier record stays on record");
    }

    @Test
    void theOneRuleSetRefusesWhatThePlanDoesNotExplainAndSavesNothing() {
        StudyGate gate = gate(DemoStudy.create());
        Outcome future = gate.record(List.of(RecordEntry.of(record("R15", "2026-11-17", SessionStatus.MISSED, 0, 0,
                null))));
        assertEquals(Refusal.Kind.NOT_ALLOWED, future.refusal().kind());
        assertTrue(future.refusal().message().contains("2026-11-17"), future.refusal().message());
        Outcome tooMany = gate.record(List.of(RecordEntry.of(record("R15", "2026-11-16", SessionStatus.COMPLETED, 99,
                0, null))));
        assertEquals(Refusal.Kind.NOT_ALLOWED, tooMany.refusal().kind());
        assertEquals(List.of(), saves);
        assertEquals(DemoStudy.create(), gate.study());
    }

    @Test
    void aFailedSaveRefusesAndChangesNothing() {
        StudyGate gate = new StudyGate(DemoStudy.create(), FILE, NINE_THIRTY, () -> "Ana");
        gate.setSaver((s, f) -> {
            throw new java.io.IOException("disk full");
        });
        Outcome o = gate.record(List.of(RecordEntry.of(record("R15", "2026-11-16", SessionStatus.MISSED, 0, 0,
                null))));
        assertEquals(new Refusal(Refusal.Kind.NOT_SAVED, "Nothing was recorded: disk full"), o.refusal());
        assertEquals(DemoStudy.create(), gate.study());
    }

    @Test
    void aWeightFlagIsClearedByThePiWithAReasonAndOnlyWhenOpen() {
        Clock wednesday = Clock.fixed(Instant.parse("2026-11-18T09:30:00Z"), ZoneOffset.UTC);
        StudyGate gate = new StudyGate(DemoStudy.create(), FILE, wednesday, () -> "Anna de Vries");
        gate.setSaver((study, file) -> saves.add(study));
        assertEquals("Animal R15 has no open body-weight-loss flag; nothing to clear",
                gate.clearWeightFlag("R15", "vet agrees").message().orElseThrow());
        gate.record(List.of(RecordEntry.of(record("R15", "2026-11-16", SessionStatus.COMPLETED, 4, 0, "350")),
                RecordEntry.of(record("R15", "2026-11-17", SessionStatus.COMPLETED, 4, 0, "280"))));
        assertEquals(Refusal.Kind.REASON_REQUIRED, gate.clearWeightFlag("R15", " ").refusal().kind());

        Outcome cleared = gate.clearWeightFlag("R15", "vet agrees");
        assertTrue(cleared.changed());
        var clearance = cleared.after().welfareClearances().get(0);
        assertEquals(LocalDate.parse("2026-11-17"), clearance.coversThrough());
        assertEquals("Anna de Vries", clearance.clearedBy());
        assertSame(cleared.after(), saves.get(saves.size() - 1), "a clearance is saved at once");
    }

    @Test
    void takingBackASavedRecordNeedsAReasonButAnUnsavedEditDoesNot() {
        StudyGate gate = gate(DemoStudy.create());
        Study before = gate.study();
        gate.record(List.of(RecordEntry.of(record("R15", "2026-11-16", SessionStatus.COMPLETED, 4, 0, null))));
        assertTrue(gate.moveNeedsReason(before));
        assertEquals(Refusal.Kind.REASON_REQUIRED, gate.moveTo(before, "Undo: Record R15", "").refusal().kind());
        Outcome undone = gate.moveTo(before, "Undo: Record R15", "wrong animal");
        assertEquals(List.of(), undone.after().sessionRecords());
        assertEquals("Undo: Record R15 (wrong animal)",
                undone.after().auditLog().entries().get(1).reason());

        Study titled = gate.edit("", s -> s.withInfo(new StudyInfo("Pilot", s.info().species(), s.info().strain(), s.info().sex(), s.info().investigator()))).after();
        assertFalse(gate.moveNeedsReason(undone.after()), "a title is no record");
        assertTrue(gate.unsaved(titled, undone.after()), "the title never reached the file");
    }
}
