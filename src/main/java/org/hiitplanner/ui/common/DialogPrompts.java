package org.hiitplanner.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Prompts as JavaFX dialogs owned by the main window. */
public final class DialogPrompts implements Prompts {
    private final Window owner;
    private final Messages messages;

    public DialogPrompts(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Unsaved askUnsaved(String studyName) {
        ButtonType save = new ButtonType(messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, messages.get("dialog.unsaved.text", studyName), save,
                discard, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(messages.get("dialog.unsaved.title"));
        a.setHeaderText(messages.get("dialog.unsaved.header", studyName));
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Unsaved.SAVE : answer == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        FileChooser fc = chooser(folder);
        fc.setTitle(messages.get("dialog.open.title"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
        FileChooser fc = chooser(folder);
        fc.setTitle(messages.get("dialog.save.title"));
        fc.setInitialFileName(suggestedName);
        return Optional.ofNullable(fc.showSaveDialog(owner)).map(File::toPath);
    }

    private FileChooser chooser(Path folder) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.study"), "*.hiit.json", "*.json"),
                new FileChooser.ExtensionFilter(messages.get("dialog.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        return fc;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public boolean confirm(String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.YES, ButtonType.NO);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b == ButtonType.YES).isPresent();
    }

    @Override
    public Optional<String> askReason(String what) {
        return new DialogReasonPrompt(() -> owner, messages).askReason(what);
    }

    @Override
    public void showWarning(String title, String message) {
        show(Alert.AlertType.WARNING, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, 2 + message.split("\n").length));
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }
}
