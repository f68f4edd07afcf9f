package org.hiitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One operator per workstation: the name typed on the step-test screen is the one remembered for this computer, the
 * operator of the new result, of its audit entries and of Today.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationOperatorViewTest {
    private static final int R15 = 14;
    private HiitPlannerApp.Workspace workspace;
    private final OperatorName operator = new OperatorName(null);

    @Start
    void start(Stage stage) {
        workspace = HiitPlannerApp.workspace(stage, MainWindowViewTest.TUESDAY_WEEK_2, new RecentFiles(null), operator,
                Locale.ENGLISH);
        stage.show();
    }

    private TableCell<?, ?> cell(FxRobot robot, int row, String columnId) {
        robot.interact(() -> robot.lookup("#steptests-results").queryAs(TableView.class).scrollTo(row - 2));
        return robot.lookup("#steptests-results .table-cell")
                .match((TableCell<?, ?> c) -> c.getIndex() == row && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .query();
    }

    @Test
    void aStepTestResultEnteredAsAnnaDeVriesNamesHerInTheAuditTrail(FxRobot robot) {
        robot.interact(() -> workspace.view().show("steptests"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#steptests-operator").queryAs(TextField.class);
        robot.clickOn(field).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("Anna de Vries");
        int before = workspace.document().study().auditLog().size();

        robot.clickOn(cell(robot, R15, "col-time")).write("22:45").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        StepTestResult result = workspace.document().study().stepTestResults().stream()
                .filter(r -> r.animalId().equals("R15") && r.date().equals(LocalDate.of(2026, 11, 28)))
                .findFirst().orElseThrow();
        assertEquals("Anna de Vries", result.operator());
        List<AuditEntry> added = workspace.document().study().auditLog().entries().subList(before,
                workspace.document().study().auditLog().size());
        assertFalse(added.isEmpty());
        assertEquals("step-test result R15 2026-11-28", added.get(0).what());
        assertEquals(List.of("Anna de Vries"), added.stream().map(AuditEntry::operator).distinct().toList());
        assertEquals("Anna de Vries", operator.name(), "remembered for this workstation");

        robot.interact(() -> workspace.view().show("today"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Anna de Vries", robot.lookup("#today-operator").queryAs(TextField.class).getText());
    }
}
