package org.hiitplanner.ui.steptests;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.steptests.EntryCell.Move;
import org.hiitplanner.ui.steptests.ResultRow.CellText;
import org.hiitplanner.ui.steptests.ResultRow.VmaxCell;

/** The results of the test day: one row per tested animal, typed into like a spreadsheet. */
final class ResultsTable {
    private final StepTestsViewModel model;
    private final Messages messages;
    private final TableView<ResultRow> table = new TableView<>();
    private final Map<EntryColumn, TableColumn<ResultRow, CellText>> entryColumns = new EnumMap<>(EntryColumn.class);
    private final TableColumn<ResultRow, StepTestResult> validColumn;
    private String typedStart;
    private boolean selectTypedStart;

    ResultsTable(StepTestsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        table.setId("steptests-results");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(420);
        table.setMinHeight(220);
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("steptests.table.empty")));
        validColumn = validColumn();
        table.getColumns().setAll(List.of(
                textColumn("steptests.col.animal", "col-animal", ResultRow::animalId, 74),
                textColumn("steptests.col.group", "col-group", ResultRow::group, 84, 70),
                entryColumn(EntryColumn.TIME, "steptests.col.time", "steptests.col.time.tip", 72, 66),
                entryColumn(EntryColumn.STAGES, "steptests.col.stages", "steptests.col.stages.tip", 82, 82),
                entryColumn(EntryColumn.STAGE_SECONDS, "steptests.col.seconds", "steptests.col.seconds.tip", 56, 52),
                entryColumn(EntryColumn.DIRECT_VMAX, "steptests.col.direct", "steptests.col.direct.tip", 118, 118),
                vmaxColumn(), validColumn,
                entryColumn(EntryColumn.OPERATOR, "steptests.col.operator", "steptests.col.operator.tip", 110, 96),
                entryColumn(EntryColumn.NOTE, "steptests.col.note", "steptests.col.note.tip", 130, 90)));
        table.addEventHandler(KeyEvent.KEY_TYPED, this::typedOnCell);
        table.addEventHandler(KeyEvent.KEY_PRESSED, this::pressedOnCell);
    }

    Node root() {
        return table;
    }

    private TableColumn<ResultRow, String> textColumn(String key, String id, Function<ResultRow, String> value,
                                                     double width) {
        return textColumn(key, id, value, width, width);
    }

    private TableColumn<ResultRow, String> textColumn(String key, String id, Function<ResultRow, String> value,
                                                     double width, double minWidth) {
        TableColumn<ResultRow, String> c = new TableColumn<>(messages.get(key));
        c.setId(id);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setEditable(false);
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        return c;
    }

    private TableColumn<ResultRow, CellText> entryColumn(EntryColumn ec, String key, String tipKey, double width,
                                                         double minWidth) {
        TableColumn<ResultRow, CellText> c = new TableColumn<>(messages.get(key));
        c.setId("col-" + ec.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        c.setCellValueFactory(d -> d.getValue().cellProperty(ec));
        Tooltip tip = new Tooltip(messages.get(tipKey));
        c.setCellFactory(col -> new EntryCell(this, ec, tip));
        c.setOnEditCommit(e -> {
            // the cell moves on in afterCommit; the outcome is in the model's message
            model.enter(e.getRowValue().animalId(), ec, e.getNewValue().text());
        });
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setMinWidth(minWidth);
        entryColumns.put(ec, c);
        return c;
    }

    private TableColumn<ResultRow, VmaxCell> vmaxColumn() {
        TableColumn<ResultRow, VmaxCell> c = new TableColumn<>(messages.get("steptests.col.vmax"));
        c.setId("col-vmax");
        c.setCellValueFactory(d -> d.getValue().vmaxProperty());
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(VmaxCell item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
                setWrapText(true);
                getStyleClass().removeAll("steptests-vmax-ok", "steptests-vmax-failed", "steptests-vmax-invalid");
                if (!empty && item != null && item.status() != ResultRow.VmaxStatus.NONE) {
                    getStyleClass().add("steptests-vmax-" + item.status().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        c.setEditable(false);
        c.setSortable(false);
        c.setPrefWidth(150);
        c.setMinWidth(112);
        return c;
    }

    private TableColumn<ResultRow, StepTestResult> validColumn() {
        TableColumn<ResultRow, StepTestResult> c = new TableColumn<>(messages.get("steptests.col.valid"));
        c.setId("col-valid");
        c.setCellValueFactory(d -> d.getValue().resultProperty());
        c.setCellFactory(col -> new ValidCell());
        c.setEditable(false);
        c.setSortable(false);
        c.setPrefWidth(62);
        c.setMinWidth(62);
        return c;
    }

    /** A check box while the row has a result; toggling it is one edit. */
    private final class ValidCell extends TableCell<ResultRow, StepTestResult> {
        private final CheckBox box = new CheckBox();

        ValidCell() {
            box.setFocusTraversable(false);
            box.setOnAction(e -> {
                ResultRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    model.setValid(row.animalId(), box.isSelected());
                }
            });
            setAlignment(javafx.geometry.Pos.CENTER);
        }

        @Override
        protected void updateItem(StepTestResult item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setSelected(item.valid());
                setGraphic(box);
            }
        }
    }

    /** A printable character on a focused, not yet editing entry cell starts editing with that character. */
    private void typedOnCell(KeyEvent e) {
        String ch = e.getCharacter();
        if (table.getEditingCell() != null || ch.isEmpty() || Character.isISOControl(ch.charAt(0))
                || e.isShortcutDown() || e.isAltDown() || ch.equals(" ") && focusedColumn() == validColumn) {
            return;
        }
        TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos != null && pos.getRow() >= 0 && entryColumns.containsValue(pos.getTableColumn())) {
            typedStart = ch;
            table.edit(pos.getRow(), entryColumns.values().stream()
                    .filter(c -> c == pos.getTableColumn()).findFirst().orElseThrow());
            e.consume();
        }
    }

    /** Enter or F2 edits the focused cell; Space toggles the valid box of the focused row. */
    private void pressedOnCell(KeyEvent e) {
        TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
        if (table.getEditingCell() != null || pos == null || pos.getRow() < 0) {
            return;
        }
        if (e.getCode() == KeyCode.SPACE && pos.getTableColumn() == validColumn) {
            ResultRow row = table.getItems().get(pos.getRow());
            if (row.result() != null) {
                model.setValid(row.animalId(), !row.result().valid());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && entryColumns.containsValue(pos.getTableColumn())) {
            editAt(pos.getRow(), entryColumnAt(pos));
            e.consume();
        }
    }

    private TableColumn<?, ?> focusedColumn() {
        TablePosition<?, ?> pos = table.getFocusModel().getFocusedCell();
        return pos == null ? null : pos.getTableColumn();
    }

    private TableColumn<ResultRow, CellText> entryColumnAt(TablePosition<?, ?> pos) {
        return entryColumns.values().stream().filter(c -> c == pos.getTableColumn()).findFirst().orElseThrow();
    }

    /** The text that starts the current edit, once; null when the edit starts from the cell's value. */
    String takeTypedStart() {
        String s = typedStart;
        typedStart = null;
        return s;
    }

    /** True when the start text is a refused value to be selected (typing replaces it). */
    boolean selectTypedStart() {
        boolean b = selectTypedStart;
        selectTypedStart = false;
        return b;
    }

    /**
     * After a cell was committed: on success go where the key says; when refused (Enter or Tab), open the same cell
     * again with the refused text so that it can be corrected (Escape gives up).
     */
    void afterCommit(int index, EntryColumn column, String text, Move move) {
        if (move == Move.NONE) {
            return;
        }
        boolean refused = !model.messageProperty().get().isEmpty();
        TableColumn<ResultRow, CellText> here = entryColumns.get(column);
        if (refused) {
            Platform.runLater(() -> {
                typedStart = text;
                selectTypedStart = true;
                editAt(index, here);
            });
            return;
        }
        Platform.runLater(() -> moveFrom(index, column, move));
    }

    /** A cell left by a click elsewhere: what was typed is entered all the same. */
    void commitLeft(ResultRow row, EntryColumn column, String text) {
        model.enter(row.animalId(), column, text);
    }

    private void moveFrom(int index, EntryColumn column, Move move) {
        List<EntryColumn> order = List.of(EntryColumn.values());
        int row = index + (move == Move.DOWN ? 1 : move == Move.UP ? -1 : 0);
        int col = order.indexOf(column) + (move == Move.RIGHT ? 1 : move == Move.LEFT ? -1 : 0);
        if (row < 0 || row >= table.getItems().size() || col < 0 || col >= order.size()) {
            select(Math.max(0, Math.min(index, table.getItems().size() - 1)), entryColumns.get(column));
            return;
        }
        editAt(row, entryColumns.get(order.get(col)));
    }

    private void select(int row, TableColumn<ResultRow, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        } else {
            table.scrollTo(row);
        }
        table.requestFocus();
    }

    private void editAt(int row, TableColumn<ResultRow, CellText> column) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        select(row, column);
        table.layout();
        table.edit(row, column);
    }
}
