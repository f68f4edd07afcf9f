package org.hiitplanner.ui.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A user reads one animal's schedule and steps through the days' run sheets, on Tuesday 2026-11-24 (week 2). */
@ExtendWith(ApplicationExtension.class)
class ScheduleViewTest {
    private static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    private StudyDocument document;
    private ScheduleViewModel model;
    private Background background;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new StudyDocument(DemoStudy.create(), null);
        background = new Background();
        model = new ScheduleViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), background, TUESDAY_WEEK_2);
        ScheduleView view = new ScheduleView(model, new Messages(Locale.ENGLISH));
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        background.close();
    }

    private void awaitSchedule() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !WaitForAsyncUtils.asyncFx(model::isComputing).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<PlannedSession> animalTable(FxRobot robot) {
        return robot.lookup("#schedule-animal-table").queryAs(TableView.class);
    }

    /** The text the animal table shows in a column (by id) for a row. */
    private String cell(FxRobot robot, String columnId, int row) {
        TableView<PlannedSession> table = animalTable(robot);
        return table.getVisibleLeafColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .map(c -> (String) ((TableColumn<PlannedSession, ?>) c).getCellData(row)).orElseThrow();
    }

    private int firstRowOfWeek(FxRobot robot, int week) {
        List<PlannedSession> items = animalTable(robot).getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).week() == week) {
                return i;
            }
        }
        throw new AssertionError("no week " + week);
    }

    private void chooseAnimal(FxRobot robot, String id) {
        robot.clickOn("#schedule-animal");
        robot.write(id).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<DaySchedulePane.Row> dayTable(FxRobot robot) {
        return robot.lookup("#schedule-day-table").queryAs(TreeTableView.class);
    }

    private List<String> dayAnimals(FxRobot robot) {
        return dayTable(robot).getRoot().getChildren().stream().flatMap(t -> t.getChildren().stream())
                .map(TreeItem::getValue).map(r -> ((DaySchedulePane.SessionRow) r).session().animalId()).toList();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private void showDays(FxRobot robot) {
        robot.clickOn("Per day");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void choosingAnAnimalShowsAllItsSessions(FxRobot robot) throws Exception {
        awaitSchedule();
        chooseAnimal(robot, "R22");
        assertEquals("R22", animalTable(robot).getItems().get(0).animalId());
        String r22High = cell(robot, "col-high", firstRowOfWeek(robot, 2));
        chooseAnimal(robot, "R15");
        assertEquals(40, animalTable(robot).getItems().size());
        assertTrue(animalTable(robot).getItems().stream().allMatch(s -> s.animalId().equals("R15")));
        int week2 = firstRowOfWeek(robot, 2);
        assertEquals("30.1", cell(robot, "col-high", week2));
        assertFalse(r22High.equals("30.1"), r22High);
        assertEquals("2026-11-23", cell(robot, "col-date", week2));
        assertTrue(text(robot, "#schedule-animal-summary").startsWith("R15 (HIIT, Exer-3 rat): 40 sessions"),
                text(robot, "#schedule-animal-summary"));
    }

    @Test
    void theDayTabStepsToTheNextTrainingDay(FxRobot robot) throws Exception {
        awaitSchedule();
        showDays(robot);
        assertEquals("Tuesday 2026-11-24", text(robot, "#schedule-day-title"));
        robot.interact(() -> model.dateProperty().set(java.time.LocalDate.of(2026, 11, 21)));
        assertEquals("Saturday 2026-11-21", text(robot, "#schedule-day-title"));
        assertTrue(text(robot, "#schedule-day-status").contains("not a training day"),
                text(robot, "#schedule-day-status"));
        assertEquals(List.of(), dayAnimals(robot));
        robot.clickOn("#schedule-day-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Monday 2026-11-23", text(robot, "#schedule-day-title"));
        assertEquals(14, dayAnimals(robot).size());
        assertEquals("R15", dayAnimals(robot).get(0));
        TreeItem<DaySchedulePane.Row> treadmill = dayTable(robot).getRoot().getChildren().get(0);
        assertEquals("Exer-3 rat", ((DaySchedulePane.TreadmillRow) treadmill.getValue()).day().treadmill().name());
        assertEquals("14 animals", dayTable(robot).getColumns().get(1).getCellData(treadmill));
        assertTrue(text(robot, "#schedule-day-status").contains("Week 2, session 6"));
    }

    @Test
    void todayGoesBackToTheClocksDate(FxRobot robot) throws Exception {
        awaitSchedule();
        showDays(robot);
        robot.clickOn("#schedule-day-next").clickOn("#schedule-day-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Thursday 2026-11-26", text(robot, "#schedule-day-title"));
        robot.clickOn("#schedule-day-today");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tuesday 2026-11-24", text(robot, "#schedule-day-title"));
        assertEquals(14, dayAnimals(robot).size());
    }

    @Test
    void anEditOfTheStudyRefreshesTheTable(FxRobot robot) throws Exception {
        awaitSchedule();
        assertEquals("30.1", cell(robot, "col-high", firstRowOfWeek(robot, 2)));
        assertFalse(robot.lookup("#schedule-busy").query().isVisible());
        boolean[] busyWhileComputing = new boolean[1];
        robot.interact(() -> {
            document.edit("Edit week 2", s -> s.withProtocol(s.protocol().withWeek(2, ProtocolWeek.of(5, "90"))));
            busyWhileComputing[0] = robot.lookup("#schedule-busy").query().isVisible();
        });
        assertTrue(busyWhileComputing[0]);
        awaitSchedule();
        assertEquals("31.9", cell(robot, "col-high", firstRowOfWeek(robot, 2)));
        assertFalse(robot.lookup("#schedule-busy").query().isVisible());
    }

    @Test
    void theSpeedUnitChangesWhatIsShownOnly(FxRobot robot) throws Exception {
        awaitSchedule();
        robot.clickOn("#schedule-unit-CM_PER_S");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("50.17", cell(robot, "col-high", firstRowOfWeek(robot, 2)));
        assertTrue(robot.lookup("Speeds (cm/s)").tryQuery().isPresent());
        robot.clickOn("#schedule-unit-M_PER_MIN");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30.1", cell(robot, "col-high", firstRowOfWeek(robot, 2)));
        assertFalse(document.isDirty());
    }

    @Test
    @SuppressWarnings("rawtypes")
    void clampedSessionsStandOutWithColourAndIcon(FxRobot robot) throws Exception {
        awaitSchedule();
        robot.interact(() -> document.edit("Slow treadmill", s -> s.withTreadmills(List.of(new Treadmill(
                "Exer-3 rat", 3, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("30"), new BigDecimal("0.1"))))));
        awaitSchedule();
        robot.interact(() -> animalTable(robot).scrollTo(39));
        WaitForAsyncUtils.waitForFxEvents();
        Set<TableRow> rows = robot.lookup("#schedule-animal-table .table-row-cell").queryAllAs(TableRow.class);
        List<TableRow> week8 = rows.stream().filter(r -> r.getItem() instanceof PlannedSession s && s.week() == 8)
                .toList();
        assertFalse(week8.isEmpty());
        for (TableRow r : week8) {
            assertTrue(r.getStyleClass().contains("row-warning"), r.getStyleClass().toString());
            assertTrue(robot.from(r).lookup(".ikonli-font-icon").tryQuery().isPresent());
        }
        robot.clickOn(week8.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#schedule-animal-detail").contains("clamped to 30.0 m/min"),
                text(robot, "#schedule-animal-detail"));
    }

    @Test
    @SuppressWarnings("rawtypes")
    void sessionsWithoutVmaxStandOutAndHaveNoSpeeds(FxRobot robot) throws Exception {
        awaitSchedule();
        robot.interact(() -> document.edit("Add R29", s -> {
            List<Animal> animals = new ArrayList<>(s.animals());
            animals.add(Animal.of("R29", "HIIT", Sex.MALE));
            return s.withAnimals(animals);
        }));
        awaitSchedule();
        chooseAnimal(robot, "R29");
        assertEquals("—", cell(robot, "col-high", 0));
        assertTrue(text(robot, "#schedule-animal-summary").contains("40 without Vmax"),
                text(robot, "#schedule-animal-summary"));
        Set<TableRow> rows = robot.lookup("#schedule-animal-table .table-row-cell").queryAllAs(TableRow.class);
        List<TableRow> filled = rows.stream().filter(r -> r.getItem() != null).toList();
        assertFalse(filled.isEmpty());
        for (TableRow r : filled) {
            assertTrue(r.getStyleClass().contains("row-no-vmax"), r.getStyleClass().toString());
            assertTrue(robot.from(r).lookup(".ikonli-font-icon").tryQuery().isPresent());
        }
    }
}
