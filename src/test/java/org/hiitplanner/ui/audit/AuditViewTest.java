package org.hiitplanner.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hiitplanner.domain.audit.AuditSamples;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.common.ExportRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** A PI searches the six sample entries, exports what is listed, and opens a study whose trail was edited. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    @TempDir
    Path dir;
    private StudyDocument document;
    private AuditViewModel model;
    private Background background;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        document = new StudyDocument(DemoStudy.create().withAuditLog(AuditSamples.six()), null);
        background = new Background();
        model = new AuditViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(),
                AuditViewModelTest.AMSTERDAM, AuditViewModelTest.MESSAGES,
                new ExportRunner(background, AuditViewModelTest.MESSAGES), new PdfExporter(new ScheduleEngine()));
        AuditView view = new AuditView(model, AuditViewModelTest.MESSAGES);
        Scene scene = new Scene((Parent) view.root(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Stop
    void stop() {
        background.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditRow> table(FxRobot robot) {
        return robot.lookup("#audit-table").queryAs(TableView.class);
    }

    private static List<Long> shown(FxRobot robot) {
        return table(robot).getItems().stream().map(AuditRow::sequence).toList();
    }

    @Test
    void typingInTheFilterNarrowsTheTableAndTheCount(FxRobot robot) {
        assertEquals("6 of 6 entries", text(robot, "#audit-count"));
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), shown(robot), "newest first");
        robot.clickOn("#audit-search").write("week 3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2 of 6 entries", text(robot, "#audit-count"));
        assertEquals(List.of(5L, 2L), shown(robot));

        robot.clickOn("#audit-clear");
        robot.clickOn(robot.lookup("#audit-table .table-cell").match(n -> n instanceof javafx.scene.control.Labeled l
                && "animal R5 exclusion".equals(l.getText())).queryAs(Node.class));
        assertEquals(4L, model.selectedProperty().get().sequence());
        assertEquals("excluded from 2026-11-17: injured paw",
                robot.lookup("#audit-detail-new").queryTextInputControl().getText());
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("vet");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("1 of 6 entries", text(robot, "#audit-count"), "Ctrl+F went to the search field");
        assertTrue(robot.lookup("#audit-banner").query().getStyleClass().contains("intact"));
        assertTrue(text(robot, "#audit-banner-text").startsWith("Chain intact: 6 entries verified, last hash "));
    }

    @Test
    void aTrailEditedInTheFileShowsBrokenAtThatEntry(FxRobot robot) throws Exception {
        Path file = dir.resolve("edited.hiit.json");
        new StudyStore().save(DemoStudy.create().withAuditLog(AuditSamples.six()), file);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readString(file));
        ((ObjectNode) root.withArray("auditLog").get(2)).put("newValue", "COMPLETED 6/6 intervals, 0 stimuli");
        Files.writeString(file, json.writeValueAsString(root));
        Study opened = new StudyStore().load(file);

        robot.clickOn("#audit-search").write("welfare");
        robot.interact(() -> document.replace(opened, file));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Chain BROKEN at entry 3: audit entry 3 was changed after it was written: its content does "
                + "not match its hash", text(robot, "#audit-banner-text"));
        assertTrue(robot.lookup("#audit-banner").query().getStyleClass().contains("broken"));
        assertEquals(List.of(6L), shown(robot), "the filter still hides entry 3");
        robot.clickOn("#audit-show-problem");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, shown(robot).size());
        assertEquals(3L, table(robot).getSelectionModel().getSelectedItem().sequence());
        Node badRow = robot.lookup("#audit-table .table-row-cell").match(n -> n.getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("broken"))).query();
        assertEquals(3L, ((javafx.scene.control.TableRow<?>) badRow).getItem() instanceof AuditRow r
                ? r.sequence() : -1L);
    }

    @Test
    void theExportButtonsWriteWhatIsListed(FxRobot robot) throws Exception {
        Path csv = dir.resolve("ana.csv");
        Path pdf = dir.resolve("ana.pdf");
        robot.interact(() -> model.operatorProperty().set("ana"));
        robot.interact(() -> model.setExportTarget(name -> Optional.of(name.endsWith(".csv") ? csv : pdf)));
        robot.clickOn("#audit-export-csv");
        awaitFile(csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), "header and entries 2 and 5");
        assertTrue(lines.get(1).startsWith("2,2026-11-16T08:05:00Z,ana,protocol week 3 intervals,6,7,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("5,"), lines.get(2));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.exportingProperty().get());
        robot.clickOn("#audit-export-pdf");
        awaitFile(pdf);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !model.exportingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Audit trail PDF saved as ana.pdf", text(robot, "#audit-notice"));
        assertTrue(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertFalse(Files.exists(dir.resolve("ana.pdf.bak")), "a new file has no backup");
    }

    private static void awaitFile(Path file) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return Files.isRegularFile(file) && Files.size(file) > 0;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
