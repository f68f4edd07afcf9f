package org.hiitplanner.ui.common;

import java.util.prefs.Preferences;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The name of whoever runs the animals at this computer, remembered between runs (Java preferences), so that a
 * technician types it once. Until a name is set, the operating system's user name stands in.
 */
public final class OperatorName {
    static final String KEY = "operator.name";
    private final Preferences prefs;
    private final StringProperty name = new SimpleStringProperty(this, "name");
    private String stored;

    /** @param prefs where to remember the name; null keeps it in memory only (tests) */
    public OperatorName(Preferences prefs) {
        this.prefs = prefs;
        String saved = prefs == null ? "" : prefs.get(KEY, "");
        stored = saved == null ? "" : saved.strip();
        name.set(name());
        name.addListener((o, a, b) -> store(b));
    }

    /** The name as typed; setting it remembers it (a blank name forgets it). */
    public StringProperty nameProperty() {
        return name;
    }

    /** The remembered name, or the operating system's user name when none was set. */
    public String name() {
        if (!stored.isEmpty()) {
            return stored;
        }
        String user = System.getProperty("user.name", "");
        return user == null ? "" : user.strip();
    }

    private void store(String value) {
        stored = value == null ? "" : value.strip();
        if (prefs == null) {
            return;
        }
        if (stored.isEmpty()) {
            prefs.remove(KEY);
        } else {
            prefs.put(KEY, stored);
        }
    }
}
