package org.hiitplanner.ui.steptests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A technician types a test day's results into the grid with the keyboard, on the demo study. */
@ExtendWith(ApplicationExtension.class)
class StepTestsViewTest {
    private static final int R15 = 14;
    private static final int R16 = 15;
    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private StudyDocument document;
    private Study demo;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        demo = DemoStudy.create();
        document = new StudyDocument(demo, null);
        Messages messages = new Messages(Locale.ENGLISH);
        StepTestsView view = new StepTestsView(
                new StepTestsViewModel(document, StepTestsViewModelTest.TUESDAY_WEEK_2, messages), messages);
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<ResultRow> table(FxRobot robot) {
        return robot.lookup("#steptests-results").queryAs(TableView.class);
    }

    /** The cell of a row and column, scrolled into view. */
    private TableCell<?, ?> cell(FxRobot robot, int row, String columnId) {
        robot.interact(() -> table(robot).scrollTo(Math.max(0, row - 2)));
        return robot.lookup("#steptests-results .table-cell")
                .match((TableCell<?, ?> c) -> c.getIndex() == row && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
    }

    private String text(FxRobot robot, int row, String columnId) {
        String t = cell(robot, row, columnId).getText();
        return t == null ? "" : t;
    }

    private List<StepTestResult> resultsOf(String id) {
        return document.study().stepTestResults().stream().filter(r -> r.animalId().equals(id)).toList();
    }

    /** The text field that has the keyboard focus, and the row and column of the cell it edits. */
    /** Waits (up to 10 s) until the grid's problem line shows a message: the robot's keys may still be queued. */
    private static void awaitProblem(FxRobot robot) {
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> !robot.lookup("#steptests-problem").queryAs(Label.class).getText().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion that follows names what was shown
        }
    }

    private void assertCaretIn(FxRobot robot, int row, String columnId) {
        Node focus = robot.targetWindow().getScene().getFocusOwner();
        assertTrue(focus instanceof TextField, "the caret is in a text field, not " + focus);
        Node n = focus;
        while (n != null && !(n instanceof TableCell<?, ?>)) {
            n = n.getParent();
        }
        assertNotNull(n, "the text field is in a cell of the grid");
        TableCell<?, ?> c = (TableCell<?, ?>) n;
        assertEquals(row, c.getIndex());
        assertEquals(columnId, c.getTableColumn().getId());
        TablePosition<?, ?> editing = table(robot).getEditingCell();
        assertEquals(row, editing.getRow());
    }

    private void pickDay(FxRobot robot) {
        DatePicker picker = robot.lookup("#steptests-day").queryAs(DatePicker.class);
        assertEquals("2026-11-28", picker.getEditor().getText(), "the planned day nearest today");
        robot.clickOn("#steptests-previous-day");
        assertEquals("2026-11-14", picker.getEditor().getText());
        robot.clickOn(picker.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("2026-12-12").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 12, 12), picker.getValue());
        robot.clickOn("#steptests-previous-day");
        assertEquals("2026-11-28", picker.getEditor().getText());
        assertEquals("0 of 28 tested animals have a result on 2026-11-28; 28 missing",
                robot.lookup("#steptests-progress").queryAs(Label.class).getText());
    }

    @Test
    void typeATimeSeeTheVmaxAndGoOnToTheNextAnimal(FxRobot robot) {
        pickDay(robot);
        robot.clickOn(cell(robot, R15, "col-time")).write("22:45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("30.75", text(robot, R15, "col-vmax"));
        assertEquals("22:45", text(robot, R15, "col-time"));
        assertEquals(new Measurement.TotalTime(1365), resultsOf("R15").get(1).measurement());
        assertEquals(DAY, resultsOf("R15").get(1).date());
        assertCaretIn(robot, R16, "col-time");
        assertEquals("1 of 28 tested animals have a result on 2026-11-28; 27 missing",
                robot.lookup("#steptests-progress").queryAs(Label.class).getText());

        // a bad time for R16: refused with a message, nothing changes, the cell stays open to correct it
        Study before = document.study();
        WaitForAsyncUtils.waitForFxEvents(); // the grid settles after the save of R15 before the next typing
        robot.write("22:75").type(KeyCode.ENTER);
        awaitProblem(robot);
        assertEquals("R16: \"22:75\" is not a running time; type minutes:seconds (22:45) or seconds (1365)",
                robot.lookup("#steptests-problem").queryAs(Label.class).getText());
        assertEquals(before, document.study());
        assertCaretIn(robot, R16, "col-time");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text(robot, R16, "col-vmax"));

        robot.interact(document::undo);
        assertEquals(demo, document.study());
        assertEquals("", text(robot, R15, "col-vmax"));
        assertEquals("", text(robot, R15, "col-time"));
        assertEquals("", robot.lookup("#steptests-problem").queryAs(Label.class).getText());
    }

    @Test
    void stagesThenTabThenSecondsAndTheValidBox(FxRobot robot) {
        robot.clickOn(cell(robot, R16, "col-stages")).write("11").type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30.00", text(robot, R16, "col-vmax"));
        assertCaretIn(robot, R16, "col-stage-seconds");
        robot.write("45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30.75", text(robot, R16, "col-vmax"));
        assertEquals(new Measurement.Stages(11, 45), resultsOf("R16").get(1).measurement());
        assertCaretIn(robot, 16, "col-stage-seconds");
        robot.type(KeyCode.ESCAPE);

        CheckBox valid = (CheckBox) cell(robot, R16, "col-valid").getGraphic();
        assertTrue(valid.isSelected());
        robot.clickOn(valid);
        assertFalse(resultsOf("R16").get(1).valid());
        assertEquals("30.75 (invalid: not used)", text(robot, R16, "col-vmax"));
        assertEquals(null, cell(robot, R15, "col-valid").getGraphic(), "no box without a result");
    }

    @Test
    void clickingElsewhereKeepsWhatWasTyped(FxRobot robot) {
        robot.clickOn(cell(robot, R15, "col-time")).write("1365");
        robot.clickOn(cell(robot, 17, "col-note"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30.75", text(robot, R15, "col-vmax"));
        assertEquals("22:45", text(robot, R15, "col-time"));
        robot.clickOn(cell(robot, R15, "col-note")).write("ran well");
        robot.clickOn("#steptests-operator");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ran well", resultsOf("R15").get(1).note());
        assertEquals("Step test of R15 on 2026-11-28", document.undoTextProperty().get());
    }

    @Test
    void aFirstStageFailureSaysSo(FxRobot robot) {
        robot.clickOn(cell(robot, R15, "col-time")).write("90").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("failed first stage \u2014 no Vmax", text(robot, R15, "col-vmax"));
        assertEquals("1:30", text(robot, R15, "col-time"));
    }

    @Test
    void changingTheIncrementAfterResultsAsksForADateAndAReasonAndKeepsTheBaseline(FxRobot robot) {
        Label version = robot.lookup("#steptests-protocol-version").queryAs(Label.class);
        assertTrue(version.getText().startsWith("Version 1."), version.getText());
        TextField increment = robot.lookup("#steptests-increment").queryAs(TextField.class);

        robot.clickOn(increment).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("3")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        DatePicker from = robot.lookup("#steptests-version-from").queryAs(DatePicker.class);
        assertEquals(LocalDate.of(2026, 11, 16), from.getValue(), "the day after the last result (R09, 2026-11-15)");
        robot.clickOn(from.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("2026-11-27").type(KeyCode.TAB);
        robot.clickOn("#steptests-version-reason").write("Bigger steps");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((javafx.scene.control.Button b) ->
                b.getText().equals("OK")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, document.study().stepTestProtocolVersions().size());
        assertEquals(LocalDate.of(2026, 11, 27), document.study().stepTestProtocolVersions().get(0).effectiveFrom());
        assertEquals("Bigger steps", document.study().stepTestProtocolVersions().get(0).reason());
        assertEquals("3", increment.getText());
        assertTrue(version.getText().startsWith("Version 2, in force from 2026-11-27."), version.getText());
        robot.clickOn(cell(robot, R15, "col-time")).write("22:45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // E 1365 s with d 3: 10 + 10·3 + 45/120·3 = 41.125 → 41.13
        assertEquals("41.13", text(robot, R15, "col-vmax"));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#steptests-previous-day");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(demo.stepTestResults().stream().filter(r -> r.animalId().equals("R15")).findFirst()
                .orElseThrow(), resultsOf("R15").get(0), "the baseline is untouched");
        assertEquals(ResultRow.format(demo.stepTestVersions().vmax(resultsOf("R15").get(0)).orElseThrow()),
                text(robot, R15, "col-vmax"), "and keeps its Vmax");
    }
}
