package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.domain.study.Study;

/**
 * The one in-memory study that every screen edits. Studies are immutable, so an edit replaces the whole value and
 * undo and redo are stacks of earlier values. Each edit has a description for the Edit menu ("Undo Edit week 3").
 */
public final class StudyDocument {
    private static final int UNDO_LIMIT = 200;

    private final ObjectProperty<Study> study = new SimpleObjectProperty<>(this, "study");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private Study savedStudy;

    private record Change(String description, Study before, Study after) {
    }

    public StudyDocument(Study initial, Path initialFile) {
        replace(initial, initialFile);
    }

    /** A study opened or created: no history, not dirty. */
    public void replace(Study newStudy, Path newFile) {
        undo.clear();
        redo.clear();
        savedStudy = Objects.requireNonNull(newStudy);
        file.set(newFile);
        study.set(newStudy);
        refresh();
    }

    /**
     * Applies an edit. Returns an error message when the edit is rejected by the domain (e.g. a value outside a
     * hard limit); then nothing changes.
     */
    public Optional<String> edit(String description, UnaryOperator<Study> change) {
        Study before = study.get();
        Study after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            return Optional.of(capitalise(e.getMessage()));
        }
        if (after.equals(before)) {
            return Optional.empty();
        }
        undo.push(new Change(description, before, after));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        study.set(after);
        refresh();
        return Optional.empty();
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Change c = undo.pop();
            redo.push(c);
            study.set(c.before());
            refresh();
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Change c = redo.pop();
            undo.push(c);
            study.set(c.after());
            refresh();
        }
    }

    /** After a successful save to {@code savedTo}. */
    public void markSaved(Path savedTo, Study saved) {
        file.set(savedTo);
        savedStudy = saved;
        refresh();
    }

    private void refresh() {
        dirty.set(!study.get().equals(savedStudy));
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "" : undo.peek().description());
        redoText.set(redo.isEmpty() ? "" : redo.peek().description());
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "Invalid value" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public Study study() {
        return study.get();
    }

    public ReadOnlyObjectProperty<Study> studyProperty() {
        return study;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText;
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText;
    }
}
