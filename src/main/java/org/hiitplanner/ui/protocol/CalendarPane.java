package org.hiitplanner.ui.protocol;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Outcome;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Start date, training weekdays and skip dates (holidays). */
final class CalendarPane {
    private final ProtocolViewModel model;
    private final Consumer<Outcome> report;
    private final GridPane grid = new GridPane();
    private final DatePicker start = IsoDates.picker("start-date");
    private final Map<DayOfWeek, CheckBox> days = new EnumMap<>(DayOfWeek.class);
    private final ListView<LocalDate> skips = new ListView<>();
    private final DatePicker newSkip = IsoDates.picker("new-skip-date");
    private boolean showing;

    CalendarPane(ProtocolViewModel model, Messages messages, Consumer<Outcome> report) {
        this.model = model;
        this.report = report;
        start.setOnAction(e -> {
            if (!showing && start.getValue() != null) {
                report.accept(model.setStartDate(start.getValue()));
            }
        });
        HBox weekdays = new HBox(8);
        for (DayOfWeek d : DayOfWeek.values()) {
            CheckBox cb = new CheckBox(d.getDisplayName(TextStyle.SHORT, messages.locale()));
            cb.setId("day-" + d.name().toLowerCase(java.util.Locale.ROOT));
            cb.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            cb.setOnAction(e -> report.accept(model.setTrainingDay(d, cb.isSelected())));
            days.put(d, cb);
            weekdays.getChildren().add(cb);
        }
        skips.setId("skip-dates");
        skips.setPrefHeight(110);
        skips.setPrefWidth(180);
        Button add = new Button(messages.get("protocol.addSkip"), new FontIcon(Feather.PLUS));
        add.setId("add-skip");
        add.setOnAction(e -> {
            newSkip.commitValue();
            if (!IsoDates.problemOf(newSkip).isEmpty()) {
                report.accept(new Outcome.Rejected(IsoDates.problemOf(newSkip)));
            } else if (newSkip.getValue() != null) {
                report.accept(model.addSkipDate(newSkip.getValue()));
                newSkip.setValue(null);
            }
        });
        Button remove = new Button(messages.get("protocol.removeSkip"), new FontIcon(Feather.TRASH_2));
        remove.setId("remove-skip");
        remove.disableProperty().bind(skips.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> report.accept(model.removeSkipDate(skips.getSelectionModel().getSelectedItem())));
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label(messages, "protocol.startDate"), start);
        grid.addRow(1, label(messages, "protocol.trainingDays"), weekdays);
        grid.addRow(2, label(messages, "protocol.skipDates"),
                new HBox(10, skips, new VBox(8, newSkip, add, remove)));
        model.studyProperty().addListener((o, a, b) -> show(b));
        show(model.study());
    }

    private static Label label(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    Node root() {
        return grid;
    }

    private void show(Study s) {
        showing = true;
        start.setValue(s.startDate());
        days.forEach((d, cb) -> cb.setSelected(s.calendar().trainingDays().contains(d)));
        skips.getItems().setAll(s.calendar().skipDates());
        showing = false;
    }
}
