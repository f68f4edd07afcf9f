package org.hiitplanner.ui.today;

import static org.hiitplanner.ui.today.CardParts.GAP;
import static org.hiitplanner.ui.today.CardParts.LANE_WIDTH;
import static org.hiitplanner.ui.today.CardParts.captioned;
import static org.hiitplanner.ui.today.CardParts.column;
import static org.hiitplanner.ui.today.CardParts.styled;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.hiitplanner.ui.common.RecordProblemTexts;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the Today list: a treadmill's heading, a heat's heading, or an animal's card: its lane, id, group or code,
 * Vmax, the speeds its lane runs in large type with its own high speed and the deviation under them, intervals and
 * total time, the state of its record, flags and the actions.
 */
final class RunCell extends ListCell<TodayRow> {
    static final List<String> STATE_STYLES = List.of("state-none", "state-completed", "state-partial",
            "state-missed", "state-excused");

    /** What the buttons of a row do. */
    record Actions(Consumer<RunCard> complete, Consumer<RunCard> record, Consumer<String> completeAll,
                   Consumer<HeatHeading> completeHeat, ObservableBooleanValue canRecord,
                   ObservableBooleanValue compact, Consumer<RunCard> clearFlag) {
    }

    private final Messages messages;
    private final Actions actions;
    private final Label lane = styled(new Label(), "today-lane");
    private final Label animal = styled(new Label(), "today-animal");
    private final Label group = styled(new Label(), "today-group");
    private final Label vmax = styled(new Label(), "today-small");
    private final Label flags = styled(new Label(), "today-flag");
    private final Label high = styled(new Label(), "today-speed", "today-speed-high");
    private final Label low = styled(new Label(), "today-speed");
    private final Label warmCool = styled(new Label(), "today-speed", "today-speed-warm");
    private final Label own = styled(new Label(), "today-own");
    private final Label intervals = styled(new Label(), "today-plan");
    private final Label total = styled(new Label(), "today-small");
    private final Label state = styled(new Label(), "today-state");
    private final Label by = styled(new Label(), "today-small");
    private final Button complete;
    /** True when the shown card may not be completed as planned (no Vmax, a future day). */
    private final BooleanProperty completeBlocked = new SimpleBooleanProperty(this, "completeBlocked");
    private final Button record;
    private final Node[] parts;
    private final HBox speeds;
    private Pane card;
    private final TreadmillHeadingPane treadmillHeading;
    private final HeatHeadingPane heatHeading;

    RunCell(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        complete = button("today-complete", "today.card.complete", Feather.CHECK);
        complete.disableProperty().unbind();
        complete.disableProperty().bind(Bindings.not(actions.canRecord()).or(completeBlocked));
        complete.setOnAction(e -> act(actions.complete()));
        record = button("today-record", "today.card.record", Feather.EDIT_3);
        record.setTooltip(new Tooltip(messages.get("today.card.recordTip")));
        record.setOnAction(e -> act(actions.record()));
        flags.setGraphic(new FontIcon(Feather.FLAG));
        complete.setMaxWidth(Double.MAX_VALUE);
        record.setMaxWidth(Double.MAX_VALUE);
        speeds = new HBox(GAP, captioned(messages, "today.card.high", high),
                captioned(messages, "today.card.low", low), captioned(messages, "today.card.warmCool", warmCool));
        VBox laneBox = captioned(messages, "today.card.lane", lane);
        CardParts.width(laneBox, LANE_WIDTH);
        parts = new Node[] {laneBox, column(110, animal, group, vmax, flags), new VBox(0, speeds, own),
            column(96, intervals, total)};
        treadmillHeading = new TreadmillHeadingPane(messages, actions.completeAll(), actions.canRecord());
        heatHeading = new HeatHeadingPane(messages, actions.completeHeat(), actions.canRecord());
        arrange(actions.compact().get());
        actions.compact().addListener((o, a, narrow) -> {
            arrange(narrow);
            updateItem(getItem(), isEmpty());
        });
        setPrefWidth(0);
    }

    /**
     * One line when wide: lane, who, speeds, plan, state, buttons. When narrow, the state and the buttons go on a
     * second line, so that the speeds keep their size.
     */
    private void arrange(boolean compact) {
        treadmillHeading.arrange(compact);
        heatHeading.arrange(compact);
        CardParts.width((Region) parts[1], CardParts.whoWidth(compact));
        CardParts.lineUp(speeds, compact);
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
        HBox first = new HBox(GAP, parts);
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

    private Button button(String id, String key, Feather icon) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setFocusTraversable(false);
        b.disableProperty().bind(Bindings.not(actions.canRecord()));
        return b;
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
        getStyleClass().removeAll("today-heading-cell", "today-heat-cell");
        if (empty || row == null) {
            setGraphic(null);
        } else if (row instanceof TreadmillHeading h) {
            treadmillHeading.show(h);
            getStyleClass().add("today-heading-cell");
            setGraphic(treadmillHeading.node());
        } else if (row instanceof HeatHeading h) {
            heatHeading.show(h);
            getStyleClass().add("today-heat-cell");
            setGraphic(heatHeading.node());
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
        lane.setText(c.lane());
        high.setText(c.runHighSpeed());
        low.setText(c.runLowSpeed());
        warmCool.setText(c.runWarmUpCoolDownSpeed());
        own.setText(c.ownText());
        own.setVisible(!c.ownText().isEmpty());
        own.setManaged(!c.ownText().isEmpty());
        intervals.setText(messages.get("today.card.intervals", c.plannedIntervals()));
        total.setText(messages.get("today.card.total", c.totalTime()));
        state.setText(c.stateText());
        state.getStyleClass().removeAll(STATE_STYLES);
        state.getStyleClass().add(c.status().map(s -> "state-" + s.name().toLowerCase(Locale.ROOT))
                .orElse("state-none"));
        state.setGraphic(new FontIcon(icon(c.status().orElse(null))));
        String whyNot = c.whyNotComplete().map(p -> RecordProblemTexts.text(messages, p)).orElse("");
        // a disabled button shows no tooltip: an unrecorded card says why on its own line
        by.setText(c.byText().isEmpty() ? whyNot : c.byText());
        completeBlocked.set(!whyNot.isEmpty());
        complete.setTooltip(new Tooltip(whyNot.isEmpty()
                ? messages.get("today.card.completeTip", c.plannedIntervals()) : whyNot));
        complete.getStyleClass().remove(Styles.SUCCESS);
        if (c.latest() == null && whyNot.isEmpty()) {
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
