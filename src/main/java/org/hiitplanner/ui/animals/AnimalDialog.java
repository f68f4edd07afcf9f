package org.hiitplanner.ui.animals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The form for a new animal: id (a free one suggested), group, sex, birth date and treadmill, checked as typed. */
final class AnimalDialog {
    /** What the user entered; {@code treadmill} is "" for the study's first treadmill. */
    record NewAnimal(String id, String group, Sex sex, LocalDate birthDate, String treadmill) {
    }

    private final AnimalsViewModel model;
    private final Messages messages;
    private final Dialog<NewAnimal> dialog = new Dialog<>();
    private final ButtonType addType;
    private final TextField id = new TextField();
    private final ComboBox<String> group = new ComboBox<>();
    private final ComboBox<Sex> sex = new ComboBox<>(FXCollections.observableArrayList(Sex.MALE, Sex.FEMALE));
    private final DatePicker birth = IsoDates.picker("animals-add-birth");
    private final ComboBox<String> treadmill = new ComboBox<>();
    private final Label problem = new Label();

    private AnimalDialog(Window owner, AnimalsViewModel model, Messages messages, String preferredGroup) {
        this.model = model;
        this.messages = messages;
        addType = new ButtonType(messages.get("animals.add.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("animals.add.title"));
        dialog.setHeaderText(messages.get("animals.add.header"));
        dialog.setGraphic(new FontIcon(Feather.PLUS_CIRCLE));
        dialog.getDialogPane().getButtonTypes().addAll(addType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(form(preferredGroup));
        Button ok = (Button) dialog.getDialogPane().lookupButton(addType);
        ok.setId("animals-add-ok");
        ok.disableProperty().bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(b -> b == addType ? result() : null);
        Platform.runLater(id::requestFocus);
    }

    /** Shows the form and waits; empty when cancelled. */
    static Optional<NewAnimal> ask(Window owner, AnimalsViewModel model, Messages messages, String preferredGroup) {
        return new AnimalDialog(owner, model, messages, preferredGroup).dialog.showAndWait();
    }

    private Node form(String preferredGroup) {
        id.setId("animals-add-id");
        id.setText(model.suggestId());
        id.setPromptText(messages.get("animals.add.idPrompt"));
        group.setId("animals-add-group");
        group.setItems(model.groupNames());
        group.setValue(preferredGroup != null ? preferredGroup
                : model.groupNames().isEmpty() ? null : model.groupNames().get(0));
        sex.setId("animals-add-sex");
        sex.setConverter(AnimalTable.sexConverter(messages));
        sex.setValue(model.study().info().sex() == Sex.FEMALE ? Sex.FEMALE : Sex.MALE);
        treadmill.setId("animals-add-treadmill");
        treadmill.setItems(model.treadmillNames());
        treadmill.setValue(model.treadmillNames().isEmpty() ? null : model.treadmillNames().get(0));
        treadmill.setDisable(model.treadmillNames().size() < 2);
        problem.setId("animals-add-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        addRow(grid, 0, "animals.col.id", id);
        addRow(grid, 1, "animals.col.group", group);
        addRow(grid, 2, "animals.col.sex", sex);
        addRow(grid, 3, "animals.add.birth", birth);
        addRow(grid, 4, "animals.col.treadmill", treadmill);
        for (Observable o : new Observable[] {id.textProperty(), group.valueProperty(), sex.valueProperty(),
            birth.getEditor().textProperty()}) {
            o.addListener(x -> check());
        }
        check();
        VBox box = new VBox(12, grid, problem);
        box.setPrefWidth(400);
        return box;
    }

    private void addRow(GridPane grid, int row, String key, javafx.scene.control.Control field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setPrefWidth(220);
        grid.addRow(row, label, field);
    }

    private void check() {
        Optional<String> p = model.idProblem(id.getText() == null ? "" : id.getText().strip())
                .or(() -> group.getValue() == null ? Optional.of(messages.get("animals.add.noGroup"))
                        : Optional.empty())
                .or(() -> sex.getValue() == null ? Optional.of(messages.get("animals.add.noSex")) : Optional.empty())
                .or(this::dateProblem);
        problem.setText(p.orElse(""));
    }

    private Optional<String> dateProblem() {
        String text = birth.getEditor().getText();
        try {
            AnimalsViewModel.parseDate(text);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(messages.get("animals.date.invalid", text.strip()));
        }
    }

    private NewAnimal result() {
        LocalDate date = AnimalsViewModel.parseDate(birth.getEditor().getText()).orElse(null);
        String t = treadmill.getValue();
        boolean first = t == null || (!model.treadmillNames().isEmpty() && model.treadmillNames().get(0).equals(t));
        return new NewAnimal(id.getText().strip(), group.getValue(), sex.getValue(), date, first ? "" : t);
    }
}
