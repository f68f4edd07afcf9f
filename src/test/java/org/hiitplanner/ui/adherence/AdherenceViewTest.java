package org.hiitplanner.ui.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.ui.common.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The PI opens the adherence screen from the side bar on Saturday 2026-11-28, over the demo study with two weeks of
 * made-up records ({@link AdherenceSamples#twoWeeks()}).
 */
@ExtendWith(ApplicationExtension.class)
class AdherenceViewTest {
    private static final Clock SATURDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private HiitPlannerApp.Workspace workspace;

    @Start
    void start(Stage stage) {
        workspace = HiitPlannerApp.workspace(stage, SATURDAY_WEEK_2, new RecentFiles(null), new org.hiitplanner.ui.common.OperatorName(null), Locale.ENGLISH);
        workspace.document().replace(AdherenceSamples.twoWeeks(), null);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
    }

    @Stop
    void stop() {
        workspace.background().close();
    }

    private void openScreen(FxRobot robot) throws Exception {
        robot.clickOn("#nav-adherence");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> !robot.lookup("#adherence-busy").query().isVisible()
                        && !table(robot).getItems().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AdherenceRow> table(FxRobot robot) {
        return robot.lookup("#adherence-table").queryAs(TableView.class);
    }

    /** The shown cell of a column (by id) in the row whose key is {@code key}. */
    @SuppressWarnings("rawtypes")
    private static TableCell cell(FxRobot robot, String columnId, String key) {
        return robot.lookup("#adherence-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId())
                        && c.getTableRow() != null && c.getTableRow().getItem() instanceof AdherenceRow r
                        && r.key().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + columnId + " of " + key));
    }

    @Test
    void byGroupShowsEachGroupsFiguresColouredByBand(FxRobot robot) throws Exception {
        openScreen(robot);
        assertEquals(14, table(robot).getItems().size());
        assertTrue(robot.lookup("#adherence-overall").queryAs(Label.class).getText()
                .contains("interval adherence 87.3 % (550 of 630 intervals)"));
        robot.clickOn("#adherence-by-group");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("HIIT", "T2D+HIIT"), table(robot).getItems().stream().map(AdherenceRow::key).toList());
        assertEquals("Group", table(robot).getColumns().get(0).getText());
        // T2D+HIIT: 259 of 315 intervals = 82.2 % (green), 47 of 70 sessions = 67.1 % (yellow)
        TableCell<?, ?> intervals = cell(robot, "adherence-col-interval-pct", "T2D+HIIT");
        assertEquals("82.2", intervals.getText());
        assertTrue(intervals.getStyleClass().contains("adherence-band-green"), intervals.getStyleClass().toString());
        TableCell<?, ?> sessions = cell(robot, "adherence-col-session-pct", "T2D+HIIT");
        assertEquals("67.1", sessions.getText());
        assertTrue(sessions.getStyleClass().contains("adherence-band-yellow"), sessions.getStyleClass().toString());
        assertTrue(sessions.getGraphic() instanceof FontIcon, "an icon besides the colour");
        assertEquals("Yellow: 50 % or more, below 80 %", sessions.getTooltip().getText());
        robot.clickOn("#adherence-by-week");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Week 1", table(robot).getColumns().get(0).getCellData(0));
    }

    @Test
    void theHeatMapColoursEachSessionAndNamesItInATooltip(FxRobot robot) throws Exception {
        openScreen(robot);
        HeatMapView map = robot.lookup("#adherence-heatmap").queryAs(HeatMapView.class);
        // R17 (third HIIT rat) missed session 3 on 2026-11-18; R15 completed session 1
        Point2D missed = WaitForAsyncUtils.asyncFx(() -> map.cellCenter(2, 2)).get();
        Point2D completed = WaitForAsyncUtils.asyncFx(() -> map.cellCenter(0, 0)).get();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> map.snapshot(null, null)).get();
        assertColour(HeatCellPainter.COMPLETED, image.getPixelReader().getColor((int) completed.getX(),
                (int) completed.getY()));
        // left of the white cross
        assertColour(HeatCellPainter.MISSED, image.getPixelReader().getColor((int) missed.getX() - 5,
                (int) missed.getY()));
        robot.moveTo(WaitForAsyncUtils.asyncFx(() -> map.localToScreen(missed)).get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.tooltip().isShowing());
        assertEquals("R17 (HIIT)\n2026-11-18, week 1, session 3\nMissed: 0 of 4 intervals", map.tooltip().getText());
        robot.moveTo(WaitForAsyncUtils.asyncFx(() -> map.localToScreen(completed)).get());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> map.tooltip().isShowing()
                && map.tooltip().getText().startsWith("R15"));
        assertEquals("R15 (HIIT)\n2026-11-16, week 1, session 1\nCompleted: 4 of 4 intervals", map.tooltip().getText());
    }

    private static void assertColour(Color expected, Color actual) {
        assertEquals(expected.getRed(), actual.getRed(), 0.02, actual.toString());
        assertEquals(expected.getGreen(), actual.getGreen(), 0.02, actual.toString());
        assertEquals(expected.getBlue(), actual.getBlue(), 0.02, actual.toString());
    }

    @Test
    void theAlertsFollowTheThresholdTyped(FxRobot robot) throws Exception {
        openScreen(robot);
        assertTrue(robot.lookup("Vmax change: R17").tryQuery().isPresent());
        assertTrue(robot.lookup("Partial sessions in a row: R24").tryQuery().isPresent());
        assertTrue(robot.lookup("Groups differ: HIIT / T2D+HIIT").tryQuery().isPresent());
        robot.doubleClickOn("#adherence-vmax-threshold").write("25");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Vmax change: R17").tryQuery().isEmpty());
        assertEquals("Alerts (2)", robot.lookup("Alerts (2)").queryAs(Label.class).getText());
    }
}
