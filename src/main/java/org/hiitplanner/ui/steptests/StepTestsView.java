package org.hiitplanner.ui.steptests;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.DialogReasonPrompt;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The step-tests screen: the step-test protocol and planned days, the results grid of a test day, and the Vmax
 * history chart. Binds to a {@link StepTestsViewModel}; all logic is there.
 */
public final class StepTestsView {
    private final StepTestsViewModel model;
    private final Messages messages;
    private final ResultsTable results;
    private final ScrollPane root;

    public StepTestsView(StepTestsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        ProtocolFormPane protocol = new ProtocolFormPane(model, messages);
        PlannedDaysPane days = new PlannedDaysPane(model, messages);
        results = new ResultsTable(model, messages);
        VmaxHistoryChart chart = new VmaxHistoryChart(model, messages);
        HBox top = new HBox(40, section("steptests.protocol", protocol.root()), section("steptests.days", days.root()));
        VBox page = new VBox(12, top, heading("steptests.results"), dayBar(),
                new VBox(4, progress(), hint(), problem(), results.root()), heading("steptests.history"), chart.root());
        VBox.setMargin(top, new Insets(0, 0, 8, 0));
        page.setPadding(new Insets(20));
        root = new ScrollPane(page);
        model.setReasonPrompt(new DialogReasonPrompt(() -> root.getScene() == null ? null
                : root.getScene().getWindow(), messages));
        model.setVersionPrompt(new DialogStepTestVersionPrompt(() -> root.getScene() == null ? null
                : root.getScene().getWindow(), messages));
        root.setFitToWidth(true);
        root.setId("steptests");
    }

    public Node root() {
        return root;
    }

    private VBox section(String key, Node content) {
        return new VBox(10, heading(key), content);
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    /** Test day with previous/next planned day, and the operator of new results. */
    private Node dayBar() {
        DatePicker day = dayPicker();
        Button previous = iconButton(Feather.CHEVRON_LEFT, "steptests-previous-day", "steptests.day.previous");
        previous.disableProperty().bind(model.previousDayProperty().isNull());
        previous.setOnAction(e -> model.goToPreviousDay());
        Button next = iconButton(Feather.CHEVRON_RIGHT, "steptests-next-day", "steptests.day.next");
        next.disableProperty().bind(model.nextDayProperty().isNull());
        next.setOnAction(e -> model.goToNextDay());
        TextField operator = new TextField();
        operator.setId("steptests-operator");
        operator.setPrefColumnCount(12);
        operator.setPromptText(messages.get("steptests.operator.prompt"));
        operator.setTooltip(new Tooltip(messages.get("steptests.operator.tip")));
        operator.textProperty().bindBidirectional(model.operatorProperty());
        HBox bar = new HBox(8, fixed(new Label(messages.get("steptests.day"))), previous, day, next, spacer(16),
                fixed(new Label(messages.get("steptests.operator"))), operator);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** The test day as yyyy-mm-dd, the planned days marked; text that is not a date gives the chosen day back. */
    private DatePicker dayPicker() {
        DatePicker day = IsoDates.picker("steptests-day");
        day.setValue(model.dayProperty().get());
        model.dayProperty().addListener((o, a, d) -> day.setValue(d));
        day.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.dayProperty().set(d);
            } else if (model.dayProperty().get() != null) {
                Platform.runLater(() -> day.setValue(model.dayProperty().get()));
            }
        });
        day.setDayCellFactory(p -> new PlannedDayCell());
        day.setPrefWidth(150);
        day.setMinWidth(Region.USE_PREF_SIZE);
        return day;
    }

    /** How many tested animals have a result on the day and how many are missing (which: in the tooltip). */
    private Node progress() {
        Label progress = new Label();
        progress.setId("steptests-progress");
        progress.textProperty().bind(model.progressProperty());
        progress.setWrapText(true);
        Tooltip missing = new Tooltip();
        missing.textProperty().bind(model.missingAnimalsProperty());
        progress.tooltipProperty().bind(Bindings.when(model.missingAnimalsProperty().isEmpty())
                .then((Tooltip) null).otherwise(missing));
        return progress;
    }

    /** How to type into the grid. */
    private Node hint() {
        Label l = new Label(messages.get("steptests.hint"));
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Region spacer(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }

    private Button iconButton(Feather icon, String id, String tipKey) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        return b;
    }

    /** The message of the last refused edit, in a line that is always there so that the grid does not jump. */
    private Node problem() {
        Label l = new Label();
        l.setId("steptests-problem");
        l.getStyleClass().add("danger");
        l.setWrapText(true);
        l.setMinHeight(22);
        l.textProperty().bind(model.messageProperty());
        l.graphicProperty().bind(Bindings.when(model.messageProperty().isEmpty()).then((Node) null)
                .otherwise(new FontIcon(Feather.ALERT_CIRCLE)));
        return l;
    }

    /** Marks the planned test days in the date picker's calendar. */
    private final class PlannedDayCell extends DateCell {
        @Override
        public void updateItem(LocalDate item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("steptests-planned-day");
            if (!empty && item != null && model.plannedDays().contains(item)) {
                getStyleClass().add("steptests-planned-day");
                setTooltip(new Tooltip(messages.get("steptests.day.planned")));
            } else {
                setTooltip(null);
            }
        }
    }
}
