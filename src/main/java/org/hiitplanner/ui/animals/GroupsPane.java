package org.hiitplanner.ui.animals;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The groups table (rename in place, trains / step-tested check boxes) with add and remove. */
final class GroupsPane {
    private static final double ROW_HEIGHT = 30;
    private static final double HEADER_HEIGHT = 38;
    private final AnimalsViewModel model;
    private final Messages messages;
    private final TableView<GroupRow> table = new TableView<>();
    private final TextField newName = new TextField();
    private final HBox root;
    private String selected;

    GroupsPane(AnimalsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        buildTable();
        Label problem = new Label();
        problem.setId("animals-group-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.groupProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label hint = new Label(messages.get("animals.group.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox left = new VBox(6, table, hint);
        left.setMinHeight(Region.USE_PREF_SIZE);
        left.setPrefWidth(560);
        left.setMaxWidth(640);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox side = new VBox(8, addRow(), removeButton(), problem);
        side.setMinWidth(250);
        side.setPrefWidth(340);
        side.setMaxWidth(420);
        HBox.setHgrow(side, Priority.SOMETIMES);
        root = new HBox(16, left, side);
        root.setMinHeight(Region.USE_PREF_SIZE);
        model.groups().addListener((ListChangeListener<GroupRow>) c -> reselect());
    }

    Node root() {
        return root;
    }

    private void buildTable() {
        table.setId("animals-groups");
        table.getStyleClass().addAll("animals-groups", "dense", "bordered");
        table.setEditable(true);
        table.setItems(model.groups());
        table.setFixedCellSize(ROW_HEIGHT);
        table.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> HEADER_HEIGHT + ROW_HEIGHT * Math.max(3, Math.min(6, model.groups().size())), model.groups()));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setMinWidth(360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("animals.group.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected = b.name();
            }
        });
        TableColumn<GroupRow, String> name = new TableColumn<>(messages.get("animals.group.col.name"));
        name.setId("col-group-name");
        name.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().name()));
        name.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        name.setOnEditCommit(e -> rename(e.getRowValue(), e.getNewValue()));
        name.setPrefWidth(170);
        TableColumn<GroupRow, Boolean> trains = flag("animals.group.col.trains", GroupRow::trains, model::setTrains);
        TableColumn<GroupRow, Boolean> tested = flag("animals.group.col.tested", GroupRow::tested, model::setTested);
        TableColumn<GroupRow, Long> count = new TableColumn<>(messages.get("animals.group.col.animals"));
        count.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().animals()));
        count.setEditable(false);
        count.setPrefWidth(80);
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(name, trains, tested, count));
    }

    /** A check-box column that applies each click as one edit. */
    private TableColumn<GroupRow, Boolean> flag(String key, Function<GroupRow, Boolean> value,
                                                BiConsumer<String, Boolean> set) {
        TableColumn<GroupRow, Boolean> c = new TableColumn<>(messages.get(key));
        c.setId(key.replace('.', '-'));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(col -> new FlagCell(set));
        c.setEditable(false);
        c.setPrefWidth(110);
        return c;
    }

    private static final class FlagCell extends TableCell<GroupRow, Boolean> {
        private final CheckBox box = new CheckBox();

        FlagCell(BiConsumer<String, Boolean> set) {
            box.setOnAction(e -> {
                GroupRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    set.accept(row.name(), box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            setGraphic(empty || item == null ? null : box);
            box.setSelected(item != null && item);
        }
    }

    private Node addRow() {
        newName.setId("animals-new-group");
        newName.setPromptText(messages.get("animals.group.newPrompt"));
        newName.setOnAction(e -> add());
        HBox.setHgrow(newName, Priority.ALWAYS);
        Button add = new Button(messages.get("animals.group.add"), new FontIcon(Feather.PLUS));
        add.setId("animals-add-group");
        add.setMinWidth(Button.USE_PREF_SIZE);
        add.setOnAction(e -> add());
        return new HBox(8, newName, add);
    }

    private Button removeButton() {
        Button remove = new Button(messages.get("animals.group.remove"), new FontIcon(Feather.TRASH_2));
        remove.setId("animals-remove-group");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            GroupRow row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.removeGroup(row.name());
            }
        });
        return remove;
    }

    private void add() {
        String name = newName.getText() == null ? "" : newName.getText().strip();
        if (model.addGroup(name).isEmpty()) {
            newName.clear();
            selected = name;
            reselect();
        }
    }

    private void rename(GroupRow row, String newValue) {
        if (model.renameGroup(row.name(), newValue).isEmpty()) {
            selected = newValue == null ? row.name() : newValue.strip();
            reselect();
        } else {
            table.refresh();
        }
    }

    /** After the rows are replaced (any edit, undo, redo), selects the group that was selected, if it is there. */
    private void reselect() {
        for (GroupRow r : table.getItems()) {
            if (r.name().equals(selected)) {
                table.getSelectionModel().select(r);
                return;
            }
        }
    }
}
