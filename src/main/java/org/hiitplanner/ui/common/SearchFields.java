package org.hiitplanner.ui.common;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The search field of a list screen: a magnifier, a prompt, a tooltip, bound to the view model; Escape empties it. */
public final class SearchFields {
    private SearchFields() {
    }

    /**
     * Sets up {@code field}.
     *
     * @param id         the node id, for style sheets and tests
     * @param prompt     shown while the field is empty
     * @param accessible read by screen readers
     * @param tooltip    what is searched
     * @param text       the view model's search text, bound both ways
     */
    public static void setUp(CustomTextField field, String id, String prompt, String accessible, String tooltip,
                             StringProperty text) {
        field.setId(id);
        field.setPromptText(prompt);
        field.setTooltip(new Tooltip(tooltip));
        field.setAccessibleText(accessible);
        field.setLeft(new FontIcon(Feather.SEARCH));
        field.textProperty().bindBidirectional(text);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                field.clear();
            }
        });
    }
}
