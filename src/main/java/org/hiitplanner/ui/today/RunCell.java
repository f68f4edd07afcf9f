package org.hiitplanner.ui.today;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the Today list: a treadmill's heading with its batch action, or an animal's card: id, group or code,
 * Vmax, the three speeds in large type, intervals and total time, the state of its record, flags and the actions.
 */
final class RunCell extends ListCell<TodayRow> {
    static final List<String> STATE_STYLES = List.of("state-none", "state-completed", "state-partial",
            "state-missed", "state-excused");

    /** What the buttons of a row do. */
    record Actions(Consumer<RunCard> complete, Consumer<RunCard> record, Consumer<String> completeAll,
                   ObservableBooleanValue canRecord, ObservableBooleanValue compact, Consumer<RunCard> clearFlag) {
    }

    private final Messages messages;
    private final Actions actions;
    private final Label animal = styled(new Label(), "today-animal");
    private final Label group = styled(new Label(), "today-group");
    private final Label vmax = styled(new Label(), "today-small");
    private final Label flags = styled(new Label(), "today-flag");
    private final Label high = styled(new Label(), "today-speed", "today-speed-high");
    private final Label low = styled(new Label(), "today-speed");
    private final Label warmCool = styled(new Label(), "today-speed", "today-speed-warm");
    private final Label intervals = styled(new Label(), "today-plan");
    private final Label total = styled(new Label(), "today-small");
    private final Label state = styled(new Label(), "today-state");
    private final Label by = styled(new Label(), "today-small");
    private final Button complete;
    private final Button record;
    private final Node[] parts;
    private Pane card;
    private final Label treadmill = styled(new Label(), "today-treadmill");
    private final Label treadmillCount = styled(new Label(), "today-small");
    private final Button all;
    private final HBox heading;

    RunCell(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        complete = button("today-complete", "today.card.complete", Feather.CHECK, null);
        complete.setOnAction(e -> act(actions.complete()));
        record = button("today-record", "today.card.record", Feather.EDIT_3, null);
        record.setTooltip(new Tooltip(messages.get("today.card.recordTip")));
        record.setOnAction(e -> act(actions.record()));
        all = button("today-all", "today.all", Feather.CHECK_SQUARE, null);
        all.setTooltip(new Tooltip(messages.get("today.all.tip")));
        all.setOnAction(e -> {
            if (getItem() instanceof TreadmillHeading h) {
                actions.completeAll().accept(h.treadmill().name());
            }
        });
        flags.setGraphic(new FontIcon(Feather.FLAG));
        complete.setMaxWidth(Double.MAX_VALUE);
        record.setMaxWidth(Double.MAX_VALUE);
        parts = new Node[] {column(110, animal, group, vmax, flags), speed("today.card.high", high),
            speed("today.card.low", low), speed("today.card.warmCool", warmCool), column(96, intervals, total)};
        arrange(actions.compact().get());
        actions.compact().addListener((o, a, narrow) -> {
            arrange(narrow);
            if (getItem() instanceof RunCard) {
                setGraphic(card);
            }
        });
        heading = heading();
        setPrefWidth(0);
    }

    /**
     * One line when wide: who, speeds, plan, state, buttons. When narrow, the state and the buttons go on a second
     * line, so that the speeds keep their size.
     */
    private void arrange(boolean compact) {
        Pane what;
        if (compact) {
            HBox line = new HBox(10, state, by);
            line.setAlignment(Pos.BASELINE_LEFT);
            what = line;
        } else {
            what = column(120, state, by);
        }
        what.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(what, Priority.ALWAYS);
        Pane buttons = compact ? new HBox(8, complete, record) : new VBox(6, complete, record);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        HBox first = new HBox(18, parts[0], parts[1], parts[2], parts[3], parts[4]);
        first.setAlignment(Pos.CENTER_LEFT);
        if (compact) {
            HBox second = new HBox(18, what, buttons);
            second.setAlignment(Pos.CENTER_LEFT);
            card = new VBox(6, first, second);
        } else {
            first.getChildren().addAll(what, buttons);
            card = first;
        }
        card.getStyleClass().add("today-card");
    }

    private HBox heading() {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        treadmillCount.setMinWidth(40);
        all.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(12, treadmill, treadmillCount, grow, all);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("today-heading");
        return box;
    }

    /** A speed with its caption and unit above it. */
    private VBox speed(String key, Label value) {
        Label caption = styled(new Label(messages.get(key)), "today-caption");
        VBox box = new VBox(0, caption, value);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        caption.setMaxWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static VBox column(double minWidth, Label... labels) {
        VBox box = new VBox(2, labels);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(minWidth);
        box.setPrefWidth(minWidth);
        return box;
    }

    private Button button(String id, String key, Feather icon, String style) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        if (style != null) {
            b.getStyleClass().add(style);
        }
        b.disableProperty().bind(Bindings.not(actions.canRecord()));
        return b;
    }

    private static Label styled(Label label, String... styles) {
        label.getStyleClass().addAll(styles);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void act(Consumer<RunCard> action) {
        if (getItem() instanceof RunCard c) {
            getListView().getSelectionModel().select(getIndex());
            action.accept(c);
        }
    }

    @Override
    protected void updateItem(TodayRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        getStyleClass().remove("today-heading-cell");
        if (empty || row == null) {
            setGraphic(null);
        } else if (row instanceof TreadmillHeading h) {
            treadmill.setText(h.treadmill().name());
            treadmillCount.setText(messages.get("today.heading.count", h.animals(), h.notRecorded()));
            all.setVisible(h.notRecorded() > 0);
            getStyleClass().add("today-heading-cell");
            setGraphic(heading);
        } else {
            show((RunCard) row);
            setGraphic(card);
        }
    }

    private void show(RunCard c) {
        animal.setText(c.animalId());
        group.setText(c.groupOrCode());
        vmax.setText(messages.get("today.card.vmax", c.vmax()));
        vmax.setTooltip(c.session().vmaxInForce().isEmpty() ? new Tooltip(messages.get("today.card.noVmax"))
                : new Tooltip(c.session().vmax().testDate().toString()));
        flags.setText(messages.get("today.card.flags", c.flags().size()));
        flags.setTooltip(c.flags().isEmpty() ? null : new Tooltip(String.join("\n", c.flags()) + "\n\n"
                + messages.get("today.card.flags.clear")));
        flags.setOnMouseClicked(e -> actions.clearFlag().accept(c));
        flags.setVisible(!c.flags().isEmpty());
        flags.setManaged(!c.flags().isEmpty());
        high.setText(c.highSpeed());
        low.setText(c.lowSpeed());
        warmCool.setText(c.warmUpCoolDownSpeed());
        intervals.setText(messages.get("today.card.intervals", c.plannedIntervals()));
        total.setText(messages.get("today.card.total", c.totalTime()));
        state.setText(c.stateText());
        state.getStyleClass().removeAll(STATE_STYLES);
        state.getStyleClass().add(c.status().map(s -> "state-" + s.name().toLowerCase(Locale.ROOT))
                .orElse("state-none"));
        state.setGraphic(new FontIcon(icon(c.status().orElse(null))));
        by.setText(c.byText());
        complete.setTooltip(new Tooltip(messages.get("today.card.completeTip", c.plannedIntervals())));
        complete.getStyleClass().remove(Styles.SUCCESS);
        if (c.latest() == null) {
            complete.getStyleClass().add(Styles.SUCCESS);
        }
    }

    private static Feather icon(SessionStatus s) {
        if (s == null) {
            return Feather.CIRCLE;
        }
        return switch (s) {
            case COMPLETED -> Feather.CHECK_CIRCLE;
            case PARTIAL -> Feather.PIE_CHART;
            case MISSED -> Feather.X_CIRCLE;
            case EXCUSED -> Feather.MINUS_CIRCLE;
        };
    }
}
