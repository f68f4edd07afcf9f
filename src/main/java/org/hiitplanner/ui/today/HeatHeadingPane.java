package org.hiitplanner.ui.today;

import static org.hiitplanner.ui.today.CardParts.captioned;
import static org.hiitplanner.ui.today.CardParts.styled;

import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;

/**
 * The heading of a heat in the Today list: "Heat 2 · 08:32–08:54", how many of its animals are recorded, on a single
 * belt the speeds to set on the treadmill in large type ("own speeds" on independent lanes), the heat's warnings and
 * its batch action. When narrow, the action goes on a second line with the warnings.
 */
final class HeatHeadingPane {
    private final Label title = styled(new Label(), "today-heat-title");
    private final Label count = styled(new Label(), "today-small");
    private final Label high = styled(new Label(), "today-speed", "today-belt", "today-speed-high");
    private final Label low = styled(new Label(), "today-speed", "today-belt");
    private final Label warmCool = styled(new Label(), "today-speed", "today-belt", "today-speed-warm");
    private final Label ownSpeeds;
    private final HBox belt;
    private final Label warnings = CardParts.warnings();
    private final Button complete;
    private final Messages messages;
    private VBox pane;
    /** When narrow, the line of the warnings and the action; null when wide. */
    private HBox second;
    private HeatHeading shown;

    HeatHeadingPane(Messages messages, Consumer<HeatHeading> completeHeat, ObservableBooleanValue canRecord) {
        this.messages = messages;
        ownSpeeds = styled(new Label(messages.get("today.heat.ownSpeeds")), "today-own-speeds");
        belt = new HBox(CardParts.GAP, captioned(messages, "today.heat.beltHigh", high),
                captioned(messages, "today.heat.beltLow", low), captioned(messages, "today.heat.beltWarmCool", warmCool));
        belt.setAlignment(Pos.CENTER_LEFT);
        belt.setMinWidth(Region.USE_PREF_SIZE);
        complete = CardParts.batchButton(messages, "today-heat-all", "today.heat.all", "today.heat.allTip",
                canRecord, () -> {
                    if (shown != null) {
                        completeHeat.accept(shown);
                    }
                });
    }

    Node node() {
        return pane;
    }

    /** Lays the parts out for a wide or a narrow list. */
    void arrange(boolean compact) {
        VBox who = new VBox(2, title, count);
        who.setAlignment(Pos.CENTER_LEFT);
        who.setMinWidth(compact ? 190 : CardParts.LANE_WIDTH + CardParts.GAP + CardParts.whoWidth(false));
        who.setPrefWidth(who.getMinWidth());
        CardParts.lineUp(belt, compact);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox first = new HBox(CardParts.GAP, who, belt, ownSpeeds);
        first.setAlignment(Pos.CENTER_LEFT);
        second = null;
        if (compact) {
            second = new HBox(12, warnings, grow, complete);
            HBox.setHgrow(warnings, Priority.ALWAYS);
            second.setAlignment(Pos.CENTER_LEFT);
            pane = new VBox(6, first, second);
        } else {
            first.getChildren().addAll(grow, complete);
            pane = new VBox(6, first, warnings);
        }
        pane.getStyleClass().add("today-heat");
    }

    void show(HeatHeading h) {
        shown = h;
        title.setText(h.title());
        count.setText(messages.get("today.heading.count", h.animals(), h.notRecorded()));
        boolean shared = h.sharedBelt();
        belt.setVisible(shared);
        belt.setManaged(shared);
        ownSpeeds.setVisible(!shared);
        ownSpeeds.setManaged(!shared);
        high.setText(h.beltHigh());
        low.setText(h.beltLow());
        warmCool.setText(h.beltWarmUpCoolDown());
        CardParts.showWarnings(warnings, h.heat().warnings());
        complete.setVisible(h.notRecorded() > 0);
        complete.setManaged(complete.isVisible());
        if (second != null) {
            second.setVisible(complete.isVisible() || warnings.isVisible());
            second.setManaged(second.isVisible());
        }
    }
}
