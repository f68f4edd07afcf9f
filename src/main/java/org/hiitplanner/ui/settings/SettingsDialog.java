package org.hiitplanner.ui.settings;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

import org.hiitplanner.ui.common.Messages;

/**
 * File › Study settings… (Ctrl+,): the {@link SettingsView} in a dialog with a Close button. Built once; each time it
 * opens it shows the study's values, and on closing it saves a field that was typed but not yet left.
 */
public final class SettingsDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final SettingsViewModel model;

    public SettingsDialog(Window owner, SettingsViewModel model, Messages messages) {
        this.model = model;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("settings.title.dialog"));
        dialog.initModality(javafx.stage.Modality.NONE);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("settings-dialog");
        dialog.getDialogPane().setContent(new SettingsView(model, messages).root());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("settings.close"),
                ButtonType.CLOSE.getButtonData()));
        dialog.setOnHiding(e -> model.commitPending());
    }

    /** Opens the dialog (or brings it to the front) and returns at once: the window stays usable for Undo. */
    public void show() {
        if (dialog.isShowing()) {
            dialog.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        model.reload();
        dialog.show();
    }

    /** The dialog itself, for tests. */
    Dialog<ButtonType> dialog() {
        return dialog;
    }
}
