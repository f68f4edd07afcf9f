package org.hiitplanner.ui.today;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pieces the rows of the Today list share: styled labels, a large speed under its caption, warnings. */
final class CardParts {
    /** Space between the columns of a row. */
    static final double GAP = 18;
    /** The lane column of a card. */
    static final double LANE_WIDTH = 44;
    /** The animal's column of a card: id, group, Vmax, flags; narrower in a narrow list. */
    private static final double WHO_WIDTH = 135;
    private static final double WHO_WIDTH_COMPACT = 110;
    /** High, low, warm-up/cool-down: in a wide list the speeds of cards and heat headings line up. */
    private static final double[] SPEED_WIDTHS = {115, 115, 150};

    private CardParts() {
    }

    /** The width of a card's animal column. */
    static double whoWidth(boolean compact) {
        return compact ? WHO_WIDTH_COMPACT : WHO_WIDTH;
    }

    /** Gives the speed columns a fixed width in a wide list, so that they line up from row to row. */
    static void lineUp(HBox speeds, boolean compact) {
        for (int i = 0; i < speeds.getChildren().size() && i < SPEED_WIDTHS.length; i++) {
            Region r = (Region) speeds.getChildren().get(i);
            r.setMinWidth(compact ? Region.USE_PREF_SIZE : SPEED_WIDTHS[i]);
            r.setPrefWidth(compact ? Region.USE_COMPUTED_SIZE : SPEED_WIDTHS[i]);
        }
    }

    /** Fixes a column's width. */
    static void width(Region column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    /** A label with style classes that is never squeezed below its text. */
    static Label styled(Label label, String... styles) {
        label.getStyleClass().addAll(styles);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A value (a speed, a lane) with its caption above it. */
    static VBox captioned(Messages messages, String key, Label value) {
        Label caption = styled(new Label(messages.get(key)), "today-caption");
        caption.setMaxWidth(Region.USE_PREF_SIZE);
        VBox box = new VBox(0, caption, value);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Labels one under another, at least {@code minWidth} wide. */
    static VBox column(double minWidth, Label... labels) {
        VBox box = new VBox(2, labels);
        box.setAlignment(Pos.CENTER_LEFT);
        width(box, minWidth);
        return box;
    }

    /**
     * The button of a heading that records all its animals not yet recorded; the list, not the button, takes the
     * keyboard (Enter on the heading), so it is not focus traversable. Disabled while recording is not possible.
     */
    static Button batchButton(Messages messages, String id, String key, String tipKey,
                              ObservableBooleanValue canRecord, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(Feather.CHECK_SQUARE));
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new Tooltip(messages.get(tipKey)));
        b.disableProperty().bind(Bindings.not(canRecord));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A wrapping label for warnings, with a warning sign; hidden when there are none. */
    static Label warnings() {
        Label label = new Label();
        label.getStyleClass().add("today-warning");
        label.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** Shows the warnings one per line, or hides the label when there are none. */
    static void showWarnings(Label label, List<String> warnings) {
        label.setText(String.join("\n", warnings));
        label.setVisible(!warnings.isEmpty());
        label.setManaged(!warnings.isEmpty());
    }
}
