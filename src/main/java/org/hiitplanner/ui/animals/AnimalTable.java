package org.hiitplanner.ui.animals;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;

import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.ui.common.Messages;

/**
 * The animals table: id, group, sex, birth date, treadmill and status. Group, sex, birth date and treadmill are
 * edited in place; each commit is one edit of the study. Sorting by a column header keeps the filter.
 */
final class AnimalTable {
    private static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
    private final AnimalsViewModel model;
    private final Messages messages;
    private final TableView<AnimalRow> table = new TableView<>();
    private String selected;

    AnimalTable(AnimalsViewModel model, Messages messages, Runnable onDelete) {
        this.model = model;
        this.messages = messages;
        table.setId("animals-table");
        table.getStyleClass().addAll("animals-table", "dense", "striped");
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        SortedList<AnimalRow> sorted = new SortedList<>(model.visibleAnimals());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setMinHeight(140);
        table.setPrefHeight(240);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new ExcludedRow());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(Bindings.isEmpty(model.animals()))
                .then(messages.get("animals.table.empty")).otherwise(messages.get("animals.table.noMatch")));
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(List.of(idColumn(), groupColumn(), sexColumn(), birthColumn(), treadmillColumn(),
                statusColumn()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getEditingCell() == null && selected() != null) {
                onDelete.run();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                selected = b.id();
            }
        });
        model.animals().addListener((ListChangeListener<AnimalRow>) c -> find(selected)
                .ifPresent(r -> table.getSelectionModel().select(r)));
    }

    TableView<AnimalRow> control() {
        return table;
    }

    AnimalRow selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Selects and shows the animal with this id, if it is in the table. */
    void select(String id) {
        selected = id;
        find(id).ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    private java.util.Optional<AnimalRow> find(String id) {
        return table.getItems().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    private TableColumn<AnimalRow, String> idColumn() {
        TableColumn<AnimalRow, String> c = column("animals.col.id", AnimalRow::id, 80);
        c.setEditable(false);
        return c;
    }

    private TableColumn<AnimalRow, String> groupColumn() {
        TableColumn<AnimalRow, String> c = column("animals.col.group", AnimalRow::group, 120);
        c.setCellFactory(ComboBoxTableCell.forTableColumn(model.groupNames()));
        c.setOnEditCommit(e -> commit(model.setGroup(e.getRowValue().id(), e.getNewValue()).isPresent()));
        return c;
    }

    private TableColumn<AnimalRow, Sex> sexColumn() {
        TableColumn<AnimalRow, Sex> c = new TableColumn<>(messages.get("animals.col.sex"));
        c.setId("col-sex");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().sex()));
        c.setCellFactory(ComboBoxTableCell.forTableColumn(sexConverter(messages),
                FXCollections.observableArrayList(Sex.MALE, Sex.FEMALE)));
        c.setOnEditCommit(e -> commit(model.setSex(e.getRowValue().id(), e.getNewValue()).isPresent()));
        c.setPrefWidth(90);
        c.setMaxWidth(110);
        return c;
    }

    private TableColumn<AnimalRow, String> birthColumn() {
        TableColumn<AnimalRow, String> c = column("animals.col.birth", r -> r.birthDate() == null ? ""
                : r.birthDate().toString(), 110);
        c.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        c.setOnEditCommit(e -> commit(model.setBirthDate(e.getRowValue().id(), e.getNewValue()).isPresent()));
        return c;
    }

    private TableColumn<AnimalRow, String> treadmillColumn() {
        TableColumn<AnimalRow, String> c = column("animals.col.treadmill", AnimalRow::treadmill, 120);
        c.setCellFactory(ComboBoxTableCell.forTableColumn(model.treadmillNames()));
        c.setOnEditCommit(e -> commit(model.setTreadmill(e.getRowValue().id(), e.getNewValue()).isPresent()));
        return c;
    }

    private TableColumn<AnimalRow, String> statusColumn() {
        TableColumn<AnimalRow, String> c = column("animals.col.status", AnimalRow::status, 260);
        c.setMaxWidth(Double.MAX_VALUE);
        c.setEditable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return c;
    }

    private TableColumn<AnimalRow, String> column(String key, Function<AnimalRow, String> value, double width) {
        TableColumn<AnimalRow, String> c = new TableColumn<>(messages.get(key));
        c.setId(key.replace("animals.col.", "col-"));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMaxWidth(width + 24);
        return c;
    }

    /** A rejected edit leaves the row as it was: redraw it, since the cell shows what was typed. */
    private void commit(boolean rejected) {
        if (rejected) {
            table.refresh();
        }
    }

    static StringConverter<Sex> sexConverter(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(Sex sex) {
                return sex == null ? "" : messages.get("animals.sex." + sex.name());
            }

            @Override
            public Sex fromString(String text) {
                for (Sex s : Sex.values()) {
                    if (toString(s).equals(text)) {
                        return s;
                    }
                }
                return null;
            }
        };
    }

    /** Marks the rows of excluded animals so that the style sheet can mute them. */
    private static final class ExcludedRow extends TableRow<AnimalRow> {
        @Override
        protected void updateItem(AnimalRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(EXCLUDED, !empty && item != null && item.excluded());
        }
    }
}
