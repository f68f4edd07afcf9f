package org.hiitplanner.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help › User guide (F1) and Help › About on the demo study, as a user opens them. */
@ExtendWith(ApplicationExtension.class)
class HelpViewTest {
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    private HiitPlannerApp.Workspace workspace;
    private double width;
    private double height;

    @Start
    void start(Stage stage) {
        workspace = HiitPlannerApp.workspace(stage, TUESDAY, new RecentFiles(null), new OperatorName(null),
                Locale.ENGLISH);
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    /** Leaves the shared primary stage as it was found: other windows closed, its own size again. */
    @org.junit.jupiter.api.AfterEach
    void closeWindows(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = workspace.stage();
            List.copyOf(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    @Test
    void f1OpensTheGuideWithItsSections(FxRobot robot) {
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<String> contents = robot.lookup("#guide-contents").queryAs(ListView.class);
        assertEquals(List.of("The window", "Study settings", "Print and export", "The arithmetic", "Keyboard",
                "The study file"), contents.getItems());
        javafx.scene.Node keyboard = robot.lookup("#guide-contents .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "Keyboard".equals(c.getText())).query();
        robot.clickOn(keyboard);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#guide-scroll").queryAs(javafx.scene.control.ScrollPane.class).getVvalue() > 0.5,
                "choosing a section scrolls to it");
    }

    @Test
    void everyKeyOfTheMenusIsInTheGuide(FxRobot robot) {
        String keys = GuideText.load(Locale.ENGLISH).stream().filter(b -> b.kind() == GuideText.Kind.BULLET)
                .map(GuideText.Block::text).reduce("", (a, b) -> a + "\n" + b);
        List<String> missing = new ArrayList<>();
        for (Menu menu : robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (item.getAccelerator() != null) {
                    String text = item.getAccelerator().getDisplayText().replace("Comma", ",");
                    if (!keys.contains(text) && !text.matches("Ctrl\\+[1-9]")) {
                        missing.add(item.getText() + " " + text);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(keys.contains("Ctrl+1 … Ctrl+9"));
    }

    @Test
    void aboutShowsTheVersionTheLicenceTheFormatAndThatTheDemoIsNotSaved(FxRobot robot) {
        robot.interact(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-help-about".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> texts = robot.lookup("#about-lines .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains("Apache License 2.0 (the LICENSE file that comes with the program)"), texts::toString);
        int v = new org.hiitplanner.storage.StudyStore().schemaVersion();
        assertTrue(texts.contains("schemaVersion " + v + ": writes " + v + ", reads 1 to " + v), texts::toString);
        assertTrue(texts.contains("not saved yet (File › Save as…)"), texts::toString);
        assertEquals(null, workspace.document().file());
    }
}
