package org.hiitplanner.ui.export;

import java.time.LocalDate;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;

/** Which sheet, for which day or animal, on which paper. */
final class SheetOptionsPane {
    private final GridPane grid = new GridPane();
    private final ComboBox<PdfKind> kind = new ComboBox<>(FXCollections.observableArrayList(PdfKind.values()));
    private final DatePicker date = IsoDates.enterOnlyCommits(IsoDates.picker("sheet-date"));
    private final ComboBox<String> animal = new ComboBox<>();
    private final ComboBox<Paper> paper = new ComboBox<>(FXCollections.observableArrayList(Paper.values()));

    SheetOptionsPane(Messages messages, List<String> animals, SheetChoice initial) {
        kind.setId("sheet-kind");
        animal.setId("sheet-animal");
        paper.setId("sheet-paper");
        kind.setConverter(converter(messages, "export.kind."));
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : messages.get("export.paper." + p.name());
            }

            @Override
            public Paper fromString(String s) {
                return null;
            }
        });
        animal.getItems().setAll(animals);
        kind.setValue(initial.kind());
        date.setValue(initial.date());
        animal.setValue(initial.animalId() != null ? initial.animalId() : animals.isEmpty() ? null : animals.get(0));
        paper.setValue(initial.paper());
        date.disableProperty().bind(kind.valueProperty().isEqualTo(PdfKind.ANIMAL));
        animal.disableProperty().bind(kind.valueProperty().isNotEqualTo(PdfKind.ANIMAL));
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(messages.get("export.sheet")), kind);
        grid.addRow(1, new Label(messages.get("export.date")), date);
        grid.addRow(2, new Label(messages.get("export.animal")), animal);
        grid.addRow(3, new Label(messages.get("export.paper")), paper);
    }

    private static StringConverter<PdfKind> converter(Messages messages, String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(PdfKind k) {
                return k == null ? "" : messages.get(prefix + k.name());
            }

            @Override
            public PdfKind fromString(String s) {
                return null;
            }
        };
    }

    Node root() {
        return grid;
    }

    /** The current choice; a missing date falls back to {@code today}. */
    SheetChoice choice(LocalDate today) {
        LocalDate d = date.getValue() == null ? today : date.getValue();
        return new SheetChoice(kind.getValue(), d, animal.getValue(), paper.getValue());
    }

    /** Runs {@code onChange} whenever any option changes. */
    void onChange(Runnable onChange) {
        kind.valueProperty().addListener((o, a, b) -> onChange.run());
        date.valueProperty().addListener((o, a, b) -> onChange.run());
        animal.valueProperty().addListener((o, a, b) -> onChange.run());
        paper.valueProperty().addListener((o, a, b) -> onChange.run());
    }
}
