package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** The questions a ViewModel may put to the user; the view answers with dialogs, a test with a fake. */
public interface Prompts {
    /** What to do with unsaved changes. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved askUnsaved(String studyName);

    Optional<Path> chooseFileToOpen(Path folder);

    Optional<Path> chooseFileToSave(Path folder, String suggestedName);

    void showError(String title, String message);

    /** A yes-or-no question; true for yes. */
    boolean confirm(String title, String question);

    /** Why a recorded value is being changed or taken back; empty when the user cancelled. */
    Optional<String> askReason(String what);

    /** A warning the user should read; nothing was refused. */
    void showWarning(String title, String message);
}
