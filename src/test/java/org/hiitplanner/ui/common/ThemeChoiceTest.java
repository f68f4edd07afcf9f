package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.scene.layout.Pane;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** View › Light/Dark theme: applied to the window's root, remembered for the next start. */
class ThemeChoiceTest {
    private Preferences node;

    @AfterEach
    void removeNode() throws BackingStoreException {
        if (node != null) {
            node.removeNode();
            node.flush();
        }
    }

    @Test
    void theFirstStartIsLight() {
        assertEquals(Theme.LIGHT, new ThemeChoice(null).themeProperty().get());
    }

    @Test
    void theChoiceIsRememberedAndReadBackByTheNextStart() {
        node = Preferences.userRoot().node("org/hiitplanner/test-theme-" + UUID.randomUUID());
        new ThemeChoice(node).themeProperty().set(Theme.DARK);
        assertEquals("DARK", node.get(ThemeChoice.KEY, null));
        assertEquals(Theme.DARK, new ThemeChoice(node).themeProperty().get());
    }

    @Test
    void anUnknownRememberedValueFallsBackToLight() {
        node = Preferences.userRoot().node("org/hiitplanner/test-theme-" + UUID.randomUUID());
        node.put(ThemeChoice.KEY, "SEPIA");
        assertEquals(Theme.LIGHT, new ThemeChoice(node).themeProperty().get());
    }

    @Test
    void switchingSwapsTheRootsClassAndTheStylesheet() {
        ThemeChoice choice = new ThemeChoice(null);
        Pane root = new Pane();
        List<String> sheets = new ArrayList<>();
        choice.applyTo(root, sheets::add);
        assertTrue(root.getStyleClass().contains("theme-light"));

        choice.themeProperty().set(Theme.DARK);

        assertTrue(root.getStyleClass().contains("theme-dark"));
        assertFalse(root.getStyleClass().contains("theme-light"));
        assertEquals(List.of(Theme.LIGHT.userAgentStylesheet(), Theme.DARK.userAgentStylesheet()), sheets);
        assertTrue(sheets.get(1).contains("primer-dark"), sheets.get(1));
    }
}
