package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.SpeedUnit;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The schedules screen: one animal's sessions, or one day's run sheet, with a choice of speed unit. */
public final class ScheduleView {
    private final ScheduleViewModel model;
    private final Messages messages;
    private final TabPane tabs = new TabPane();
    private final BorderPane root = new BorderPane();

    public ScheduleView(ScheduleViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Tab animal = tab("schedule-tab-animal", "schedule.tab.animal", Feather.USER,
                new AnimalSchedulePane(model, messages).root());
        Tab day = tab("schedule-tab-day", "schedule.tab.day", Feather.CALENDAR,
                new DaySchedulePane(model, messages).root());
        tabs.setId("schedule-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(animal, day);
        root.setTop(header());
        root.setCenter(tabs);
        root.setPadding(new Insets(20));
        root.setId("schedules");
    }

    public Node root() {
        return root;
    }

    /** Shows the per-animal tab (false) or the per-day tab (true). */
    public void showDay(boolean day) {
        tabs.getSelectionModel().select(day ? 1 : 0);
    }

    private Tab tab(String id, String key, Feather icon, Node content) {
        Tab t = new Tab(messages.get(key), content);
        t.setId(id);
        t.setGraphic(new FontIcon(icon));
        return t;
    }

    private Node header() {
        Label title = new Label(messages.get("schedule.title"));
        title.getStyleClass().add("title-3");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("schedule-progress");
        progress.setPrefSize(18, 18);
        progress.setMaxSize(18, 18);
        Label computing = new Label(messages.get("schedule.computing"));
        computing.getStyleClass().add("text-muted");
        HBox busy = new HBox(6, progress, computing);
        busy.setId("schedule-busy");
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.computingProperty());
        Label failure = new Label();
        failure.setId("schedule-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty().map(f -> f.isEmpty() ? "" : messages.get("schedule.failed", f)));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, title, busy, failure, spacer, new Label(messages.get("schedule.unit")), unitChoice());
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private Node unitChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        SpeedUnit[] units = SpeedUnit.values();
        for (int i = 0; i < units.length; i++) {
            SpeedUnit u = units[i];
            ToggleButton b = new ToggleButton(messages.get("schedule.unit." + u.name()));
            b.setId("schedule-unit-" + u.name());
            b.setUserData(u);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == units.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(model.unitProperty().get() == u);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.unitProperty().set((SpeedUnit) now.getUserData());
            }
        });
        model.unitProperty().addListener((o, old, u) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == u).findFirst().ifPresent(t -> t.setSelected(true)));
        return box;
    }
}
