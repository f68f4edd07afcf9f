package org.hiitplanner.ui.heats;

import java.util.List;
import java.util.function.Function;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The study's treadmill profiles as a table, with Add, Edit (also Enter or a double click) and Remove. */
final class TreadmillsPane {
    private final HeatsViewModel model;
    private final Messages messages;
    private final TableView<Treadmill> table = new TableView<>();
    private final VBox root;

    TreadmillsPane(HeatsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        Label title = new Label(messages.get("heats.treadmills"));
        title.getStyleClass().add(Styles.TITLE_4);
        Button add = button("heats-treadmill-add", "heats.treadmills.add", Feather.PLUS, this::add);
        Button edit = button("heats-treadmill-edit", "heats.treadmills.edit", Feather.EDIT_2, this::edit);
        Button remove = button("heats-treadmill-remove", "heats.treadmills.remove", Feather.TRASH_2, this::remove);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bar = new HBox(8, title, new HBox(), add, edit, remove);
        HBox.setHgrow(bar.getChildren().get(1), Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("heats-treadmill-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        root = new VBox(6, bar, table(), problem);
        root.setId("heats-treadmills");
    }

    Node root() {
        return root;
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node table() {
        table.setId("heats-treadmill-table");
        table.getStyleClass().add(Styles.DENSE);
        table.setItems(model.treadmills());
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 3 + 34);
        table.setMinHeight(28 * 2 + 34);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("heats.treadmills.empty")));
        table.getColumns().setAll(List.of(
                column("name", "heats.col.name", Treadmill::name, 150),
                column("lanes", "heats.col.lanes", t -> Integer.toString(t.lanes()), 60),
                column("belt", "heats.col.belt", t -> messages.get("heats.belt." + t.belt().name()), 130),
                column("speeds", "heats.col.speeds", t -> HeatTexts.speedRange(t, messages), 150),
                column("incline", "heats.col.incline", t -> Units.plain(t.incline()), 70),
                column("changeover", "heats.col.changeover",
                        t -> messages.get("heats.table.changeover", t.changeoverMinutes()), 90),
                column("window", "heats.col.window", t -> t.dayWindow().map(TreadmillForm::window)
                        .orElse(messages.get("heats.table.noWindow")), 140),
                column("animals", "heats.col.animals",
                        t -> Integer.toString(TreadmillEdits.animalsOn(model.study(), t.name()).size()), 70)));
        editOnEnterOrDoubleClick();
        model.treadmills().addListener((javafx.collections.ListChangeListener<Treadmill>) c -> table.refresh());
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** Enter or a double click edits the selected profile; Delete removes it. */
    private void editOnEnterOrDoubleClick() {
        table.setRowFactory(t -> {
            TableRow<Treadmill> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
    }

    private TableColumn<Treadmill, String> column(String id, String key, Function<Treadmill, String> text,
                                                  double width) {
        return Cells.text("heats-tcol-" + id, messages.get(key), text, width);
    }

    private void add() {
        TreadmillDialog.ask(table.getScene().getWindow(), model, null).ifPresent(f -> {
            model.add(f);
            select(f.name().strip());
        });
    }

    private void edit() {
        Treadmill t = table.getSelectionModel().getSelectedItem();
        if (t == null) {
            return;
        }
        TreadmillDialog.ask(table.getScene().getWindow(), model, t).ifPresent(f -> {
            model.update(t.name(), f);
            select(f.name().strip());
        });
    }

    private void remove() {
        Treadmill t = table.getSelectionModel().getSelectedItem();
        if (t == null) {
            return;
        }
        boolean go = model.removeQuestion(t.name())
                .map(q -> Fields.confirm(table.getScene().getWindow(), messages, q)).orElse(true);
        if (go) {
            model.remove(t.name());
        }
    }

    private void select(String name) {
        model.treadmills().stream().filter(t -> t.name().equals(name)).findFirst()
                .ifPresent(t -> table.getSelectionModel().select(t));
        table.requestFocus();
    }
}
