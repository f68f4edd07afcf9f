package org.hiitplanner.ui.audit;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.hiitplanner.ui.common.Messages;

/**
 * The table of audit entries: newest first (sequence descending) until the user sorts by another column; the
 * entry where the chain breaks is marked red; the selection follows the view model's both ways.
 */
final class AuditTable {
    private static final PseudoClass BROKEN = PseudoClass.getPseudoClass("broken");

    private final AuditViewModel model;
    private final TableView<AuditRow> table = new TableView<>();
    private boolean syncing;

    AuditTable(AuditViewModel model, Messages messages) {
        this.model = model;
        SortedList<AuditRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("audit-table");
        table.getStyleClass().add("audit-table");
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.emptyTextProperty());
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<AuditRow, Long> sequence = column("sequence", messages, AuditRow::sequence, 56);
        sequence.setSortType(TableColumn.SortType.DESCENDING);
        sequence.getStyleClass().add("number");
        table.getColumns().add(sequence);
        table.getColumns().add(column("time", messages, AuditRow::time, 180));
        table.getColumns().add(column("operator", messages, r -> r.entry().operator(), 100));
        table.getColumns().add(column("what", messages, r -> r.entry().what(), 260));
        table.getColumns().add(column("change", messages, AuditRow::change, 300));
        table.getColumns().add(column("reason", messages, r -> r.entry().reason(), 180));
        table.getSortOrder().add(sequence);
        table.setRowFactory(t -> new Row());
        syncSelection();
        model.problemRowProperty().addListener((o, a, b) -> reveal(b));
        reveal(model.problemRowProperty().get());
    }

    TableView<AuditRow> control() {
        return table;
    }

    private <T> TableColumn<AuditRow, T> column(String key, Messages messages, Function<AuditRow, T> value,
                                                double width) {
        TableColumn<AuditRow, T> c = new TableColumn<>(messages.get("audit.column." + key));
        c.setId("audit-col-" + key);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(width <= 180 ? width : 80);
        return c;
    }

    private void syncSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                model.selectedProperty().set(b);
                syncing = false;
            }
        });
        model.selectedProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                select(b);
                syncing = false;
            }
        });
    }

    private void select(AuditRow row) {
        if (row == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        table.getSelectionModel().select(row);
        scrollTo(row);
        // again once the rows are laid out: the first jump over many rows of estimated height can fall short
        Platform.runLater(() -> scrollTo(row));
    }

    private void scrollTo(AuditRow row) {
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - 2));
        }
    }

    /** Selects and scrolls to the entry where the chain breaks, once the table has its rows. */
    private void reveal(AuditRow problem) {
        if (problem != null) {
            Platform.runLater(() -> {
                if (table.getItems().contains(problem)) {
                    model.selectedProperty().set(problem);
                }
            });
        }
    }

    /** Marks the row where the chain breaks, so that the style sheet shows it red. */
    private static final class Row extends TableRow<AuditRow> {
        @Override
        protected void updateItem(AuditRow item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(BROKEN, !empty && item != null && item.broken());
        }
    }
}
