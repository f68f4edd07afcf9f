package org.hiitplanner.ui.steptests;

import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.hiitplanner.ui.steptests.ResultRow.CellText;

/**
 * A grid cell the technician types into. Enter commits and goes down, Shift+Enter up, Tab right, Shift+Tab left,
 * Escape cancels; leaving the cell with the mouse commits. A typed character on a focused cell starts editing
 * with it (see {@link ResultsTable}). Derived values (e.g. the stages of a total time) are shown muted.
 */
final class EntryCell extends TableCell<ResultRow, CellText> {
    /** Where to go after a commit. */
    enum Move { NONE, DOWN, UP, RIGHT, LEFT, STAY }

    private static final String DERIVED = "steptests-derived";
    private final ResultsTable owner;
    private final EntryColumn column;
    private final TextField field = new TextField();
    private ResultRow editingRow;
    private String original = "";
    private boolean escaping;

    EntryCell(ResultsTable owner, EntryColumn column, Tooltip tip) {
        this.owner = owner;
        this.column = column;
        setTooltip(tip);
        getStyleClass().add("text-field-table-cell"); // the theme's look of a cell being edited
        field.getStyleClass().add("steptests-cell-field");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                commit(Move.NONE);
            }
        });
    }

    private void keyPressed(KeyEvent e) {
        Move move = switch (e.getCode()) {
            case ENTER -> e.isShiftDown() ? Move.UP : Move.DOWN;
            case TAB -> e.isShiftDown() ? Move.LEFT : Move.RIGHT;
            default -> null;
        };
        if (move != null) {
            e.consume();
            commit(move);
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            escaping = true;
            cancelEdit();
            escaping = false;
            getTableView().requestFocus();
        }
    }

    private void commit(Move move) {
        if (!isEditing()) {
            return;
        }
        int index = getIndex();
        String text = field.getText();
        editingRow = null;
        commitEdit(new CellText(text, false));
        owner.afterCommit(index, column, text, move);
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        editingRow = getTableRow() == null ? null : getTableRow().getItem();
        original = getItem() == null ? "" : getItem().text();
        String typed = owner.takeTypedStart();
        boolean select = owner.selectTypedStart();
        field.setText(typed != null ? typed : getItem() == null ? "" : getItem().text());
        setText(null);
        setGraphic(field);
        field.requestFocus();
        if (typed != null && !select) {
            field.end();
        } else {
            field.selectAll();
        }
    }

    /**
     * Escape cancels. Any other end of the edit (a click on another cell, which the table turns into a cancel)
     * keeps what was typed, as a spreadsheet does.
     */
    @Override
    public void cancelEdit() {
        boolean keep = isEditing() && !escaping && editingRow != null && !field.getText().equals(original);
        ResultRow row = editingRow;
        String text = field.getText();
        super.cancelEdit();
        editingRow = null;
        show(getItem(), isEmpty());
        if (keep) {
            owner.commitLeft(row, column, text);
        }
    }

    @Override
    public void commitEdit(CellText value) {
        super.commitEdit(value);
        // show what the study now holds (the typed text may have been refused or reformatted, e.g. 1365 → 22:45)
        if (getIndex() >= 0 && getTableColumn() != null) {
            updateItem(getTableColumn().getCellData(getIndex()), getIndex() >= getTableView().getItems().size());
        }
    }

    @Override
    protected void updateItem(CellText item, boolean empty) {
        super.updateItem(item, empty);
        if (isEditing()) {
            return;
        }
        show(item, empty);
    }

    private void show(CellText item, boolean empty) {
        setGraphic(null);
        setText(empty || item == null ? null : item.text());
        getStyleClass().remove(DERIVED);
        if (!empty && item != null && item.derived()) {
            getStyleClass().add(DERIVED);
        }
    }
}
