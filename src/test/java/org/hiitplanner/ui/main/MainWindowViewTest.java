package org.hiitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import javafx.scene.control.Label;
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

/** The main window as a user sees it, on the demo study, on Tuesday 2026-11-24 (week 2). */
@ExtendWith(ApplicationExtension.class)
class MainWindowViewTest {
    static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    private HiitPlannerApp.Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = HiitPlannerApp.workspace(stage, TUESDAY_WEEK_2, new RecentFiles(null),
                new OperatorName(null), Locale.ENGLISH);
        stage.show();
    }

    @Test
    void theOverviewShowsTheDemoStudy(FxRobot robot) {
        assertEquals("HIIT in type 2 diabetic rats (demo)", robot.lookup("#overview-title").queryAs(Label.class).getText());
        assertEquals("Week 2 of 8", robot.lookup("#tile-week").queryAs(Label.class).getText());
        // 14 trained rats run on a Tuesday
        assertEquals("14", robot.lookup("#tile-today").queryAs(Label.class).getText());
        assertEquals("2026-11-28", robot.lookup("#tile-next-test").queryAs(Label.class).getText());
        assertEquals("Untitled — HIIT Planner", workspace.stage().getTitle());
    }

    @Test
    void switchingScreensWithTheKeyboard(FxRobot robot) {
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#today-list").tryQuery().isPresent(), "Ctrl+2 is Today, after the overview");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT3)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#protocol-weeks").tryQuery().isPresent());
    }

    @Test
    void undoAndRedoFromTheKeyboardAndTheUnsavedMark(FxRobot robot) {
        robot.interact(() -> workspace.document().edit("Edit week 1", s -> s.withProtocol(
                s.protocol().withWeek(1, org.hiitplanner.domain.protocol.ProtocolWeek.of(5, "80")))));
        assertEquals("*Untitled — HIIT Planner", workspace.stage().getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, workspace.document().study().protocol().week(1).intervals());
        assertEquals("Untitled — HIIT Planner", workspace.stage().getTitle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, workspace.document().study().protocol().week(1).intervals());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(5, workspace.document().study().protocol().week(1).intervals());
    }

    @Test
    void aWarningOnTheOverviewLeadsToTheProtocol(FxRobot robot) {
        robot.interact(() -> workspace.document().edit("Edit week 3", s -> s.withProtocol(
                s.protocol().withWeek(3, org.hiitplanner.domain.protocol.ProtocolWeek.of(12, "85")))));
        robot.clickOn("Week 3: 12 intervals is outside the usual 4–10");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#protocol-weeks").tryQuery().isPresent());
    }
}
