package org.hiitplanner.ui.heats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A user of the heats screen on the demo study, Monday 2026-11-16: 14 rats, 3 lanes, one belt, 5 heats. */
@ExtendWith(ApplicationExtension.class)
class HeatsViewTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-16T07:00:00Z"), ZoneOffset.UTC);
    private StudyDocument document;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = new HeatsViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(), MONDAY, new Messages(Locale.ENGLISH),
                () -> 42L);
        Scene scene = new Scene((Parent) new HeatsView(model).root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theScreenSaysWhichHeatsThePlannerChooses(FxRobot robot) {
        Label objective = robot.lookup("#heats-objective").queryAs(Label.class);
        assertTrue(objective.getText().contains("smallest largest deviation"), objective.getText());
        assertTrue(objective.getTooltip().getText().contains("rather split equal speeds"));
    }

    @Test
    void editingTheChangeoverOfAProfileChangesTheDaysTotalTime(FxRobot robot) {
        assertTrue(text(robot, "#heats-day-summary-0").startsWith("5 heats, 08:00–10:30 (150 min)"),
                text(robot, "#heats-day-summary-0"));
        robot.clickOn("Treadmills & heat settings");
        robot.clickOn("Exer-3 rat");
        robot.clickOn("#heats-treadmill-edit");
        WaitForAsyncUtils.waitForFxEvents();
        retype(robot, "#heats-form-changeover", "15");
        robot.clickOn("#heats-form-ok");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(15, document.study().treadmills().get(0).changeoverMinutes());
        robot.clickOn("Heats of the day");
        // 5 heats of 22 min and 4 changeovers of 15 min = 170 min
        assertTrue(text(robot, "#heats-day-summary-0").startsWith("5 heats, 08:00–10:50 (170 min)"),
                text(robot, "#heats-day-summary-0"));
        robot.interact(document::undo);
        assertTrue(text(robot, "#heats-day-summary-0").startsWith("5 heats, 08:00–10:30 (150 min)"));
    }

    @Test
    void theProfileFormNamesTheProblemOnItsFieldAndCannotBeSaved(FxRobot robot) {
        robot.clickOn("Treadmills & heat settings");
        robot.clickOn("#heats-treadmill-add");
        WaitForAsyncUtils.waitForFxEvents();
        retype(robot, "#heats-form-min", "50");
        retype(robot, "#heats-form-max", "40");

        assertEquals("Maximum speed must be above the minimum (50–40)", text(robot, "#heats-form-max-problem"));
        assertEquals("Name must be 1 to 40 characters", text(robot, "#heats-form-name-problem"));
        assertTrue(robot.lookup("#heats-form-ok").queryAs(Button.class).isDisabled());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, document.study().treadmills().size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWhatIfChangesNothingUntilApply(FxRobot robot) {
        Study before = document.study();
        robot.clickOn("What if…");
        retype(robot, "#heats-whatif-lanes", "5");
        robot.interact(() -> robot.lookup("#heats-whatif-belt").queryAs(ComboBox.class)
                .setValue(BeltType.INDEPENDENT_LANES));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<WhatIfModel.Comparison> table = robot.lookup("#heats-whatif-comparison").queryAs(TableView.class);
        WhatIfModel.Comparison heats = table.getItems().stream().filter(c -> c.label().equals("Heats")).findFirst()
                .orElseThrow();
        assertEquals("5", heats.current());
        assertEquals("3", heats.tried());
        assertTrue(text(robot, "#heats-whatif-summary").startsWith("3 heats, 08:00–09:26 (86 min)"),
                text(robot, "#heats-whatif-summary"));
        assertEquals(before, document.study());
        assertFalse(document.isDirty());

        robot.clickOn("#heats-whatif-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(5, document.study().treadmills().get(0).lanes());
        assertEquals(BeltType.INDEPENDENT_LANES, document.study().treadmills().get(0).belt());
        assertEquals("Apply what-if to treadmill Exer-3 rat", document.undoTextProperty().get());
        robot.clickOn("Heats of the day");
        assertTrue(text(robot, "#heats-day-summary-0").startsWith("3 heats, 08:00–09:26 (86 min)"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tryingTheAnimalsOnASlowerProfileShowsTheHeatsTheDayHasAfterApply(FxRobot robot) {
        // profile B: 3 lanes, one belt, 0–26 m/min in 0.5 steps, 10-min changeover
        robot.interact(() -> document.edit("Add B", s -> TreadmillEdits.add(s, new TreadmillForm("B", "3",
                BeltType.SINGLE_BELT, "0", "26", "0.5", "0", "10", "").treadmill())));
        robot.clickOn("What if…");
        robot.interact(() -> robot.lookup("#heats-whatif-profile").queryAs(ComboBox.class).setValue("B"));
        WaitForAsyncUtils.waitForFxEvents();

        // 5 heats, 150 min, largest deviation 0.5 (B's own 0.5-step, 26-capped speeds), not 8 heats and 246 min
        String whatIf = text(robot, "#heats-whatif-summary");
        assertTrue(whatIf.startsWith("5 heats, 08:00–10:30 (150 min) · largest deviation 0.5 m/min"), whatIf);
        robot.clickOn("#heats-whatif-apply");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Heats of the day");

        assertEquals(whatIf, text(robot, "#heats-day-summary-0"));
        assertEquals("B", document.study().animal("R15").orElseThrow().treadmill());
    }

    @Test
    void retyping5PercentAs5Point0AndTabbingOutChangesNothing(FxRobot robot) {
        robot.clickOn("Treadmills & heat settings");
        retype(robot, "#heats-tolerance", "5.0%");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#heats-tolerance");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("5%", robot.lookup("#heats-tolerance").queryAs(TextField.class).getText());
        assertFalse(document.isDirty());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void anInvalidToleranceIsNamedOnTheFieldAndChangesNothing(FxRobot robot) {
        robot.clickOn("Treadmills & heat settings");
        retype(robot, "#heats-tolerance", "fast");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(text(robot, "#heats-tolerance-problem").startsWith("'fast' is not a tolerance"),
                text(robot, "#heats-tolerance-problem"));
        assertFalse(document.isDirty());

        retype(robot, "#heats-tolerance", "1.0");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", text(robot, "#heats-tolerance-problem"));
        assertEquals("±1.0 m/min", document.study().settings().heats().tolerance().label());
        assertEquals("1.0", robot.lookup("#heats-tolerance").queryAs(TextField.class).getText());
    }

    @Test
    void theLastTreadmillCannotBeRemovedAndTheScreenSaysWhy(FxRobot robot) {
        robot.clickOn("Treadmills & heat settings");
        robot.clickOn("Exer-3 rat");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(text(robot, "#heats-treadmill-problem").startsWith("Exer-3 rat is the study's last treadmill"),
                text(robot, "#heats-treadmill-problem"));
        assertEquals(1, document.study().treadmills().size());
    }
}
