package org.hiitplanner.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;

/**
 * The theme chosen in View, remembered between runs (Java preferences, like the operator's name). Applying it
 * sets AtlantaFX's stylesheet and the root's theme style class, now and whenever the choice changes.
 */
public final class ThemeChoice {
    static final String KEY = "view.theme";
    private final Preferences prefs;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");

    /** @param prefs where to remember the choice; null keeps it in memory only (tests) */
    public ThemeChoice(Preferences prefs) {
        this.prefs = prefs;
        theme.set(read(prefs == null ? null : prefs.get(KEY, null)));
        theme.addListener((o, a, b) -> {
            if (prefs != null && b != null) {
                prefs.put(KEY, b.name());
            }
        });
    }

    private static Theme read(String saved) {
        for (Theme t : Theme.values()) {
            if (t.name().equals(saved)) {
                return t;
            }
        }
        return Theme.LIGHT;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Keeps {@code root}'s theme class and the user-agent stylesheet (given to {@code stylesheet}) in step. */
    public void applyTo(Parent root, Consumer<String> stylesheet) {
        Consumer<Theme> apply = t -> {
            for (Theme other : Theme.values()) {
                root.getStyleClass().remove(other.styleClass());
            }
            root.getStyleClass().add(t.styleClass());
            stylesheet.accept(t.userAgentStylesheet());
        };
        apply.accept(theme.get());
        theme.addListener((o, a, b) -> apply.accept(b));
    }

    /** A separator and one radio item per theme, for the View menu. */
    public List<MenuItem> menuItems(Messages messages) {
        List<MenuItem> items = new ArrayList<>();
        items.add(new SeparatorMenuItem());
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(messages.get(t.messageKey()));
            item.setId("view-" + t.styleClass());
            item.setToggleGroup(group);
            item.setSelected(theme.get() == t);
            item.setOnAction(e -> theme.set(t));
            theme.addListener((o, a, b) -> item.setSelected(b == t));
            items.add(item);
        }
        return items;
    }
}
