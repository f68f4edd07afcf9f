package org.hiitplanner.ui.today;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Today screen for the technician at the treadmill: the operator, the day with training-day navigation, and per
 * treadmill its heats, each with the belt's speeds and a card per animal with large speeds and one-key recording.
 * Enter (or Ctrl+Enter) records the chosen animal as completed as planned, on a heat's heading the whole heat (after
 * a confirmation), F2 or a double click opens the record form, Alt+Left and Alt+Right step through the days.
 */
public final class TodayView implements TodayPrompts {
    /**
     * Below this list width a card puts its state and buttons on a second line: one line needs about 1 150 px, so a
     * window of 1280 or 1366 wide (a list of about 1 025 or 1 110 px beside the side bar) stacks.
     */
    private static final double COMPACT_BELOW = 1180;
    private final TodayViewModel model;
    private final Messages messages;
    private final ListView<TodayRow> list = new ListView<>();
    private final TextField operator = new TextField();
    private final BorderPane root = new BorderPane();
    private boolean syncing;

    public TodayView(TodayViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        model.setPrompts(this);
        VBox top = new VBox(10, header(), banner(), navigation());
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        root.setCenter(list());
        Label hint = new Label(messages.get("today.hint.heats"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        BorderPane.setMargin(hint, new Insets(8, 0, 0, 0));
        root.setBottom(hint);
        root.setPadding(new Insets(20));
        root.setId("today");
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::dayKeys);
    }

    public Node root() {
        return root;
    }

    /** The day as the title, what it holds under it; the operator on the right. */
    private Node header() {
        Label title = new Label();
        title.setId("today-day-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(model.dayTitleProperty());
        Label status = new Label();
        status.setId("today-day-status");
        status.getStyleClass().add("text-muted");
        status.textProperty().bind(model.dayStatusProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        progress.setMaxSize(16, 16);
        Label computing = new Label(messages.get("today.computing"), progress);
        computing.getStyleClass().add("text-muted");
        computing.visibleProperty().bind(model.computingProperty());
        computing.managedProperty().bind(computing.visibleProperty());
        Label failure = new Label();
        failure.setId("today-failure");
        failure.getStyleClass().add(Styles.DANGER);
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty().map(f -> f.isEmpty() ? "" : messages.get("today.failed", f)));
        failure.managedProperty().bind(failure.textProperty().isNotEmpty());
        VBox day = new VBox(2, title, new HBox(12, status, computing), failure);
        HBox.setHgrow(day, Priority.ALWAYS);
        HBox box = new HBox(12, day, operatorField());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node operatorField() {
        Label label = new Label(messages.get("today.operator"), new FontIcon(Feather.USER));
        label.setLabelFor(operator);
        label.setMinWidth(Region.USE_PREF_SIZE);
        operator.setId("today-operator");
        operator.setPrefColumnCount(14);
        operator.setPromptText(messages.get("today.operator.prompt"));
        operator.setTooltip(new Tooltip(messages.get("today.operator.tip")));
        operator.textProperty().bindBidirectional(model.operatorProperty());
        operator.setOnAction(e -> list.requestFocus());
        model.operatorMissingProperty().addListener((o, a, missing) ->
                operator.pseudoClassStateChanged(Styles.STATE_DANGER, missing));
        operator.pseudoClassStateChanged(Styles.STATE_DANGER, model.operatorMissingProperty().get());
        HBox box = new HBox(8, label, operator);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Shown while the study has no file: records could not be saved the moment they are confirmed. */
    private Node banner() {
        Label text = new Label(messages.get("today.banner"), new FontIcon(Feather.ALERT_TRIANGLE));
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(messages.get("today.banner.save"), new FontIcon(Feather.SAVE));
        save.setId("today-save-as");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> model.saveAs());
        HBox box = new HBox(12, text, save);
        box.setId("today-banner");
        box.getStyleClass().add("today-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.canRecordProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node navigation() {
        Button previous = button("today-previous", "today.day.previous", Feather.CHEVRON_LEFT, model::previousDay);
        previous.setTooltip(new Tooltip(messages.get("today.day.previousTip")));
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = button("today-next", "today.day.next", Feather.CHEVRON_RIGHT, model::nextDay);
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.setTooltip(new Tooltip(messages.get("today.day.nextTip")));
        next.disableProperty().bind(model.hasNextProperty().not());
        Button today = button("today-today", "today.day.today", Feather.CALENDAR, model::today);
        DatePicker picker = IsoDates.picker("today-date");
        picker.setPrefWidth(140);
        picker.setValue(model.dateProperty().get());
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.dateProperty().set(d);
            }
        });
        model.dateProperty().addListener((o, a, d) -> picker.setValue(d));
        picker.setMinWidth(Region.USE_PREF_SIZE);
        Node message = feedback();
        HBox.setHgrow(message, Priority.ALWAYS);
        HBox.setMargin(message, new Insets(0, 0, 0, 12));
        HBox box = new HBox(8, previous, picker, next, today, message);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String id, String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** What the last action did, or why it did nothing. */
    private Node feedback() {
        Label message = new Label();
        message.setId("today-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        Runnable style = () -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(model.messageIsErrorProperty().get() ? Styles.DANGER : Styles.SUCCESS);
        };
        model.messageIsErrorProperty().addListener(o -> style.run());
        style.run();
        return message;
    }

    private Node list() {
        list.setId("today-list");
        list.getStyleClass().add("today-list");
        RunCell.Actions actions = new RunCell.Actions(c -> complete(c.animalId()), c -> openForm(c.animalId()),
                this::completeAll, this::completeHeat, model.canRecordProperty(),
                list.widthProperty().lessThan(COMPACT_BELOW), c -> model.clearWeightFlag(c.animalId()));
        list.setCellFactory(l -> new RunCell(messages, actions));
        list.setPlaceholder(placeholder());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing) {
                model.selectedAnimalProperty().set(row instanceof RunCard c ? c.animalId() : null);
            }
        });
        model.selectedAnimalProperty().addListener((o, a, id) -> select(id));
        model.rowsProperty().addListener((o, a, rows) -> show(rows));
        show(model.rowsProperty().get());
        list.addEventHandler(KeyEvent.KEY_PRESSED, this::listKeys);
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2
                    && list.getSelectionModel().getSelectedItem() instanceof RunCard c) {
                openForm(c.animalId());
            }
        });
        return list;
    }

    private Node placeholder() {
        Label empty = new Label();
        empty.setId("today-empty");
        empty.getStyleClass().add("text-muted");
        empty.textProperty().bind(model.dayStatusProperty());
        return empty;
    }

    private void show(List<TodayRow> rows) {
        TodayRow heading = list.getSelectionModel().getSelectedItem();
        syncing = true;
        try {
            list.getItems().setAll(rows);
            select(model.selectedAnimalProperty().get());
            if (!(heading instanceof RunCard) && heading != null) {
                reselectHeading(heading);
            }
        } finally {
            syncing = false;
        }
    }

    /** After a recompute, the heading that was chosen (e.g. of the heat just recorded) stays chosen. */
    private void reselectHeading(TodayRow heading) {
        List<TodayRow> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (sameHeading(items.get(i), heading)) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static boolean sameHeading(TodayRow a, TodayRow b) {
        if (a instanceof HeatHeading x && b instanceof HeatHeading y) {
            return x.treadmill().equals(y.treadmill()) && x.number() == y.number();
        }
        return a instanceof TreadmillHeading x && b instanceof TreadmillHeading y
                && x.treadmill().name().equals(y.treadmill().name());
    }

    private void select(String animalId) {
        List<TodayRow> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof RunCard c && c.animalId().equals(animalId)) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 1));
                }
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    /** Enter records the chosen animal, or on a heading the whole heat or treadmill (after a confirmation). */
    private void listKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isAltDown() && !e.isShiftDown()) {
            e.consume();
            TodayRow row = list.getSelectionModel().getSelectedItem();
            if (row instanceof HeatHeading h) {
                completeHeat(h);
            } else if (row instanceof TreadmillHeading h) {
                completeAll(h.treadmill().name());
            } else if (!model.completeSelected() && model.operatorMissingProperty().get()) {
                operator.requestFocus();
            }
        } else if (e.getCode() == KeyCode.F2) {
            e.consume();
            model.openSelectedForm().ifPresent(this::showForm);
        }
    }

    private void dayKeys(KeyEvent e) {
        if (e.isAltDown() && e.getCode() == KeyCode.LEFT) {
            e.consume();
            model.previousDay();
        } else if (e.isAltDown() && e.getCode() == KeyCode.RIGHT) {
            e.consume();
            model.nextDay();
        }
    }

    private void complete(String animalId) {
        if (!model.completeAsPlanned(animalId) && model.operatorMissingProperty().get()) {
            operator.requestFocus();
        }
    }

    private void completeAll(String treadmill) {
        if (!model.completeAllOnTreadmill(treadmill) && model.operatorMissingProperty().get()) {
            operator.requestFocus();
        }
    }

    private void completeHeat(HeatHeading heading) {
        if (!model.completeHeat(heading.treadmill(), heading.number()) && model.operatorMissingProperty().get()) {
            operator.requestFocus();
        }
    }

    private void openForm(String animalId) {
        model.openForm(animalId).ifPresent(this::showForm);
    }

    private void showForm(RecordForm form) {
        RecordDialog.show(window(), messages, model, form);
        list.requestFocus();
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    @Override
    public Optional<String> askReason(String header, String question) {
        TextInputDialog d = new TextInputDialog();
        d.initOwner(window());
        d.setTitle(messages.get("today.reason.title"));
        d.setHeaderText(header);
        d.setContentText(question);
        d.getEditor().setId("today-reason");
        d.getEditor().setPrefColumnCount(30);
        return d.showAndWait();
    }

    @Override
    public boolean confirm(String question) {
        return Fields.confirm(window(), messages, question);
    }
}
