package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The operator's name: typed once, remembered on this computer, the OS user name until then. */
class OperatorNameTest {
    private Preferences node;

    @AfterEach
    void removeNode() throws BackingStoreException {
        if (node != null) {
            node.removeNode();
            node.flush();
        }
    }

    @Test
    void withoutANameTheOperatingSystemUserStandsIn() {
        OperatorName name = new OperatorName(null);
        assertEquals(System.getProperty("user.name"), name.name());
        assertEquals(System.getProperty("user.name"), name.nameProperty().get());
    }

    @Test
    void inMemoryTheTypedNameIsTheNameUntilItIsCleared() {
        OperatorName name = new OperatorName(null);
        name.nameProperty().set("  Anna de Vries ");
        assertEquals("Anna de Vries", name.name());
        name.nameProperty().set("");
        assertEquals(System.getProperty("user.name"), name.name());
        assertEquals("", name.nameProperty().get());
    }

    @Test
    void theNameIsRememberedInThePreferencesAndReadBackByTheNextStart() {
        node = Preferences.userRoot().node("org/hiitplanner/test-operator-" + UUID.randomUUID());
        OperatorName first = new OperatorName(node);
        first.nameProperty().set("Anna");
        assertEquals("Anna", node.get(OperatorName.KEY, null));
        OperatorName next = new OperatorName(node);
        assertEquals("Anna", next.name());
        assertEquals("Anna", next.nameProperty().get());
        next.nameProperty().set(" ");
        assertNull(node.get(OperatorName.KEY, null), "a blank name is forgotten");
        assertEquals(System.getProperty("user.name"), new OperatorName(node).name());
    }
}
