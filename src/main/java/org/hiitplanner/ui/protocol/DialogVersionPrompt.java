package org.hiitplanner.ui.protocol;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.protocol.ProtocolViewModel.VersionPrompt;
import org.hiitplanner.ui.protocol.ProtocolViewModel.VersionRequest;

/** Asks for the date from which a protocol change applies, and why; OK needs a date and a reason. */
final class DialogVersionPrompt implements VersionPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    DialogVersionPrompt(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<VersionRequest> ask(int versionNumber, LocalDate earliest) {
        Dialog<VersionRequest> dialog = new Dialog<>();
        if (owner.get() != null) {
            dialog.initOwner(owner.get());
        }
        dialog.setTitle(messages.get("protocol.version.title", versionNumber));
        dialog.setHeaderText(messages.get("protocol.version.header", versionNumber, earliest));
        DatePicker from = new DatePicker(earliest);
        from.setId("version-from");
        from.setDayCellFactory(p -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isBefore(earliest));
            }
        });
        TextField reason = new TextField();
        reason.setId("version-reason");
        reason.setPrefColumnCount(32);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(messages.get("protocol.version.from")), from);
        grid.addRow(1, new Label(messages.get("protocol.version.reason")), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(reason.textProperty()
                .map(String::isBlank).orElse(true).map(b -> b || from.getValue() == null));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new VersionRequest(from.getValue(), reason.getText()
                .strip()) : null);
        javafx.application.Platform.runLater(reason::requestFocus);
        return dialog.showAndWait();
    }
}
