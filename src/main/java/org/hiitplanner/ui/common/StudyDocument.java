package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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

import org.hiitplanner.app.Outcome;
import org.hiitplanner.app.RecordEntry;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.app.StudySaver;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.study.Study;

/**
 * The window's adapter over the application layer's {@link StudyGate}: the study as JavaFX properties, and undo and
 * redo. Every change goes through the gate, which writes the audit trail, applies the reason rules and saves
 * session records and step-test results at once. Studies are immutable, so undo and redo are stacks of earlier
 * values; each edit has a description for the Edit menu ("Undo Edit week 3"). An edit that never reached the file
 * is undone whole; one that did is undone by a new audited change, which asks for a reason when it takes away a
 * saved session record or step-test result.
 */
public final class StudyDocument {
    private static final int UNDO_LIMIT = 200;

    /** Writes the study to its file; throws with a readable message when it cannot. */
    @FunctionalInterface
    public interface Saver extends StudySaver {
    }

    private final ObjectProperty<Study> study = new SimpleObjectProperty<>(this, "study");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final StringProperty readOnly = new SimpleStringProperty(this, "readOnly", "");
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final StudyGate gate;

    private record Change(String description, Study before, Study after) {
    }

    /** A document with the system clock and the operating-system user as operator (tests, tools). */
    public StudyDocument(Study initial, Path initialFile) {
        this(initial, initialFile, Clock.systemUTC(), () -> System.getProperty("user.name", "unknown"));
    }

    public StudyDocument(Study initial, Path initialFile, Clock clock, Supplier<String> operator) {
        this.gate = new StudyGate(initial, initialFile, clock, operator);
        replace(initial, initialFile);
    }

    /** Where session records and step-test results are saved at once; null saves nothing until File → Save. */
    public void setSaver(StudySaver saver) {
        gate.setSaver(saver);
    }

    /** Where the plan of a study comes from when records are checked (the window's shared schedule). */
    public void setPlanner(Function<Study, List<PlannedSession>> planner) {
        gate.setPlanner(planner);
    }

    /** Read-only while {@code holder} (who, where, since when) has the study open for writing; "" to write again. */
    public void setReadOnly(String holder) {
        gate.setReadOnly(holder);
        readOnly.set(holder == null ? "" : holder.strip());
    }

    /** Who has the study open for writing while this window only reads it; empty when this window may write. */
    public ReadOnlyStringProperty readOnlyProperty() {
        return readOnly;
    }

    /** A study opened or created: no history, not dirty. */
    public void replace(Study newStudy, Path newFile) {
        undo.clear();
        redo.clear();
        gate.open(newStudy, newFile);
        sync();
    }

    /**
     * Before a save: seals the trail ("audit trail sealed") when it does not seal the study's content yet, e.g. a
     * file of an older version; not a step of undo.
     */
    public void sealTrail() {
        if (gate.sealTrail().changed()) {
            sync();
        }
    }

    /** {@link #edit(String, String, UnaryOperator)} without a reason. */
    public Optional<String> edit(String description, UnaryOperator<Study> change) {
        return edit(description, "", change);
    }

    /**
     * Applies an edit. Returns an error message when the edit is rejected: by the domain (e.g. a value outside a
     * hard limit), for want of a reason, or because it could not be saved; then nothing changes.
     */
    public Optional<String> edit(String description, String reason, UnaryOperator<Study> change) {
        return done(description, gate.edit(reason, change));
    }

    /** Records sessions through the gate (rules, corrections with a reason, saved at once); one step of undo. */
    public Optional<String> record(String description, List<RecordEntry> entries) {
        return done(description, gate.record(entries));
    }

    /** A PI clears an animal's open weight-loss flag with a reason (saved at once, audited); one step of undo. */
    public Optional<String> clearWeightFlag(String description, String animalId, String reason) {
        return done(description, gate.clearWeightFlag(animalId, reason));
    }

    private Optional<String> done(String description, Outcome outcome) {
        if (outcome.changed()) {
            undo.push(new Change(description, outcome.before(), outcome.after()));
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
            redo.clear();
        }
        sync();
        return outcome.message();
    }

    /** True when undoing the last edit takes away a saved session record or step-test result: ask for a reason. */
    public boolean undoNeedsReason() {
        return !undo.isEmpty() && !gate.unsaved(undo.peek().after(), undo.peek().before())
                && gate.moveNeedsReason(undo.peek().before());
    }

    /** True when redoing the last undone edit takes away a saved session record or step-test result. */
    public boolean redoNeedsReason() {
        return !redo.isEmpty() && !gate.unsaved(redo.peek().before(), redo.peek().after())
                && gate.moveNeedsReason(redo.peek().after());
    }

    /** Undoes the last edit; see {@link #undoWithReason(String)}. */
    public Optional<String> undo() {
        return undoWithReason("");
    }

    /**
     * Undoes the last edit. An edit that never reached the file is taken back whole, its audit entries with it;
     * one that was saved is undone by a new change that the audit trail records, with {@code reason} (required when
     * {@link #undoNeedsReason()}). Returns an error message when refused or not saved (then nothing changes).
     */
    public Optional<String> undoWithReason(String reason) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Change c = undo.peek();
        Optional<String> error = move(c.after(), c.before(), "Undo: " + c.description(), reason);
        if (error.isEmpty()) {
            redo.push(undo.pop());
        }
        sync();
        return error;
    }

    /** Redoes the last undone edit; see {@link #redoWithReason(String)}. */
    public Optional<String> redo() {
        return redoWithReason("");
    }

    /** Redoes the last undone edit, the same way as undo; returns an error message when refused or not saved. */
    public Optional<String> redoWithReason(String reason) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Change c = redo.peek();
        Optional<String> error = move(c.before(), c.after(), "Redo: " + c.description(), reason);
        if (error.isEmpty()) {
            undo.push(redo.pop());
        }
        sync();
        return error;
    }

    private Optional<String> move(Study from, Study to, String label, String reason) {
        if (gate.unsaved(from, to)) {
            gate.restore(to);
            return Optional.empty();
        }
        return gate.moveTo(to, label, reason).message();
    }

    /** The study as it was opened (or created): what counts as already recorded. */
    public Study opened() {
        return gate.opened();
    }

    /** After a successful save to {@code savedTo}. */
    public void markSaved(Path savedTo, Study saved) {
        gate.markSaved(savedTo, saved);
        sync();
    }

    /** The clock of the gate: what "today" is for every screen. */
    public Clock clock() {
        return gate.clock();
    }

    private void sync() {
        file.set(gate.file());
        study.set(gate.study());
        dirty.set(gate.isDirty());
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "" : undo.peek().description());
        redoText.set(redo.isEmpty() ? "" : redo.peek().description());
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
