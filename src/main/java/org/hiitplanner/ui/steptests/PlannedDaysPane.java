package org.hiitplanner.ui.steptests;

import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The planned test days: a list to add to and remove from, and the suggestion. A double click opens the day. */
final class PlannedDaysPane {
    private final ListView<LocalDate> list = new ListView<>();
    private final DatePicker newDay = IsoDates.picker("steptests-new-day");
    private final HBox root;

    PlannedDaysPane(StepTestsViewModel model, Messages messages) {
        list.setId("steptests-planned-days");
        list.setItems(model.plannedDays());
        list.getStyleClass().add("dense");
        list.setPrefSize(130, 160);
        list.setMinWidth(120);
        list.setOnMouseClicked(e -> {
            LocalDate d = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && d != null) {
                model.dayProperty().set(d);
            }
        });
        list.setTooltip(new Tooltip(messages.get("steptests.days.tip")));
        newDay.setPrefWidth(160);
        Button add = button(messages.get("steptests.days.add"), Feather.PLUS, "steptests-add-day");
        add.disableProperty().bind(newDay.valueProperty().isNull());
        add.setOnAction(e -> {
            model.addPlannedDay(newDay.getValue());
            newDay.setValue(null);
        });
        Button remove = button(messages.get("steptests.days.remove"), Feather.TRASH_2, "steptests-remove-day");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removePlannedDay(list.getSelectionModel().getSelectedItem()));
        Button suggest = button(messages.get("steptests.days.suggest"), Feather.ZAP, "steptests-suggest-days");
        suggest.setTooltip(new Tooltip(messages.get("steptests.days.suggest.tip")));
        suggest.setOnAction(e -> model.suggestPlannedDays());
        root = new HBox(10, list, new VBox(8, newDay, add, remove, suggest));
        root.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
    }

    Node root() {
        return root;
    }

    private static Button button(String text, Feather icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
