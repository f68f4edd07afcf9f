package org.hiitplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void linuxNeedsDisplayOrWayland() {
        assertFalse(Main.hasDisplay("Linux", Map.of(), null));
        assertFalse(Main.hasDisplay("Linux", Map.of("DISPLAY", " "), null));
        assertTrue(Main.hasDisplay("Linux", Map.of("DISPLAY", ":0"), null));
        assertTrue(Main.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null));
        assertTrue(Main.hasDisplay("Linux", Map.of(), "Monocle"));
    }

    @Test
    void windowsAndMacAlwaysHaveADesktop() {
        assertTrue(Main.hasDisplay("Windows 11", Map.of(), null));
        assertTrue(Main.hasDisplay("Mac OS X", Map.of(), null));
    }

    @Test
    void theToolkitsRefusalIsFoundInTheCauseChain() {
        UnsupportedOperationException refusal = new UnsupportedOperationException("Unable to open DISPLAY");
        assertSame(refusal, Main.toolkitRefusal(new RuntimeException("launch", refusal)));
        assertNull(Main.toolkitRefusal(new IllegalStateException("other")));
    }

    @Test
    void theNoDisplayMessageIsOneLineAndPointsToTheCommandLine() {
        String line = Main.noDisplayLine();
        assertFalse(line.contains("\n"));
        assertTrue(line.contains("graphical session"), line);
        assertTrue(line.contains("command line"), line);
    }

    @Test
    void onlyTheClassPathWarningOfJavaFxIsDropped() {
        Main.quietClassPathWarning();
        Logger javafx = Logger.getLogger("javafx");
        assertFalse(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @69eee410'")));
        assertTrue(javafx.getFilter().isLoggable(new LogRecord(Level.WARNING, "Could not parse stylesheet")));
    }

    @Test
    void opensTheWindowForNoArgumentsGuiOrOneStudyFile() {
        assertTrue(Main.opensWindow(new String[0]));
        assertTrue(Main.opensWindow(new String[] {"--gui", "--copy-of=assets/demo-study.hiit.json"}));
        assertTrue(Main.opensWindow(new String[] {"study.hiit.json"}));
        assertEquals(false, Main.opensWindow(new String[] {"schedule", "study.hiit.json"}));
    }
}
