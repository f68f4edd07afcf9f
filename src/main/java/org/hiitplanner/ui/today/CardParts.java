package org.hiitplanner.ui.today;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Pieces the rows of the Today list share: styled labels, a large speed under its caption, warnings. */
final class CardParts {
    private CardParts() {
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
        box.setMinWidth(minWidth);
        box.setPrefWidth(minWidth);
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
