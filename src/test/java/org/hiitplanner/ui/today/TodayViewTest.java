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
import java.util.function.Predicate;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import org.hiitplanner.ui.today.TodayRow.HeatHeading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A technician at the treadmill on Tuesday 2026-12-08 (week 4 of the demo study: 7 intervals at 90 %) types their
 * name, runs R15 as planned with one key, and records R16 as stopped after 5 of its 7 intervals; the animals are
 * listed in the day's five heats on "Exer-3 rat", and a whole heat is recorded from its heading.
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
        document = new StudyDocument(DemoStudy.create(), Path.of("demo.hiit.json"), TUESDAY_WEEK_4, () -> "Anna");
        background = new Background();
        OperatorName operator = new OperatorName(null);
        operator.nameProperty().set("");
        Messages messages = new Messages(Locale.ENGLISH);
        model = new TodayViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), background, TUESDAY_WEEK_4, messages, operator,
                RecordWriter.of(document), () -> { }, s -> Map.of());
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

    /** The list cell that shows an animal's card, scrolled into view (the animals are listed by heat). */
    private Node cell(FxRobot robot, String animalId) {
        return shown(robot, r -> r instanceof RunCard card && card.animalId().equals(animalId));
    }

    private Node heatCell(FxRobot robot, int number) {
        return shown(robot, r -> r instanceof HeatHeading h && h.number() == number);
    }

    /** The cell of the first row that matches, after scrolling the list to it as a user would. */
    private Node shown(FxRobot robot, Predicate<TodayRow> which) {
        ListView<TodayRow> list = robot.lookup("#today-list").queryListView();
        robot.interact(() -> list.getItems().stream().filter(which).findFirst().ifPresent(list::scrollTo));
        return robot.lookup(".list-cell").match((ListCell<TodayRow> c) -> c.getItem() != null
                && which.test(c.getItem())).query();
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
        assertEquals("31.6", robot.from(cell(robot, "R15")).lookup(".today-speed-high").queryAs(Label.class)
                .getText(), "heat 3's belt: midpoint of R19's own 31.1 and R16's own 32.0");
        assertEquals("own 31.9 m/min · \u22120.3 (\u22120.9 %)", robot.from(cell(robot, "R15")).lookup(".today-own")
                .queryAs(Label.class).getText(), "R15: Vmax 35.47 × 90 % = 31.923");
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

    private String text(FxRobot robot, Node within, String selector) {
        return robot.from(within).lookup(selector).queryAs(Label.class).getText();
    }

    private List<String> recorded() {
        return records().stream().map(SessionRecord::animalId).toList();
    }

    /**
     * At 09:30 heats 1 (R18, R26, R22 at 08:00–08:31, belt high 26.1 m/min) and 2 (R25, R27, R17 at 08:41–09:12,
     * belt high 28.1) are done: heat 1 is recorded by choosing its heading with the keyboard and pressing Enter, heat
     * 2 with its button; both after a confirmation.
     */
    @Test
    void theTechnicianRecordsAHeatFromItsHeadingWithEnterAndAnotherWithItsButton(FxRobot robot) throws Exception {
        await();
        robot.clickOn("#today-operator").write("Anna");
        assertEquals("Heat 1 · 08:00–08:31", text(robot, heatCell(robot, 1), ".today-heat-title"));
        assertEquals("Heat 2 · 08:41–09:12", text(robot, heatCell(robot, 2), ".today-heat-title"));
        assertEquals("26.1", text(robot, heatCell(robot, 1), ".today-speed-high"), "what to set on the belt");
        assertEquals("3 animals · 3 not yet recorded", text(robot, heatCell(robot, 1), ".today-small"));
        assertTrue(robot.lookup("5 heats · 08:00–11:15 · 195 min").tryQuery().isPresent(), "5 × 31 + 4 × 10 min");
        assertEquals("1", text(robot, cell(robot, "R18"), ".today-lane"));
        assertEquals("own 27.2 m/min · \u22121.1 (\u22124.0 %)", text(robot, cell(robot, "R18"), ".today-own"));

        robot.clickOn(heatCell(robot, 1));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Record 3 animals in heat 1 on Exer-3 rat as completed as planned, with Anna as "
                + "operator?").tryQuery().isPresent(), "Enter on a heat's heading asks first");
        robot.type(KeyCode.ENTER);
        await();
        assertEquals(List.of("R18", "R26", "R22"), recorded());
        assertEquals("3 animals · all recorded", text(robot, heatCell(robot, 1), ".today-small"));
        assertTrue(robot.lookup(".list-cell").match((ListCell<?> c) -> c.isSelected()
                && c.getItem() instanceof HeatHeading h && h.number() == 1).tryQuery().isPresent(),
                "the heading stays chosen");

        robot.clickOn(robot.from(heatCell(robot, 2)).lookup("#today-heat-all").queryButton());
        robot.clickOn("OK");
        await();
        assertEquals(List.of("R18", "R26", "R22", "R25", "R27", "R17"), recorded());
        assertTrue(records().stream().allMatch(r -> r.status() == SessionStatus.COMPLETED
                && r.intervalsCompleted() == 7), "week 4 plans 7 intervals");
        assertEquals("Recorded 3 animals in heat 2 on Exer-3 rat as completed as planned", message(robot));
    }
}
