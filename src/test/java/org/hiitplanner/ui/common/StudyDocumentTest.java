package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class StudyDocumentTest {
    private final Study start = Study.newFromTemplate("T", LocalDate.of(2025, 1, 6));

    private Optional<String> setWeek3(StudyDocument doc, int intervals) {
        return doc.edit("Edit week 3", s -> s.withProtocol(s.protocol().withWeek(3,
                s.protocol().week(3).withIntervals(intervals))));
    }

    @Test
    void editUndoRedoAndTheDirtyMark() {
        StudyDocument doc = new StudyDocument(start, Path.of("t.hiit.json"));
        assertFalse(doc.isDirty());
        assertEquals(Optional.empty(), setWeek3(doc, 9));
        assertEquals(9, doc.study().protocol().week(3).intervals());
        assertTrue(doc.isDirty());
        assertEquals("Edit week 3", doc.undoTextProperty().get());
        doc.undo();
        assertEquals(6, doc.study().protocol().week(3).intervals());
        assertFalse(doc.isDirty(), "back to the saved state");
        assertTrue(doc.canRedoProperty().get());
        doc.redo();
        assertEquals(9, doc.study().protocol().week(3).intervals());
        assertTrue(doc.isDirty());
    }

    @Test
    void aRejectedEditChangesNothingAndSaysWhy() {
        StudyDocument doc = new StudyDocument(start, null);
        assertEquals(Optional.of("Intervals must be between 1 and 20 (was 25)"), setWeek3(doc, 25));
        assertEquals(start, doc.study());
        assertFalse(doc.canUndoProperty().get());
    }

    @Test
    void aNewEditClearsRedoAndSavingClearsTheMark() {
        StudyDocument doc = new StudyDocument(start, null);
        setWeek3(doc, 9);
        doc.undo();
        setWeek3(doc, 8);
        assertFalse(doc.canRedoProperty().get());
        doc.markSaved(Path.of("x.hiit.json"), doc.study());
        assertFalse(doc.isDirty());
        assertEquals(Path.of("x.hiit.json"), doc.file());
        assertEquals(ProtocolWeek.of(8, "85"), doc.study().protocol().week(3));
    }
}
