package org.hiitplanner.ui.adherence;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;

/**
 * The adherence screen for the PI: the as-of date, the table by animal, group or week, the alerts, the heat map of
 * every session, and Vmax and body weight over time. Binds to an {@link AdherenceViewModel}; all logic is there.
 */
public final class AdherenceView {
    private final AdherenceViewModel model;
    private final Messages messages;
    private final ScrollPane root;

    public AdherenceView(AdherenceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Node table = new AdherenceTable(model, messages).root();
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox tableBox = new VBox(8, byBar(), table);
        tableBox.setPrefHeight(330);
        HBox.setHgrow(tableBox, Priority.ALWAYS);
        Node alerts = new AlertsPane(model, messages).root();
        ((Region) alerts).setPrefWidth(330);
        ((Region) alerts).setMinWidth(280);
        HBox top = new HBox(24, tableBox, alerts);
        Node vmax = section("adherence.vmax", new VmaxChartPane(model.trends(), messages).root());
        Node weight = section("adherence.weight", new WeightChartPane(model.trends(), messages).root());
        HBox.setHgrow(vmax, Priority.ALWAYS);
        HBox.setHgrow(weight, Priority.ALWAYS);
        HBox charts = new HBox(24, vmax, weight);
        Node heat = section("adherence.heat", new HeatMapPane(model, messages).root());
        VBox page = new VBox(16, header(), top, heat, charts);
        page.setPadding(new Insets(20));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("adherence");
    }

    public Node root() {
        return root;
    }

    private VBox section(String key, Node content) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        VBox box = new VBox(8, l, content);
        box.setMinWidth(0);
        return box;
    }

    private Node header() {
        Label title = new Label(messages.get("adherence.title"));
        title.getStyleClass().add("title-3");
        Button today = new Button(messages.get("adherence.asOf.today"));
        today.setId("adherence-as-of-today");
        today.setOnAction(e -> model.asOfToday());
        HBox box = new HBox(12, title, fixed(new Label(messages.get("adherence.asOf"))), asOfPicker(), today, busy(),
                failure());
        box.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, box, overall(), leftOut());
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The as-of date as yyyy-mm-dd; text that is not a date gives the chosen date back. */
    private DatePicker asOfPicker() {
        DatePicker picker = IsoDates.picker("adherence-as-of");
        picker.setValue(model.asOfProperty().get());
        picker.setPrefWidth(150);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        model.asOfProperty().addListener((o, a, d) -> picker.setValue(d));
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.asOfProperty().set(d);
            } else {
                Platform.runLater(() -> picker.setValue(model.asOfProperty().get()));
            }
        });
        return picker;
    }

    private Node busy() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.setMaxSize(18, 18);
        Label computing = new Label(messages.get("adherence.computing"));
        computing.getStyleClass().add("text-muted");
        HBox busy = new HBox(6, progress, computing);
        busy.setId("adherence-busy");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.computingProperty());
        return busy;
    }

    private Node failure() {
        Label failure = new Label();
        failure.setId("adherence-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty().map(f -> f.isEmpty() ? ""
                : messages.get("adherence.failed", f)));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        return failure;
    }

    /** The figures of all counted sessions together. */
    /** "1 session record left out: the plan does not explain it (see the Overview)"; hidden when none. */
    private Node leftOut() {
        Label left = new Label();
        left.setId("adherence-left-out");
        left.getStyleClass().add(Styles.WARNING);
        left.setWrapText(true);
        left.textProperty().bind(model.leftOutProperty().map(n -> n.intValue() == 0 ? ""
                : messages.get("adherence.leftOut", n)));
        left.managedProperty().bind(left.textProperty().isNotEmpty());
        left.visibleProperty().bind(left.textProperty().isNotEmpty());
        return left;
    }

    private Node overall() {
        Label overall = new Label();
        overall.setId("adherence-overall");
        overall.setWrapText(true);
        overall.textProperty().bind(Bindings.createStringBinding(() -> {
            AdherenceRow r = model.overallProperty().get();
            if (r == null || r.sessionsPlanned() == 0) {
                return messages.get("adherence.overall.none", String.valueOf(model.asOfProperty().get()));
            }
            return messages.get("adherence.overall", r.intervalText(), r.intervalsCompleted(), r.intervalsPlanned(),
                    r.sessionText(), r.sessionsCompleted(), r.sessionsPlanned(),
                    String.valueOf(model.asOfProperty().get()));
        }, model.overallProperty(), model.asOfProperty()));
        return overall;
    }

    /** "By animal | group | week" as pill buttons. */
    private Node byBar() {
        ToggleGroup group = new ToggleGroup();
        HBox pills = new HBox();
        By[] values = By.values();
        for (int i = 0; i < values.length; i++) {
            ToggleButton b = new ToggleButton(messages.get("adherence.by." + values[i].name()));
            b.setId("adherence-by-" + values[i].name().toLowerCase());
            b.setUserData(values[i]);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(model.byProperty().get() == values[i]);
            pills.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.byProperty().set((By) now.getUserData());
            }
        });
        model.byProperty().addListener((o, old, by) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == by).findFirst().ifPresent(t -> t.setSelected(true)));
        HBox bar = new HBox(10, new Label(messages.get("adherence.by")), pills);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
