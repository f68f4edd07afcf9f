package org.hiitplanner.ui.steptests;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;

/**
 * Asks for the date from which a change of the step test applies, and why; OK needs a date not before the
 * earliest and a reason (like the protocol screen's version dialog).
 */
final class DialogStepTestVersionPrompt implements StepTestVersionPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    DialogStepTestVersionPrompt(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Request> ask(int versionNumber, LocalDate earliest) {
        Dialog<Request> dialog = new Dialog<>();
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.setTitle(messages.get("steptests.version.title", versionNumber));
        dialog.setHeaderText(messages.get("steptests.version.header", versionNumber, earliest));
        DatePicker from = IsoDates.picker("steptests-version-from");
        from.setValue(earliest);
        from.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(earliest));
            }
        });
        TextField reason = new TextField();
        reason.setId("steptests-version-reason");
        reason.setPrefColumnCount(32);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(messages.get("steptests.version.from")), from);
        grid.addRow(1, new Label(messages.get("steptests.version.reason")), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank() || from.getValue() == null
                        || from.getValue().isBefore(earliest), reason.textProperty(), from.valueProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Request(from.getValue(), reason.getText().strip())
                : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
