package org.hiitplanner.ui.animals;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.hiitplanner.storage.AnimalCsvProblem;
import org.hiitplanner.storage.AnimalCsvResult;
import org.hiitplanner.storage.AnimalCsvRow;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows every row of a CSV file with its status before anything is imported. The import button names how many
 * animals it adds (only the good rows) and is disabled when there are none or the file as a whole has a problem.
 */
final class ImportPreviewDialog {
    private final Messages messages;
    private final Dialog<Boolean> dialog = new Dialog<>();

    private ImportPreviewDialog(Window owner, Messages messages, String fileName, AnimalCsvResult result) {
        this.messages = messages;
        int good = result.goodAnimals().size();
        ButtonType importType = new ButtonType(messages.get("animals.import.ok", good), ButtonBar.ButtonData.OK_DONE);
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("animals.import.title"));
        dialog.setHeaderText(messages.get("animals.import.header", fileName));
        dialog.setGraphic(new FontIcon(Feather.UPLOAD));
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content(result));
        // the theme caps dialogs at 600 px, too narrow for the rows; only an inline style overrides it
        dialog.getDialogPane().setStyle("-fx-max-width: 1000px;");
        Button ok = (Button) dialog.getDialogPane().lookupButton(importType);
        ok.setId("animals-import-ok");
        ok.setDisable(!result.importable());
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("animals-import-cancel");
        dialog.setResultConverter(b -> b == importType);
    }

    /** Shows the preview and waits; true when the user confirms the import. */
    static boolean confirm(Window owner, Messages messages, String fileName, AnimalCsvResult result) {
        return new ImportPreviewDialog(owner, messages, fileName, result).dialog.showAndWait().orElse(false);
    }

    private Node content(AnimalCsvResult result) {
        Label summary = new Label(summary(result));
        summary.setId("animals-import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(10, summary);
        box.setPrefSize(940, 420);
        for (AnimalCsvProblem p : result.fileProblems()) {
            Label l = new Label(describe(p), new FontIcon(Feather.ALERT_TRIANGLE));
            l.getStyleClass().add("danger");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setId("animals-import-file-problem");
            box.getChildren().add(l);
        }
        if (!result.rows().isEmpty()) {
            TableView<AnimalCsvRow> table = table(result.rows());
            VBox.setVgrow(table, Priority.ALWAYS);
            Label details = new Label();
            details.setId("animals-import-details");
            details.setWrapText(true);
            details.setMinHeight(Region.USE_PREF_SIZE);
            details.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                AnimalCsvRow row = table.getSelectionModel().getSelectedItem();
                return row == null ? messages.get("animals.import.selectHint") : status(row);
            }, table.getSelectionModel().selectedItemProperty()));
            box.getChildren().addAll(table, details);
        }
        return box;
    }

    private String summary(AnimalCsvResult result) {
        if (!result.fileProblems().isEmpty()) {
            return messages.get("animals.import.summaryFileProblem");
        }
        return messages.get("animals.import.summary", result.rows().size(), result.goodAnimals().size(),
                result.badRowCount());
    }

    private TableView<AnimalCsvRow> table(List<AnimalCsvRow> rows) {
        TableView<AnimalCsvRow> table = new TableView<>();
        table.setId("animals-import-table");
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("animals.import.col.line", r -> String.valueOf(r.line()), 50),
                column("animals.col.id", AnimalCsvRow::id, 80),
                column("animals.col.group", AnimalCsvRow::group, 100),
                column("animals.col.sex", AnimalCsvRow::sex, 64),
                column("animals.col.birth", AnimalCsvRow::birthDate, 105),
                statusColumn()));
        return table;
    }

    private TableColumn<AnimalCsvRow, String> column(String key, Function<AnimalCsvRow, String> value, double w) {
        TableColumn<AnimalCsvRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setMinWidth(Math.min(w, 56));
        c.setSortable(false);
        return c;
    }

    private TableColumn<AnimalCsvRow, String> statusColumn() {
        TableColumn<AnimalCsvRow, String> c = column("animals.col.status", this::status, 520);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AnimalCsvRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
                setGraphic(row == null ? null : new FontIcon(row.ok() ? Feather.CHECK : Feather.X_CIRCLE));
                getStyleClass().removeAll("import-ok", "import-error");
                if (row != null) {
                    getStyleClass().add(row.ok() ? "import-ok" : "import-error");
                }
            }
        });
        return c;
    }

    /** "ok", or "Line 4: unknown group HIT; sex must be …". */
    String status(AnimalCsvRow row) {
        if (row.ok()) {
            return messages.get("animals.import.rowOk");
        }
        List<String> problems = row.problems().stream().map(this::describe).toList();
        return messages.get("animals.import.rowProblem", row.line(), String.join("; ", problems));
    }

    private String describe(AnimalCsvProblem p) {
        return messages.get("animals.csv." + p.kind().name(), p.args().toArray());
    }
}
