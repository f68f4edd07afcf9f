package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The recently opened studies, newest first, remembered on this computer (Java preferences). */
public final class RecentFiles {
    private static final int MAX = 8;
    private static final String KEY = "recent.";
    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** @param prefs where to remember them; null keeps them in memory only (tests) */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        if (prefs != null) {
            for (int i = 0; i < MAX; i++) {
                String p = prefs.get(KEY + i, null);
                if (p != null && !p.isBlank()) {
                    files.add(Path.of(p));
                }
            }
        }
    }

    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        List<Path> list = new ArrayList<>(files);
        list.remove(abs);
        list.add(0, abs);
        files.setAll(list.subList(0, Math.min(MAX, list.size())));
        store();
    }

    public void remove(Path file) {
        files.remove(file.toAbsolutePath().normalize());
        store();
    }

    public boolean isFirstStart() {
        return prefs == null ? files.isEmpty() : prefs.getBoolean("started", false) == false;
    }

    public void markStarted() {
        if (prefs != null) {
            prefs.putBoolean("started", true);
        }
    }

    private void store() {
        if (prefs == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
    }
}
