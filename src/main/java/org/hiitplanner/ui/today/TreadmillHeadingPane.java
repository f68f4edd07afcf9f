package org.hiitplanner.ui.today;

import static org.hiitplanner.ui.today.CardParts.styled;

import java.util.function.Consumer;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The heading of a treadmill in the Today list: its name, how many animals are recorded, its day of heats (from when
 * to when, how long; in red when it does not fit the day window), the day's warnings and the batch action.
 */
final class TreadmillHeadingPane {
    private final Label name = styled(new Label(), "today-treadmill");
    private final Label count = styled(new Label(), "today-small");
    private final Label day = styled(new Label(), "today-day-heats");
    private final Label warnings = CardParts.warnings();
    private final Button all;
    private final Messages messages;
    private VBox pane;
    private TreadmillHeading shown;

    TreadmillHeadingPane(Messages messages, Consumer<String> completeAll, ObservableBooleanValue canRecord) {
        this.messages = messages;
        day.setGraphic(new FontIcon(Feather.CLOCK));
        all = CardParts.batchButton(messages, "today-all", "today.all", "today.all.tip", canRecord, () -> {
            if (shown != null) {
                completeAll.accept(shown.treadmill().name());
            }
        });
        day.setMinWidth(0);
    }

    Node node() {
        return pane;
    }

    /** When narrow, the counts and the day go on a second line. */
    void arrange(boolean compact) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox first;
        if (compact) {
            first = new HBox(12, name, grow, all);
            HBox second = new HBox(12, count, day);
            second.setAlignment(Pos.CENTER_LEFT);
            pane = new VBox(4, first, second, warnings);
        } else {
            first = new HBox(12, name, count, day, grow, all);
            pane = new VBox(4, first, warnings);
        }
        first.setAlignment(Pos.CENTER_LEFT);
        pane.getStyleClass().add("today-heading");
    }

    void show(TreadmillHeading h) {
        shown = h;
        name.setText(h.treadmill().name());
        count.setText(messages.get("today.heading.count", h.animals(), h.notRecorded()));
        day.setText(h.dayText());
        day.setTooltip(h.dayText().isEmpty() ? null : new Tooltip(h.dayText()));
        day.setVisible(!h.dayText().isEmpty());
        day.getStyleClass().remove(Styles.DANGER);
        if (!h.fits()) {
            day.getStyleClass().add(Styles.DANGER);
        }
        CardParts.showWarnings(warnings, h.warnings());
        all.setVisible(h.notRecorded() > 0);
    }
}
