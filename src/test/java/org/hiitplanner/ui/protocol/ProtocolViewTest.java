package org.hiitplanner.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user edits the week table and the session settings, and sees the chart change. */
@ExtendWith(ApplicationExtension.class)
class ProtocolViewTest {
    private StudyDocument document;
    private ProtocolViewModel model;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new StudyDocument(DemoStudy.create(), null);
        model = new ProtocolViewModel(document);
        ProtocolView view = new ProtocolView(model, new Messages(Locale.ENGLISH));
        Scene scene = new Scene((javafx.scene.Parent) view.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Node cell(FxRobot robot, int row, int column) {
        javafx.scene.control.TableRow<?> r = robot.lookup("#protocol-weeks .table-row-cell")
                .match((javafx.scene.control.TableRow<?> t) -> t.getIndex() == row).query();
        return robot.from(r).lookup(".table-cell").nth(column).query();
    }

    private void typeIntoCell(FxRobot robot, int row, int column, String text) {
        robot.doubleClickOn(cell(robot, row, column));
        TextField editor = robot.lookup("#protocol-weeks .text-field").queryAs(TextField.class);
        robot.interact(() -> editor.setText(text));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private XYChart.Series<?, ?> chartSeries(FxRobot robot) {
        return robot.lookup("#session-chart").queryAs(LineChart.class).getData().get(0) instanceof XYChart.Series<?, ?> s
                ? s : null;
    }

    @Test
    void editingIntervalsOfWeek2ChangesTheChartAndUndoRestoresIt(FxRobot robot) {
        robot.interact(() -> model.chartWeekProperty().set(2));
        // week 2: warm-up + 5 × (high + low) + cool-down = 12 phases, 2 points each
        assertEquals(24, chartSeries(robot).getData().size());
        typeIntoCell(robot, 1, 1, "7");
        assertEquals(7, document.study().protocol().week(2).intervals());
        assertEquals("7", ((TableCell<?, ?>) cell(robot, 1, 1)).getText());
        assertEquals("31:00", ((TableCell<?, ?>) cell(robot, 1, 3)).getText());
        assertEquals(32, chartSeries(robot).getData().size());
        robot.interact(document::undo);
        assertEquals(24, chartSeries(robot).getData().size());
        assertEquals("5", ((TableCell<?, ?>) cell(robot, 1, 1)).getText());
    }

    @Test
    void aValueBeyondTheHardLimitIsRefusedWithAMessage(FxRobot robot) {
        typeIntoCell(robot, 2, 2, "160");
        assertEquals(new BigDecimal("85"), document.study().protocol().week(3).highPercent());
        assertEquals("Week 3: high-phase % Vmax must be above 0 and at most 150 (was 160)",
                robot.lookup("#protocol-problem").queryAs(Label.class).getText());
    }

    @Test
    void aWarningIsAppliedOnlyWhenAccepted(FxRobot robot) {
        typeIntoCell(robot, 2, 1, "12");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, document.study().protocol().week(3).intervals());
        typeIntoCell(robot, 2, 1, "12");
        robot.clickOn("Accept");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, document.study().protocol().week(3).intervals());
    }

    @Test
    void changingTheLowSpeedInTheFormUpdatesTheChart(FxRobot robot) {
        robot.interact(() -> model.chartWeekProperty().set(1));
        TextField low = robot.lookup("#low-speed-value").queryAs(TextField.class);
        robot.doubleClickOn(low).write("60").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new BigDecimal("60"), document.study().protocol().lowSpeed().value());
        // R15, Vmax 35.47: the first low phase at 60 % = 21.282 → 21.3 m/min
        XYChart.Data<?, ?> lowStart = chartSeries(robot).getData().get(4);
        assertEquals(new BigDecimal("21.3"), lowStart.getYValue());
    }

    private void typeSkipDate(FxRobot robot, String text) {
        robot.clickOn("#new-skip-date .text-field").write(text);
        robot.clickOn("#add-skip");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSkipDateTypedDayFirstIsAddedAndOneThatIsNotADateIsSaidSo(FxRobot robot) {
        typeSkipDate(robot, "25-12-2026");
        typeSkipDate(robot, "28/12/2026");
        typeSkipDate(robot, "29.12.2026");
        assertEquals(java.util.List.of(java.time.LocalDate.of(2026, 12, 25), java.time.LocalDate.of(2026, 12, 28),
                java.time.LocalDate.of(2026, 12, 29)), java.util.List.copyOf(document.study().calendar().skipDates()));
        typeSkipDate(robot, "31-12-20");
        String said = "\"31-12-20\" is not a date: type it as 2026-12-25 or day first as 25-12-2026, 25/12/2026 or "
                + "25.12.2026.";
        assertEquals(said, robot.lookup("#protocol-problem").queryAs(Label.class).getText());
        assertEquals(said, org.hiitplanner.ui.common.IsoDates.problemOf(
                robot.lookup("#new-skip-date").queryAs(javafx.scene.control.DatePicker.class)));
        assertEquals(3, document.study().calendar().skipDates().size());
        robot.interact(() -> robot.lookup("#new-skip-date").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor().clear());
        typeSkipDate(robot, "30-12-2026");
        javafx.scene.control.DatePicker field = robot.lookup("#new-skip-date").queryAs(
                javafx.scene.control.DatePicker.class);
        assertEquals("", org.hiitplanner.ui.common.IsoDates.problemOf(field), "a date read clears the message");
        assertEquals(null, field.getTooltip());
        assertEquals(4, document.study().calendar().skipDates().size());
    }
}
