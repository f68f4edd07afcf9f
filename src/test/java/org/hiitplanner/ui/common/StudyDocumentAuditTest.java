package org.hiitplanner.ui.common;

import org.hiitplanner.domain.study.StudyInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every change reaches the audit trail; records are saved at once; corrections of the record need a reason. */
class StudyDocumentAuditTest {
    private static final Clock NINE_THIRTY = Clock.fixed(Instant.parse("2026-11-16T09:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private final StudyStore store = new StudyStore();

    @TempDir
    Path dir;

    private static SessionRecord r15(SessionStatus status, int intervals, String at) {
        return new SessionRecord("R15", MONDAY, 1, status, intervals, 0, 0, null, "", "", "T. Tech",
                Instant.parse(at));
    }

    private StudyDocument savedDocument() throws Exception {
        Path file = dir.resolve("study.hiit.json");
        store.save(DemoStudy.create(), file);
        StudyDocument doc = new StudyDocument(store.load(file), file, NINE_THIRTY, () -> "Ana");
        doc.setSaver(store::save);
        return doc;
    }

    @Test
    void anEditIsAuditedWithTimeOperatorOldAndNewAndAnUnsavedUndoTakesItBackWhole() {
        StudyDocument doc = new StudyDocument(DemoStudy.create(), null, NINE_THIRTY, () -> "Ana");

        doc.edit("Rename", s -> s.withInfo(new org.hiitplanner.domain.study.StudyInfo("Pilot", "Rat", "Wistar",
                s.info().sex(), s.info().investigator())));

        AuditEntry e = doc.study().auditLog().entries().get(0);
        assertEquals(List.of(1L, 2L), List.of(e.sequence(), (long) doc.study().auditLog().size() + 1));
        assertEquals(Instant.parse("2026-11-16T09:30:00Z"), e.at());
        assertEquals("Ana", e.operator());
        assertEquals("study title", e.what());
        assertEquals("HIIT in type 2 diabetic rats (demo)", e.oldValue());
        assertEquals("Pilot", e.newValue());
        doc.undo();
        assertEquals(DemoStudy.create(), doc.study(), "nothing was saved, so nothing is left to audit");
        assertFalse(doc.isDirty());
    }

    @Test
    void aRecordIsSavedTheMomentItIsConfirmedAndItsUndoNeedsAReasonAndIsAudited() throws Exception {
        StudyDocument doc = savedDocument();

        assertEquals(Optional.empty(), doc.edit("Record R15", s -> s.withAddedRecord(
                r15(SessionStatus.COMPLETED, 4, "2026-11-16T09:30:00Z"))));

        Study onDisk = store.load(doc.file());
        assertEquals(doc.study(), onDisk);
        assertFalse(doc.isDirty());
        assertEquals("session record R15 2026-11-16", onDisk.auditLog().entries().get(0).what());
        assertTrue(doc.undoNeedsReason(), "the record is on file: taking it back is a correction");
        assertEquals(Optional.of("A reason is required: this removes a saved session record or step-test result"),
                doc.undo());
        assertEquals(onDisk, store.load(doc.file()), "a refused undo changes nothing on disk");
        assertEquals(Optional.empty(), doc.undoWithReason("entered for the wrong animal"));
        Study afterUndo = store.load(doc.file());
        assertEquals(List.of(), afterUndo.sessionRecords());
        AuditEntry undo = afterUndo.auditLog().entries().get(1);
        assertEquals("Undo: Record R15 (entered for the wrong animal)", undo.reason());
        assertEquals("", undo.newValue());
        assertTrue(afterUndo.auditLog().verify().isEmpty());
    }

    @Test
    void aCorrectionNeedsAReasonAndKeepsTheEarlierRecord() throws Exception {
        StudyDocument doc = savedDocument();
        doc.edit("Record R15", s -> s.withAddedRecord(r15(SessionStatus.COMPLETED, 4, "2026-11-16T09:30:00Z")));
        SessionRecord partial = r15(SessionStatus.PARTIAL, 3, "2026-11-16T10:00:00Z");

        assertEquals(Optional.of("A reason is required to change or remove a recorded session or step-test result"),
                doc.edit("Correct R15", s -> s.withAddedRecord(partial)));
        assertEquals(Optional.empty(), doc.edit("Correct R15", "stopped at interval 4, mis-typed",
                s -> s.withAddedRecord(partial)));

        Study onDisk = store.load(doc.file());
        assertEquals(2, onDisk.sessionRecords().size());
        AuditEntry e = onDisk.auditLog().entries().get(1);
        assertEquals("completed, 4 intervals, 0 stimuli, 0 s on grid, by T. Tech", e.oldValue());
        assertEquals("partial, 3 intervals, 0 stimuli, 0 s on grid, by T. Tech", e.newValue());
        assertEquals("stopped at interval 4, mis-typed", e.reason());
    }

    @Test
    void aRecordThatCannotBeSavedIsNotRecordedAndSaysWhy() throws Exception {
        StudyDocument doc = savedDocument();
        Study before = doc.study();
        doc.setSaver((study, file) -> {
            throw new java.io.IOException(file.getFileName() + ": disk full");
        });

        assertEquals(Optional.of("Nothing was recorded: study.hiit.json: disk full"), doc.edit("Record R15",
                s -> s.withAddedRecord(r15(SessionStatus.COMPLETED, 4, "2026-11-16T09:30:00Z"))));
        assertEquals(before, doc.study());
        assertFalse(doc.canUndoProperty().get());
    }
}
