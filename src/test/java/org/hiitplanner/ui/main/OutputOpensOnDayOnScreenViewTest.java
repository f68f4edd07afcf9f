package org.hiitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.control.DatePicker;
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

/**
 * File › Print and File › Export open on the day on screen: the calendar says Tuesday 2026-11-24, but the
 * technician looks at Friday 2026-11-27 on Today, or at Monday 2026-11-30 on Schedules.
 */
@ExtendWith(ApplicationExtension.class)
class OutputOpensOnDayOnScreenViewTest {
    @Start
    void start(Stage stage) {
        HiitPlannerApp.workspace(stage, MainWindowViewTest.TUESDAY_WEEK_2, new RecentFiles(null),
                new OperatorName(null), Locale.ENGLISH);
        stage.show();
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void showDay(FxRobot robot, String picker, LocalDate day) {
        DatePicker p = robot.lookup(picker).queryAs(DatePicker.class);
        robot.interact(() -> p.setValue(day));
    }

    private static LocalDate sheetDate(FxRobot robot) {
        return robot.lookup("#sheet-date").queryAs(DatePicker.class).getValue();
    }

    @Test
    void printOpensOnTodaysShownDay(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        showDay(robot, "#today-date", LocalDate.of(2026, 11, 27));
        shortcut(robot, KeyCode.P);
        assertEquals(LocalDate.of(2026, 11, 27), sheetDate(robot));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void exportOpensOnTheSchedulesDayEvenAfterVisitingAnotherScreen(FxRobot robot) {
        shortcut(robot, KeyCode.DIGIT2);
        showDay(robot, "#today-date", LocalDate.of(2026, 11, 27));
        shortcut(robot, KeyCode.DIGIT6);
        showDay(robot, "#schedule-date", LocalDate.of(2026, 11, 30));
        shortcut(robot, KeyCode.DIGIT3);
        shortcut(robot, KeyCode.E);
        assertEquals(LocalDate.of(2026, 11, 30), sheetDate(robot));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.DIGIT2);
        shortcut(robot, KeyCode.P);
        assertEquals(LocalDate.of(2026, 11, 27), sheetDate(robot), "back on Today, its day is on screen again");
        robot.type(KeyCode.ESCAPE);
    }
}
