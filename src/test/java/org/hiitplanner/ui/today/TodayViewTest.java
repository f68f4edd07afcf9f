package org.hiitplanner.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A technician at the treadmill on Tuesday 2026-12-08 (week 4 of the demo study: 7 intervals at 90 %) types their
 * name, runs R15 as planned with one key, and records R16 as stopped after 5 of its 7 intervals.
 */
@ExtendWith(ApplicationExtension.class)
class TodayViewTest {
    private static final Clock TUESDAY_WEEK_4 = Clock.fixed(Instant.parse("2026-12-08T09:30:00Z"), ZoneOffset.UTC);
    private StudyDocument document;
    private TodayViewModel model;
    private Background background;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new StudyDocument(DemoStudy.create(), Path.of("demo.hiit.json"));
        background = new Background();
        OperatorName operator = new OperatorName(null);
        operator.nameProperty().set("");
        Messages messages = new Messages(Locale.ENGLISH);
        model = new TodayViewModel(document, new ScheduleEngine(), background, TUESDAY_WEEK_4, messages, operator,
                (d, r, c) -> document.edit(d, c), () -> { }, s -> Map.of());
        TodayView view = new TodayView(model, messages);
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        background.close();
    }

    private void await() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(model::isComputing).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The list cell that shows an animal's card. */
    private Node cell(FxRobot robot, String animalId) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> c.getItem() instanceof RunCard card
                && card.animalId().equals(animalId)).query();
    }

    private String state(FxRobot robot, String animalId) {
        return robot.from(cell(robot, animalId)).lookup(".today-state").queryAs(Label.class).getText();
    }

    private String message(FxRobot robot) {
        return robot.lookup("#today-message").queryAs(Label.class).getText();
    }

    private List<SessionRecord> records() {
        return document.study().sessionRecords();
    }

    @Test
    void theTechnicianRunsOneAnimalAsPlannedAndRecordsAnotherAsPartial(FxRobot robot) throws Exception {
        await();
        assertEquals("Tuesday 2026-12-08", robot.lookup("#today-day-title").queryAs(Label.class).getText());
        assertEquals("31.9", robot.from(cell(robot, "R15")).lookup(".today-speed-high").queryAs(Label.class)
                .getText(), "R15: Vmax 35.47 × 90 % = 31.923");
        assertEquals("Not recorded", state(robot, "R15"));

        robot.clickOn(cell(robot, "R15"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Type your name in the Operator field first: every record names who ran the animal.",
                message(robot));
        assertTrue(records().isEmpty());
        assertTrue(robot.lookup("#today-operator").query().isFocused(), "the name is asked for where it is typed");

        robot.write("Anna").type(KeyCode.ENTER);
        robot.clickOn(cell(robot, "R15"));
        robot.type(KeyCode.ENTER);
        await();
        assertEquals("Completed", state(robot, "R15"));
        assertEquals("by Anna at 09:30", robot.from(cell(robot, "R15")).lookup(".today-small")
                .match((Label l) -> l.getText().startsWith("by ")).queryAs(Label.class).getText());
        assertEquals(SessionStatus.COMPLETED, records().get(0).status());
        assertEquals(7, records().get(0).intervalsCompleted());

        robot.clickOn(robot.from(cell(robot, "R16")).lookup("#today-record").queryButton());
        robot.clickOn("#today-form-status-PARTIAL");
        Spinner<?> intervals = robot.lookup("#today-form-intervals").queryAs(Spinner.class);
        robot.doubleClickOn(intervals.getEditor());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("5");
        robot.type(KeyCode.TAB).write("3");
        robot.type(KeyCode.TAB).write("40");
        robot.type(KeyCode.TAB).write("312.5");
        robot.type(KeyCode.ENTER);
        await();
        assertFalse(robot.lookup("#today-form").tryQuery().isPresent(), "Enter records and closes the form");
        assertEquals("Partial 5/7", state(robot, "R16"));
        SessionRecord r16 = records().get(1);
        assertEquals(5, r16.intervalsCompleted());
        assertEquals(3, r16.stimuli());
        assertEquals(40, r16.secondsOnGrid());
        assertEquals("312.5", r16.bodyWeightGrams().toPlainString());
        assertEquals("Anna", r16.operator());
    }

    @Test
    void anExcusedSessionWithoutAReasonKeepsTheFormOpenEscCancelsAndAltArrowsChangeTheDay(FxRobot robot) throws Exception {
        await();
        robot.clickOn("#today-operator").write("Anna");
        robot.clickOn(cell(robot, "R20"));
        robot.type(KeyCode.F2);
        robot.clickOn("#today-form-status-EXCUSED");
        robot.clickOn("#today-form-notes").write("Limping");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#today-form").tryQuery().isPresent(), "the form stays open");
        assertEquals("Not recorded: correct the fields marked in red.",
                robot.lookup("#today-form-message").queryAs(Label.class).getText());
        assertTrue(robot.lookup("An excused session needs a reason").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#today-form").tryQuery().isPresent());
        assertTrue(records().isEmpty());
        assertEquals("Not recorded", state(robot, "R20"));

        robot.press(KeyCode.ALT).type(KeyCode.RIGHT).release(KeyCode.ALT);
        await();
        assertEquals("Wednesday 2026-12-09", robot.lookup("#today-day-title").queryAs(Label.class).getText());
        robot.press(KeyCode.ALT).type(KeyCode.LEFT).type(KeyCode.LEFT).release(KeyCode.ALT);
        await();
        assertEquals("Monday 2026-12-07", robot.lookup("#today-day-title").queryAs(Label.class).getText());
    }
}
