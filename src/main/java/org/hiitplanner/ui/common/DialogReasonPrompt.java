package org.hiitplanner.ui.common;

import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** Asks for a reason with a small dialog; OK stays disabled until something is typed. */
public final class DialogReasonPrompt implements ReasonPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    public DialogReasonPrompt(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<String> askReason(String what) {
        TextInputDialog dialog = new TextInputDialog();
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(messages.get("reason.title"));
        dialog.setHeaderText(messages.get("reason.header", what));
        dialog.setContentText(messages.get("reason.label"));
        dialog.getEditor().setId("reasonField");
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty()
                .bind(dialog.getEditor().textProperty().map(String::isBlank));
        return dialog.showAndWait().map(String::strip).filter(r -> !r.isEmpty());
    }
}
