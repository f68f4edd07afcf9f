package org.hiitplanner.ui.common;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/** Small helpers for form fields: parsing, commit on Enter or focus loss, and ControlsFX decorations. */
public final class Fields {
    private Fields() {
    }

    public static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A decimal number; a comma is read as the decimal point. */
    public static Optional<BigDecimal> parseDecimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A text field that calls {@code commit} with its text on Enter and when it loses focus, if changed. */
    public static TextField committing(String id, int columns, Consumer<TextField> commit) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setOnAction(e -> commit.accept(f));
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.accept(f);
            }
        });
        return f;
    }

    /** Registers a decoration that marks the field as an error while {@code ok} is false. */
    public static void validate(ValidationSupport support, Control field, String message, Predicate<String> ok) {
        support.registerValidator(field, false, (Control c, String value) ->
                ValidationResult.fromMessageIf(c, message, Severity.ERROR, value == null || !ok.test(value)));
    }

    /** Asks the user to accept warnings; true when accepted. */
    public static boolean acceptWarnings(Window owner, Messages messages, Iterable<String> warnings) {
        String title = messages.get("dialog.warnings.title");
        StringBuilder text = new StringBuilder();
        warnings.forEach(w -> text.append(w).append('\n'));
        Alert a = new Alert(Alert.AlertType.WARNING, text.toString().strip(), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("dialog.warnings.accept"));
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    /** Asks a yes/no question; true for yes. */
    public static boolean confirm(Window owner, Messages messages, String question) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(messages.get("app.name"));
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    public static void error(Window owner, String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }

    /** m:ss for a duration in seconds. */
    public static String minutesSeconds(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
