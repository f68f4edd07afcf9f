package org.hiitplanner.ui.heats;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Treadmills & heats screen: treadmill profiles and the study's heat settings at the top; below, for a chosen
 * day, the heats per treadmill, or a what-if for one treadmill's animals.
 */
public final class HeatsView {
    private final HeatsViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();

    public HeatsView(HeatsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        Label title = new Label(messages.get("heats.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(24, title, navigation());
        header.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("heats-day-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(model.dayStatusProperty());
        Label objective = new Label(messages.get("heats.objective"));
        objective.setId("heats-objective");
        objective.setWrapText(true);
        objective.setTooltip(new Tooltip(messages.get("heats.objective.tooltip")));
        tabs.setId("heats-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(tab("heats-tab-day", "heats.tab.day", Feather.LIST, new DayHeatsPane(model).root()),
                tab("heats-tab-whatif", "heats.tab.whatif", Feather.SLIDERS,
                        new WhatIfPane(model.whatIf(), messages).root()),
                tab("heats-tab-treadmills", "heats.tab.treadmills", Feather.SETTINGS, profiles()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(10, header, status, objective, tabs);
        root.setCenter(content);
        root.setPadding(new Insets(20));
        root.setId("heats");
    }

    public Node root() {
        return root;
    }

    /** Shows a tab: 0 the day's heats, 1 the what-if, 2 the treadmill profiles and heat settings. */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    private Node profiles() {
        VBox box = new VBox(16, new TreadmillsPane(model).root(), new Separator(),
                new SettingsPane(model.settings(), messages).root());
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    private Tab tab(String id, String key, Feather icon, Node content) {
        Tab t = new Tab(messages.get(key), content);
        t.setId(id);
        t.setGraphic(new FontIcon(icon));
        return t;
    }

    private Node navigation() {
        Button previous = button("heats-day-previous", "heats.day.previous", Feather.CHEVRON_LEFT, model::previousDay);
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = button("heats-day-next", "heats.day.next", Feather.CHEVRON_RIGHT, model::nextDay);
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(model.hasNextProperty().not());
        DatePicker picker = IsoDates.picker("heats-date");
        picker.setPrefWidth(150);
        picker.setMinWidth(150);
        picker.setValue(model.dateProperty().get());
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.dateProperty().set(d);
            }
        });
        model.dateProperty().addListener((o, a, d) -> picker.setValue(d));
        Label date = new Label(messages.get("heats.day.date"));
        date.setMnemonicParsing(true);
        date.setLabelFor(picker);
        date.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, date, previous, picker, next);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
