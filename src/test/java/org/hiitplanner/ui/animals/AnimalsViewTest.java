package org.hiitplanner.ui.animals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Groups & animals screen driven as a user would, over the demo study (R01–R28 in CON, T2D, HIIT, T2D+HIIT). */
@ExtendWith(ApplicationExtension.class)
class AnimalsViewTest {
    private Stage stage;
    private StudyDocument document;
    private Study demo;
    private AnimalsView view;
    private Background background;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(Locale.ENGLISH);
        demo = DemoStudy.create();
        document = new StudyDocument(demo, null);
        background = new Background();
        view = new AnimalsView(new AnimalsViewModel(document, messages), messages, background);
        Scene scene = new Scene(new StackPane(view.root()), 1280, 800);
        scene.getStylesheets().add(HiitPlannerApp.class.getResource("ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage)
                .forEach(Window::hide));
        background.close();
    }

    private TableView<AnimalRow> table(FxRobot robot) {
        return robot.lookup("#animals-table").queryTableView();
    }

    private List<String> shownIds(FxRobot robot) {
        return table(robot).getItems().stream().map(AnimalRow::id).toList();
    }

    private static Node cell(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").match((Labeled c) -> text.equals(c.getText())).query();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static void replaceText(FxRobot robot, Node field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    private static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingInTheSearchBoxFiltersTheRows(FxRobot robot) {
        assertEquals(28, shownIds(robot).size());
        robot.clickOn("#animals-search").write("r1");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("R10", "R11", "R12", "R13", "R14", "R15", "R16", "R17", "R18", "R19"), shownIds(robot));
        assertEquals("10 of 28 animals shown · 0 excluded", text(robot, "#animals-summary"));
        robot.clickOn("#animals-group-filter");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((Labeled c) -> "HIIT".equals(c.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("R15", "R16", "R17", "R18", "R19"), shownIds(robot));
        robot.interact(() -> document.edit("elsewhere", s -> s.withInfo(new StudyInfo("Renamed",
                s.info().species(), s.info().strain(), s.info().sex(), s.info().investigator()))));
        assertEquals(List.of("R15", "R16", "R17", "R18", "R19"), shownIds(robot), "an edit keeps the filter");
        assertEquals(new GroupChoice("HIIT"), robot.lookup("#animals-group-filter").queryComboBox().getValue());
        robot.clickOn("#animals-search").type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, shownIds(robot).size(), "Esc clears the search; the group filter stays");
    }

    @Test
    void addAnAnimalThroughTheForm(FxRobot robot) {
        robot.clickOn("#animals-add");
        WaitForAsyncUtils.waitForFxEvents();
        TextField id = robot.lookup("#animals-add-id").queryAs(TextField.class);
        assertEquals("R29", id.getText(), "the next free id is suggested");
        replaceText(robot, id, "R05");
        assertEquals("Animal id R05 is already used in this study.", text(robot, "#animals-add-problem"));
        assertTrue(robot.lookup("#animals-add-ok").queryButton().isDisabled());
        replaceText(robot, id, "R40");
        DatePicker birth = robot.lookup("#animals-add-birth").queryAs(DatePicker.class);
        robot.clickOn(birth.getEditor()).write("2026-09-0");
        assertTrue(text(robot, "#animals-add-problem").startsWith("Type the date as 2026-09-01 or day first"));
        robot.write("1");
        assertEquals("", text(robot, "#animals-add-problem"));
        robot.clickOn("#animals-add-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LocalDate.of(2026, 9, 1), document.study().animal("R40").orElseThrow().birthDate());
        assertEquals("CON", document.study().animal("R40").orElseThrow().group());
        assertEquals("R40", table(robot).getSelectionModel().getSelectedItem().id(), "the new animal is selected");
        assertEquals("Add animal R40", document.undoTextProperty().get());
        robot.interact(document::undo);
        assertFalse(shownIds(robot).contains("R40"));
    }

    @Test
    void excludeAnAnimalAndReIncludeIt(FxRobot robot) {
        robot.clickOn("#animals-search").write("R15");
        robot.clickOn(cell(robot, "#animals-table", "R15"));
        robot.clickOn("#animals-exclude");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#animals-exclude-ok").queryButton().isDisabled(), "date and reason are needed");
        DatePicker from = robot.lookup("#animals-exclude-date").queryAs(DatePicker.class);
        robot.clickOn(from.getEditor()).write("2026-11-25");
        robot.clickOn("#animals-exclude-reason").write("Injured paw");
        robot.clickOn("#animals-exclude-ok");
        WaitForAsyncUtils.waitForFxEvents();
        Node status = cell(robot, "#animals-table", "excluded from 2026-11-25: Injured paw");
        assertTrue(status.getParent().getPseudoClassStates().toString().contains("excluded"), "the row is muted");
        assertTrue(new ScheduleEngine().schedule(document.study(), ScheduleQuery.animal("R15")).stream()
                .allMatch(s -> s.date().isBefore(LocalDate.of(2026, 11, 25))));
        assertEquals("1 excluded", text(robot, "#animals-summary").replaceAll(".*· ", ""));
        robot.clickOn("#animals-include");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(demo, document.study().withAuditLog(org.hiitplanner.domain.audit.AuditLog.empty()),
                "re-included");
        assertEquals(2, document.study().auditLog().size(), "excluded, then re-included: both in the audit trail");
        assertTrue(robot.lookup("#animals-include").queryButton().isDisabled());
        robot.interact(document::undo);
        assertFalse(robot.lookup("#animals-include").queryButton().isDisabled(), "excluded again, still selected");
        robot.interact(document::undo);
        assertSame(demo, document.study());
    }

    @Test
    void importACsvFileWithOneBadRow(FxRobot robot) throws IOException, TimeoutException {
        Path csv = dir.resolve("new rats.csv");
        Files.writeString(csv, "\uFEFFid;group;sex;birth date\nR29;HIIT;m;2026-09-01\nR30;HIT;f;\nR31;T2D+HIIT;f;\n",
                StandardCharsets.UTF_8);
        view.setCsvChooser(owner -> Optional.of(csv));
        robot.clickOn("#animals-import");
        waitFor(robot, "#animals-import-table");
        assertEquals("3 rows in the file: 2 can be imported; one has a problem and is left out. Nothing changes until"
                + " you confirm.", text(robot, "#animals-import-summary"));
        Node error = cell(robot, "#animals-import-table",
                "Line 3: unknown group HIT (the groups are CON, T2D, HIIT, T2D+HIIT)");
        assertTrue(error.getStyleClass().contains("import-error"));
        assertSame(demo, document.study(), "nothing is imported before the user confirms");
        Button ok = robot.lookup("#animals-import-ok").queryButton();
        assertEquals("Import 2 animals", ok.getText());
        robot.clickOn(ok);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("R29", "R31"), shownIds(robot).subList(28, 30));
        assertFalse(shownIds(robot).contains("R30"));
        assertEquals("Imported 2 animals from new rats.csv; one row with a problem was left out.",
                text(robot, "#animals-notice"));
        robot.interact(document::undo);
        assertEquals(28, shownIds(robot).size(), "one undo takes the whole import back");
        assertSame(demo, document.study());
    }

    @Test
    void cancellingTheImportChangesNothing(FxRobot robot) throws IOException, TimeoutException {
        Path csv = dir.resolve("rats.csv");
        Files.writeString(csv, "id,group,sex\nR29,HIIT,m\n");
        view.setCsvChooser(owner -> Optional.of(csv));
        robot.clickOn("#animals-import");
        waitFor(robot, "#animals-import-cancel");
        robot.clickOn("#animals-import-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(demo, document.study());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void anUnreadableFileIsReported(FxRobot robot) throws TimeoutException {
        Path missing = dir.resolve("gone.csv");
        view.setCsvChooser(owner -> Optional.of(missing));
        robot.clickOn("#animals-import");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#animals-problem").isEmpty());
        assertEquals("Could not read gone.csv: not found: " + missing, text(robot, "#animals-problem"));
    }

    @Test
    void removeAnAnimalAfterConfirming(FxRobot robot) throws TimeoutException {
        robot.clickOn(cell(robot, "#animals-table", "R05"));
        robot.clickOn("#animals-remove");
        waitFor(robot, "#animals-remove-ok");
        robot.clickOn("#animals-remove-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(shownIds(robot).contains("R05"));
        robot.interact(document::undo);
        assertTrue(shownIds(robot).contains("R05"));
    }

    @Test
    void renameAGroupInPlaceAndItsAnimalsFollow(FxRobot robot) {
        robot.doubleClickOn(cell(robot, "#animals-groups", "HIIT"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField editor = robot.lookup("#animals-groups .text-field").queryAs(TextField.class);
        replaceText(robot, editor, "Sprint");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, document.study().animals().stream().filter(a -> a.group().equals("Sprint")).count());
        assertEquals("Sprint", table(robot).getItems().get(14).group(), "R15 shows its group's new name");
        robot.interact(document::undo);
        assertSame(demo, document.study());
    }

    @Test
    void aGroupWithAnimalsIsNotRemoved(FxRobot robot) {
        robot.clickOn(cell(robot, "#animals-groups", "CON"));
        robot.clickOn("#animals-remove-group");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Group CON still has 7 animals: move them to another group or remove them first.",
                robot.lookup("#animals-group-problem").queryAs(Label.class).getText());
        assertSame(demo, document.study());
    }
}
