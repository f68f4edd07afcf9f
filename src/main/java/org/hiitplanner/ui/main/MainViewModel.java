package org.hiitplanner.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.FileGuard;
import org.hiitplanner.storage.LoadedStudy;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.Prompts;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.StudyDocument;

/** File handling, title and status of the main window. */
public final class MainViewModel {
    private final StudyDocument document;
    private final StudyStore store;
    private final TaskRunner background;
    private final RecentFiles recent;
    private final Messages messages;
    private final Clock clock;
    private final FileHold hold;
    private Prompts prompts;
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public MainViewModel(StudyDocument document, StudyStore store, TaskRunner background, RecentFiles recent,
                         Messages messages, Clock clock) {
        this.document = document;
        this.store = store;
        this.background = background;
        this.recent = recent;
        this.messages = messages;
        this.clock = clock;
        title.bind(Bindings.createStringBinding(this::computeTitle, document.fileProperty(), document.dirtyProperty(),
                document.studyProperty()));
        this.hold = new FileHold(store, clock);
        document.setSaver(hold.saver());
    }

    /** The view sets this once it exists. */
    public void setPrompts(Prompts prompts) {
        this.prompts = prompts;
    }

    private String computeTitle() {
        String name = fileName();
        return (document.isDirty() ? "*" : "") + name + " — " + messages.get("app.name");
    }

    private String fileName() {
        Path f = document.file();
        return f == null ? messages.get("file.untitled") : String.valueOf(f.getFileName());
    }

    /** Edit › Undo: asks for a reason first when the undo takes away a saved session record or step-test result. */
    public void undo() {
        takeBack(document.undoNeedsReason(), "undo.reason.what", document.undoTextProperty().get(),
                document::undoWithReason);
    }

    /** Edit › Redo, the same way. */
    public void redo() {
        takeBack(document.redoNeedsReason(), "undo.reason.what", document.redoTextProperty().get(),
                document::redoWithReason);
    }

    private void takeBack(boolean needsReason, String key, String what,
                          Function<String, Optional<String>> action) {
        String reason = "";
        if (needsReason) {
            Optional<String> asked = prompts.askReason(messages.get(key, what));
            if (asked.isEmpty()) {
                status.set(messages.get("reason.cancelled"));
                return;
            }
            reason = asked.get();
        }
        action.apply(reason).ifPresent(e -> prompts.showError(messages.get("error.undo.title"), e));
    }

    /** Who this workstation's operator is: named in the lock of the study this window writes. */
    public void setOperator(java.util.function.Supplier<String> operator) {
        hold.setOperator(operator);
    }

    public void newStudy() {
        whenChangesAreSafe(() -> {
            hold.release();
            document.setReadOnly("");
            LocalDate next = LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
            document.replace(Study.newFromTemplate(messages.get("study.new.title"), next), null);
            status.set(messages.get("status.new", next));
        });
    }

    public void open() {
        whenChangesAreSafe(() -> prompts.chooseFileToOpen(folder()).ifPresent(this::load));
    }

    public void openRecent(Path file) {
        whenChangesAreSafe(() -> load(file));
    }

    /** Loads in the background; the current study stays until the new one has loaded. */
    public void load(Path file) {
        busy.set(true);
        status.set(messages.get("status.opening", file.getFileName()));
        background.run(() -> {
            FileGuard guard = FileGuard.of(file);
            return new Read(store.read(file), guard);
        }, read -> {
            busy.set(false);
            LoadedStudy loaded = read.loaded();
            if (loaded.hasErrors()) {
                status.set(messages.get("status.openFailed", file.getFileName()));
                prompts.showError(messages.get("error.open.title"), describe(StudyStore.refusal(loaded, file)));
                return;
            }
            document.replace(loaded.study(), file);
            recent.add(file);
            status.set(messages.get("status.opened", file.getFileName(), loaded.study().animals().size()));
            holdFile(file, read.guard());
            auditWarning(loaded).ifPresent(w -> prompts.showWarning(messages.get("warning.audit.title"), w));
        }, error -> {
            busy.set(false);
            status.set(messages.get("status.openFailed", file.getFileName()));
            prompts.showError(messages.get("error.open.title"), describe(error));
        });
    }

    private record Read(LoadedStudy loaded, FileGuard guard) {
    }

    /** Takes the file's lock, or shows who has it open for writing and opens the study read-only. */
    private void holdFile(Path file, FileGuard guard) {
        FileHold.Taken taken = hold.take(file, guard, false);
        if (!taken.writable() && taken.stale() && prompts.confirm(messages.get("lock.stale.title"),
                messages.get("lock.stale.question", file.getFileName(), taken.holder().describe()))) {
            taken = hold.take(file, guard, true);
        }
        document.setReadOnly(taken.writable() ? "" : taken.holder().describe());
        if (!taken.writable()) {
            status.set(messages.get("lock.readOnly", file.getFileName(), taken.holder().describe()));
        }
    }

    /**
     * Read-only › Take over…: reads the file again and takes its lock if its holder has closed it, or, after a
     * confirmation, if the holder's program has ended; otherwise it stays read-only and says who holds it.
     */
    public void takeOver() {
        if (document.file() != null) {
            load(document.file());
        }
    }

    /** Follows the file while read-only: when another program saved it, it is read again. */
    public void followFile() {
        if (!document.readOnlyProperty().get().isEmpty() && !busy.get() && hold.changedOnDisk()) {
            load(document.file());
        }
    }

    /** When the window closes: the lock is released. */
    public void releaseFile() {
        hold.release();
    }

    /** The audit-trail damage found when the study was read, with the file's place, if any. */
    private Optional<String> auditWarning(LoadedStudy loaded) {
        return loaded.findings().stream().filter(f -> f.path().startsWith("$.auditLog"))
                .map(f -> messages.get("warning.audit.text", f.path(), f.message())).findFirst();
    }

    public void save() {
        saveThen(() -> { });
    }

    public void saveAs() {
        saveAsThen(() -> { });
    }

    private void saveThen(Runnable next) {
        if (document.file() == null) {
            saveAsThen(next);
        } else {
            write(document.file(), next);
        }
    }

    private void saveAsThen(Runnable next) {
        String suggested = document.file() == null ? suggestedName() : String.valueOf(document.file().getFileName());
        prompts.chooseFileToSave(folder(), suggested).map(MainViewModel::withExtension).ifPresent(f -> write(f, next));
    }

    /**
     * Saves on the FX thread: records are also saved at once from the FX thread (StudyDocument), and one writer
     * keeps a later state from ever being overwritten by an earlier one.
     */
    private void write(Path file, Runnable next) {
        boolean sameFile = file.equals(document.file());
        if (sameFile && !document.readOnlyProperty().get().isEmpty()) {
            prompts.showError(messages.get("error.save.title"), messages.get("lock.readOnly", file.getFileName(),
                    document.readOnlyProperty().get()));
            return;
        }
        document.sealTrail();
        Study snapshot = document.study();
        try {
            hold.saver().save(snapshot, file);
        } catch (Exception e) {
            prompts.showError(messages.get("error.save.title"), describe(e));
            return;
        }
        document.markSaved(file, snapshot);
        if (!sameFile || hold.file().isEmpty()) {
            try {
                holdFile(file, FileGuard.of(file));
            } catch (java.io.IOException e) {
                status.set(describe(e));
            }
        }
        recent.add(file);
        status.set(messages.get("status.saved", file.getFileName()));
        next.run();
    }

    /** Runs {@code action} at once if nothing is unsaved, else after the user chose to save or discard. */
    public void whenChangesAreSafe(Runnable action) {
        if (!document.isDirty()) {
            action.run();
            return;
        }
        switch (prompts.askUnsaved(fileName())) {
            case SAVE -> saveThen(action);
            case DISCARD -> action.run();
            case CANCEL -> { }
        }
    }

    private String suggestedName() {
        String t = document.study().info().title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return (t.isEmpty() ? "study" : t.toLowerCase(messages.locale())) + ".hiit.json";
    }

    static Path withExtension(Path file) {
        String name = String.valueOf(file.getFileName());
        return name.endsWith(".json") ? file : file.resolveSibling(name + ".hiit.json");
    }

    private Path folder() {
        Path f = document.file();
        if (f != null && f.toAbsolutePath().getParent() != null) {
            return f.toAbsolutePath().getParent();
        }
        return Optional.ofNullable(recent.files().isEmpty() ? null : recent.files().get(0).getParent())
                .orElse(Path.of(System.getProperty("user.home")));
    }

    static String describe(Throwable error) {
        if (error instanceof StudyFileException) {
            return error.getMessage();
        }
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public StudyDocument document() {
        return document;
    }

    public RecentFiles recentFiles() {
        return recent;
    }
}
