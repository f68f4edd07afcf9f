package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
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

import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.app.StudyChange;
import org.hiitplanner.app.StudyChanges;

/**
 * The one in-memory study that every screen edits. Studies are immutable, so an edit replaces the whole value and
 * undo and redo are stacks of earlier values. Each edit has a description for the Edit menu ("Undo Edit week 3").
 * <p>
 * Every change, undo and redo included, is appended to the study's audit trail field by field, with the time,
 * the operator and the reason; the trail only grows, so an undo is itself a change. A change that supersedes or
 * removes a session record or a step-test result needs a reason. A change to session records or step-test
 * results is saved to the study's file at once (DESIGN.md §4) when the study has a file and a saver is set.
 */
public final class StudyDocument {
    private static final int UNDO_LIMIT = 200;

    /** Writes the study to its file; throws with a readable message when it cannot. */
    @FunctionalInterface
    public interface Saver {
        void save(Study study, Path file) throws Exception;
    }

    private final ObjectProperty<Study> study = new SimpleObjectProperty<>(this, "study");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final StringProperty undoText = new SimpleStringProperty(this, "undoText", "");
    private final StringProperty redoText = new SimpleStringProperty(this, "redoText", "");
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final StudyChanges changes = new StudyChanges();
    private final Clock clock;
    private final Supplier<String> operator;
    private Saver saver;
    private Study savedStudy;
    private Study openedStudy;

    private record Change(String description, Study before, Study after) {
    }

    /** A document with the system clock and the operating-system user as operator (tests, tools). */
    public StudyDocument(Study initial, Path initialFile) {
        this(initial, initialFile, Clock.systemUTC(), () -> System.getProperty("user.name", "unknown"));
    }

    public StudyDocument(Study initial, Path initialFile, Clock clock, Supplier<String> operator) {
        this.clock = Objects.requireNonNull(clock);
        this.operator = Objects.requireNonNull(operator);
        replace(initial, initialFile);
    }

    /** Where session records and step-test results are saved at once; null saves nothing until File → Save. */
    public void setSaver(Saver saver) {
        this.saver = saver;
    }

    /** A study opened or created: no history, not dirty. */
    public void replace(Study newStudy, Path newFile) {
        undo.clear();
        redo.clear();
        savedStudy = Objects.requireNonNull(newStudy);
        openedStudy = newStudy;
        file.set(newFile);
        study.set(newStudy);
        refresh();
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
        Study before = study.get();
        Study after;
        try {
            after = change.apply(before);
        } catch (IllegalArgumentException e) {
            return Optional.of(capitalise(e.getMessage()));
        }
        if (sameContent(before, after)) {
            return Optional.empty();
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() && supersedesRecords(openedStudy, before, after)) {
            return Optional.of("A reason is required to change or remove a recorded session or step-test result");
        }
        Optional<String> error = apply(before, after, why);
        if (error.isEmpty()) {
            undo.push(new Change(description, before, study.get()));
            if (undo.size() > UNDO_LIMIT) {
                undo.removeLast();
            }
            redo.clear();
            refresh();
        }
        return error;
    }

    /**
     * Undoes the last edit. An edit that never reached the file is taken back whole, its audit entries with it;
     * one that was saved (records are saved at once) is undone by a new change that the audit trail records.
     * Returns an error message when it could not be saved (then nothing changes).
     */
    public Optional<String> undo() {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Change c = undo.peek();
        Optional<String> error = unsaved(c.after(), c.before()) ? restore(c.before())
                : apply(study.get(), c.before(), "Undo: " + c.description());
        if (error.isEmpty()) {
            redo.push(undo.pop());
            refresh();
        }
        return error;
    }

    /** Redoes the last undone edit, the same way; returns an error message when it could not be saved. */
    public Optional<String> redo() {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Change c = redo.peek();
        Optional<String> error = unsaved(c.before(), c.after()) ? restore(c.after())
                : apply(study.get(), c.after(), "Redo: " + c.description());
        if (error.isEmpty()) {
            undo.push(redo.pop());
            refresh();
        }
        return error;
    }

    /**
     * True when the document is still exactly at {@code from} (audit trail included) and nothing since the
     * earlier of the two states has been saved, so that going to {@code to} needs no audit entry.
     */
    private boolean unsaved(Study from, Study to) {
        int common = Math.min(from.auditLog().size(), to.auditLog().size());
        return study.get().auditLog().equals(from.auditLog()) && savedStudy.auditLog().size() <= common;
    }

    private Optional<String> restore(Study snapshot) {
        study.set(snapshot);
        refresh();
        return Optional.empty();
    }

    /**
     * Moves to {@code target}'s content, appending the changes to the current audit trail; saves at once when
     * session records or step-test results changed and there is a file to save to.
     */
    private Optional<String> apply(Study current, Study target, String reason) {
        List<StudyChange> list = changes.between(current, target);
        String who = operator.get();
        AuditLog log = current.auditLog().appendAll(clock.instant(), who == null || who.isBlank() ? "unknown" : who,
                reason, list);
        Study next = target.withAuditLog(log);
        if (saver != null && file.get() != null && recordsDiffer(current, next)) {
            try {
                saver.save(next, file.get());
            } catch (Exception e) {
                return Optional.of("Nothing was recorded: " + (e.getMessage() == null ? e.toString()
                        : e.getMessage()));
            }
            savedStudy = next;
        }
        study.set(next);
        refresh();
        return Optional.empty();
    }

    private static boolean sameContent(Study a, Study b) {
        return a.withAuditLog(AuditLog.empty()).equals(b.withAuditLog(AuditLog.empty()));
    }

    private static boolean recordsDiffer(Study a, Study b) {
        return !a.sessionRecords().equals(b.sessionRecords()) || !a.stepTestResults().equals(b.stepTestResults());
    }

    /**
     * True when the change removes or supersedes a session record, or removes or replaces a step-test result that
     * was already in the study when it was opened. (Results typed since, in the step-test grid, may be completed
     * and corrected without a reason; the audit trail still has every value.)
     */
    static boolean supersedesRecords(Study opened, Study before, Study after) {
        if (!after.sessionRecords().containsAll(before.sessionRecords())) {
            return true;
        }
        boolean recordAgain = after.sessionRecords().stream().filter(r -> !before.sessionRecords().contains(r))
                .anyMatch(r -> before.sessionRecords().stream().anyMatch(b -> b.animalId().equals(r.animalId())
                        && b.date().equals(r.date())));
        return recordAgain || before.stepTestResults().stream()
                .filter(r -> !after.stepTestResults().contains(r))
                .anyMatch(r -> opened.stepTestResults().stream().anyMatch(o -> o.animalId().equals(r.animalId())
                        && o.date().equals(r.date())));
    }

    /** The study as it was opened (or created): what counts as already recorded. */
    public Study opened() {
        return openedStudy;
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
