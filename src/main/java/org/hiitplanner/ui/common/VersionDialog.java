package org.hiitplanner.ui.common;

import java.time.LocalDate;
import java.util.Optional;

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

/**
 * Asks from which date a new version applies (not before {@code earliest}) and why; OK needs both. Shared by the
 * protocol's and the step test's versions.
 */
public final class VersionDialog {
    /** The date and the reason typed. */
    public record Answer(LocalDate from, String reason) {
    }

    private VersionDialog() {
    }

    /**
     * @param keys  the prefix of the message keys: {@code keys.title}, {@code .header}, {@code .from}, {@code .reason}
     * @param ids   the prefix of the fields' ids: {@code ids + "from"}, {@code ids + "reason"}
     */
    public static Optional<Answer> ask(Window owner, Messages messages, String keys, String ids, int versionNumber,
                                       LocalDate earliest) {
        Dialog<Answer> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get(keys + ".title", versionNumber));
        dialog.setHeaderText(messages.get(keys + ".header", versionNumber, earliest));
        DatePicker from = IsoDates.picker(ids + "from");
        from.setValue(earliest);
        from.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(earliest));
            }
        });
        TextField reason = new TextField();
        reason.setId(ids + "reason");
        reason.setPrefColumnCount(32);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(messages.get(keys + ".from")), from);
        grid.addRow(1, new Label(messages.get(keys + ".reason")), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> reason.getText() == null || reason.getText().isBlank() || from.getValue() == null
                        || from.getValue().isBefore(earliest), reason.textProperty(), from.valueProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new Answer(from.getValue(), reason.getText().strip())
                : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
