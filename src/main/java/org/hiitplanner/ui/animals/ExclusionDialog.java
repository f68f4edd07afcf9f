package org.hiitplanner.ui.animals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Asks from which day an animal is excluded and why; an excluded animal's exclusion can be changed here. */
final class ExclusionDialog {
    private final AnimalsViewModel model;
    private final Messages messages;
    private final Dialog<Exclusion> dialog = new Dialog<>();
    private final ButtonType excludeType;
    private final DatePicker from = IsoDates.picker("animals-exclude-date");
    private final TextField reason = new TextField();
    private final Label problem = new Label();

    private ExclusionDialog(Window owner, AnimalsViewModel model, Messages messages, AnimalRow animal) {
        this.model = model;
        this.messages = messages;
        excludeType = new ButtonType(messages.get("animals.exclude.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("animals.exclude.title"));
        dialog.setHeaderText(messages.get("animals.exclude.header", animal.id(), animal.group()));
        dialog.setGraphic(new FontIcon(Feather.SLASH));
        dialog.getDialogPane().getButtonTypes().addAll(excludeType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(animal));
        Button ok = (Button) dialog.getDialogPane().lookupButton(excludeType);
        ok.setId("animals-exclude-ok");
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == excludeType ? result() : null);
        Platform.runLater(from.getEditor()::requestFocus);
    }

    /** Shows the dialog and waits; empty when cancelled. */
    static Optional<Exclusion> ask(Window owner, AnimalsViewModel model, Messages messages, AnimalRow animal) {
        return new ExclusionDialog(owner, model, messages, animal).dialog.showAndWait();
    }

    private Node form(AnimalRow animal) {
        if (animal.excluded()) {
            from.setValue(animal.exclusion().from());
            reason.setText(animal.exclusion().reason());
        }
        reason.setId("animals-exclude-reason");
        reason.setPromptText(messages.get("animals.exclude.reasonPrompt"));
        reason.setPrefWidth(320);
        from.setPrefWidth(200);
        problem.setId("animals-exclude-problem");
        problem.getStyleClass().add("text-muted");
        problem.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("animals.exclude.from", from), from);
        grid.addRow(1, label("animals.exclude.reason", reason), reason);
        Label explain = new Label(messages.get("animals.exclude.explain", animal.id()));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        from.getEditor().textProperty().addListener((o, a, b) -> touched(a, b));
        reason.textProperty().addListener((o, a, b) -> touched(a, b));
        check();
        VBox box = new VBox(12, explain, grid, problem);
        box.setPrefWidth(540);
        explain.setMaxWidth(540);
        problem.setMaxWidth(540);
        return box;
    }

    private Label label(String key, javafx.scene.control.Control field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Problems show muted until the user has typed something, then as errors. */
    private void touched(String before, String after) {
        if (!String.valueOf(before == null ? "" : before).equals(after == null ? "" : after)) {
            problem.getStyleClass().setAll("label", "danger");
        }
        check();
    }

    private void check() {
        String text = from.getEditor().getText();
        try {
            LocalDate date = AnimalsViewModel.parseDate(text).orElse(null);
            problem.setText(model.exclusionProblem(date, reason.getText()).orElse(""));
        } catch (DateTimeParseException e) {
            problem.setText(messages.get("animals.date.invalid", text.strip()));
        }
    }

    private Exclusion result() {
        return new Exclusion(AnimalsViewModel.parseDate(from.getEditor().getText()).orElseThrow(),
                reason.getText().strip());
    }
}
