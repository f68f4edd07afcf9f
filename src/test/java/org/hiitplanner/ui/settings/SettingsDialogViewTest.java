package org.hiitplanner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Study settings… as a user drives it, in a 1024×700 window, on a new study made on Monday 2026-12-07. */
@ExtendWith(ApplicationExtension.class)
class SettingsDialogViewTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private HiitPlannerApp.Workspace workspace;
    private double width;
    private double height;

    @Start
    void start(Stage stage) {
        workspace = HiitPlannerApp.workspace(stage, MONDAY, new RecentFiles(null), new OperatorName(null),
                Locale.ENGLISH);
        stage.show();
        width = stage.getWidth();
        height = stage.getHeight();
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    private void openSettings(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.COMMA).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void close(FxRobot robot) {
        robot.clickOn(robot.lookup("#settings-dialog .button").match((Button b) -> b.getText().equals("Close"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();
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
    void theTitleOfANewStudyIsChangedAuditedAndUndone(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        openSettings(robot);
        TextField title = robot.lookup("#settings-title").queryAs(TextField.class);
        assertEquals("New study", title.getText());

        robot.doubleClickOn(title).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Pilot 2027").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Pilot 2027", workspace.document().study().info().title());
        List<AuditEntry> trail = workspace.document().study().auditLog().entries();
        AuditEntry last = trail.get(trail.size() - 1);
        assertEquals(List.of("study title", "New study", "Pilot 2027"),
                List.of(last.what(), last.oldValue(), last.newValue()));

        close(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("New study", workspace.document().study().info().title());
        openSettings(robot);
        assertEquals("New study", robot.lookup("#settings-title").queryAs(TextField.class).getText());
    }

    @Test
    void aRefusedBandIsShownOnItsFieldAndTheDialogFitsTheWindow(FxRobot robot) {
        openSettings(robot);
        TextField green = robot.lookup("#settings-green").queryAs(TextField.class);

        robot.doubleClickOn(green).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("40").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Label problem = robot.lookup("#settings-green-problem").queryAs(Label.class);
        assertEquals("'40' is not a green band: type a percent from the yellow band (50 %) up to 100",
                problem.getText());
        assertTrue(problem.isVisible());
        assertTrue(green.getPseudoClassStates().contains(atlantafx.base.theme.Styles.STATE_DANGER));
        assertEquals(0, workspace.document().study().auditLog().size());
        Window dialog = robot.lookup("#settings-dialog").queryAs(DialogPane.class).getScene().getWindow();
        assertTrue(dialog.getWidth() <= 1024 && dialog.getHeight() <= 700,
                "the dialog fits 1024×700: " + dialog.getWidth() + "×" + dialog.getHeight());
    }
}
