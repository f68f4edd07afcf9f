package org.hiitplanner.ui.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.hiitplanner.export.IcsOptions;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.ui.common.Messages;

/** File → Export…: a PDF sheet, a CSV table or an iCalendar file, with their options. */
public final class ExportDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ToggleGroup format = new ToggleGroup();
    private final RadioButton pdf;
    private final RadioButton csv;
    private final SheetOptionsPane sheet;
    private final ComboBox<ExportRequest.Table> table;
    private final CheckBox excel;
    private final ComboBox<IcsOptions.Grouping> grouping;
    private final LocalDate today;

    public ExportDialog(Window owner, Messages messages, List<String> animals, LocalDate today) {
        this.today = today;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.header"));
        pdf = radio(messages.get("export.what.pdf"), "export-pdf");
        csv = radio(messages.get("export.what.csv"), "export-csv");
        RadioButton ics = radio(messages.get("export.what.ics"), "export-ics");
        pdf.setSelected(true);
        sheet = new SheetOptionsPane(messages, animals, new SheetChoice(PdfKind.DAY, today, null, Paper.A4));
        table = combo("export-table", ExportRequest.Table.values(), messages, "export.table.");
        excel = new CheckBox(messages.get("export.excel"));
        excel.setId("export-excel");
        grouping = combo("export-grouping", IcsOptions.Grouping.values(), messages, "export.grouping.");
        GridPane csvGrid = new GridPane();
        csvGrid.setHgap(10);
        csvGrid.setVgap(8);
        csvGrid.addRow(0, new Label(messages.get("export.table")), table);
        csvGrid.add(excel, 1, 1);
        GridPane icsGrid = new GridPane();
        icsGrid.setHgap(10);
        icsGrid.addRow(0, new Label(messages.get("export.grouping")), grouping);
        sheet.root().disableProperty().bind(pdf.selectedProperty().not());
        csvGrid.disableProperty().bind(csv.selectedProperty().not());
        icsGrid.disableProperty().bind(ics.selectedProperty().not());
        VBox box = new VBox(10, pdf, indent(sheet.root()), csv, indent(csvGrid), ics, indent(icsGrid));
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(ButtonType.OK))
                .setText(messages.get("export.choose"));
    }

    private RadioButton radio(String text, String id) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(format);
        r.getStyleClass().add("text-bold");
        return r;
    }

    private static <T extends Enum<T>> ComboBox<T> combo(String id, T[] values, Messages messages, String prefix) {
        ComboBox<T> c = new ComboBox<>(FXCollections.observableArrayList(values));
        c.setId(id);
        c.setValue(values[0]);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : messages.get(prefix + t.name());
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    private static javafx.scene.Node indent(javafx.scene.Node n) {
        VBox.setMargin(n, new javafx.geometry.Insets(0, 0, 6, 28));
        return n;
    }

    /** Shows the dialog; empty when cancelled. */
    public Optional<ExportRequest> ask() {
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> request());
    }

    ExportRequest request() {
        if (pdf.isSelected()) {
            return new ExportRequest.Pdf(sheet.choice(today));
        }
        if (csv.isSelected()) {
            return new ExportRequest.Csv(table.getValue(), excel.isSelected());
        }
        return new ExportRequest.Ics(grouping.getValue());
    }
}
