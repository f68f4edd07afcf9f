package org.hiitplanner.ui.heats;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.heats.TreadmillForm.Field;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form of a treadmill profile, every field checked as typed with its problem shown beside it. */
final class TreadmillDialog {
    private final HeatsViewModel model;
    private final Messages messages;
    private final String original;
    private final Dialog<TreadmillForm> dialog = new Dialog<>();
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);
    private final Map<Field, Label> problems = new EnumMap<>(Field.class);
    private final ComboBox<BeltType> belt = new ComboBox<>(FXCollections.observableArrayList(BeltType.values()));
    private final Button ok;

    private TreadmillDialog(Window owner, HeatsViewModel model, Treadmill existing) {
        this.model = model;
        this.messages = model.messages();
        this.original = existing == null ? null : existing.name();
        ButtonType save = new ButtonType(messages.get("heats.form.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(existing == null ? messages.get("heats.form.title.add")
                : messages.get("heats.form.title.edit", existing.name()));
        dialog.setHeaderText(messages.get("heats.form.header"));
        dialog.setGraphic(new FontIcon(Feather.GRID));
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(existing == null ? blank() : TreadmillForm.of(existing)));
        ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("heats-form-ok");
        check();
        dialog.setResultConverter(b -> b == save ? form() : null);
        Platform.runLater(() -> fields.get(Field.NAME).requestFocus());
    }

    /** Shows the form and waits; empty when cancelled. {@code existing} is null for a new profile. */
    static Optional<TreadmillForm> ask(Window owner, HeatsViewModel model, Treadmill existing) {
        return new TreadmillDialog(owner, model, existing).dialog.showAndWait();
    }

    private TreadmillForm blank() {
        return new TreadmillForm("", "3", BeltType.SINGLE_BELT, "0", "100", "0.1", "0",
                Integer.toString(Treadmill.DEFAULT_CHANGEOVER_MINUTES), "");
    }

    private Node form(TreadmillForm f) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        int row = 0;
        row = text(grid, row, Field.NAME, "heats.form.name", f.name());
        row = text(grid, row, Field.LANES, "heats.form.lanes", f.lanes());
        belt.setId("heats-form-belt");
        belt.setConverter(Cells.names(messages, "heats.belt."));
        belt.setValue(f.belt());
        row = add(grid, row, "heats.form.belt", belt, new Label());
        row = text(grid, row, Field.MIN, "heats.form.min", f.minSpeed());
        row = text(grid, row, Field.MAX, "heats.form.max", f.maxSpeed());
        row = text(grid, row, Field.RESOLUTION, "heats.form.resolution", f.resolution());
        row = text(grid, row, Field.INCLINE, "heats.form.incline", f.incline());
        row = text(grid, row, Field.CHANGEOVER, "heats.form.changeover", f.changeover());
        text(grid, row, Field.WINDOW, "heats.form.window", f.window());
        fields.get(Field.WINDOW).setPromptText(messages.get("heats.form.window.prompt"));
        grid.setPrefWidth(560);
        return grid;
    }

    private int text(GridPane grid, int row, Field field, String key, String value) {
        TextField t = new TextField(value);
        t.setId("heats-form-" + field.name().toLowerCase(java.util.Locale.ROOT));
        t.textProperty().addListener(x -> check());
        Label problem = new Label();
        problem.setId(t.getId() + "-problem");
        problem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        problem.setWrapText(true);
        fields.put(field, t);
        problems.put(field, problem);
        return add(grid, row, key, t, problem);
    }

    private int add(GridPane grid, int row, String key, Control field, Label problem) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setPrefWidth(200);
        problem.setMaxWidth(320);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        grid.addRow(row, label, field);
        grid.add(problem, 1, row + 1, 2, 1);
        return row + 2;
    }

    private void check() {
        Map<Field, String> p = model.formProblems(form(), original);
        problems.forEach((field, label) -> {
            label.setText(p.getOrDefault(field, ""));
            fields.get(field).pseudoClassStateChanged(Styles.STATE_DANGER, p.containsKey(field));
        });
        ok.setDisable(!p.isEmpty());
    }

    private TreadmillForm form() {
        return new TreadmillForm(value(Field.NAME), value(Field.LANES), belt.getValue(), value(Field.MIN),
                value(Field.MAX), value(Field.RESOLUTION), value(Field.INCLINE), value(Field.CHANGEOVER),
                value(Field.WINDOW));
    }

    private String value(Field f) {
        return fields.get(f).getText();
    }
}
