package org.hiitplanner.ui.export;

import org.hiitplanner.ui.common.ExportRunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview shows the chosen sheet's pages; without a printer, Print says so. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewViewTest {
    private PrintPreviewViewModel model;
    private final List<String> status = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(Locale.ENGLISH);
        Background background = new Background();
        Clock monday = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
        model = new PrintPreviewViewModel(new StudyDocument(DemoStudy.create(), null),
                new PdfExporter(new ScheduleEngine()), background, monday, messages, () -> "demo.hiit.json");
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
        new PrintPreviewView(model, messages, new ExportRunner(background, messages), status::add, stage).show();
    }

    private int pagesShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.busyProperty().get() && !model.pages().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#print-pages .image-view").queryAllAs(ImageView.class).size();
    }

    @Test
    void theDaySheetThenTheAnimalSheet(FxRobot robot) throws Exception {
        int day = pagesShown(robot);
        assertTrue(day >= 2, "14 animals on Monday 2026-11-23 need more than one page, got " + day);
        assertEquals(PdfKind.DAY, model.choiceProperty().get().kind());
        ComboBox<?> kind = robot.lookup("#sheet-kind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(PdfKind.ANIMAL.ordinal()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.choiceProperty().get().kind() == PdfKind.ANIMAL
                && !model.busyProperty().get());
        assertEquals("R15", model.choiceProperty().get().animalId());
        assertTrue(pagesShown(robot) >= 1);
        assertTrue(new String(model.pdf(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) throws Exception {
        pagesShown(robot);
        robot.clickOn("#print-print");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("No printer is set up on this computer. Use \"Save as PDF…\" and print the file from"
                + " another computer.").tryQuery().isPresent());
        robot.clickOn("OK");
        assertEquals(List.of(), status);
    }

    @Test
    void enterInTheDateFieldOnlyCommitsTheDate(FxRobot robot) throws Exception {
        pagesShown(robot);
        javafx.scene.control.DatePicker date = robot.lookup("#sheet-date").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(() -> date.getEditor().clear());
        robot.clickOn(date.getEditor()).write("24-11-2026").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.time.LocalDate.of(2026, 11, 24), model.choiceProperty().get().date());
        assertTrue(robot.lookup("No printer is set up on this computer. Use \"Save as PDF…\" and print the file from"
                + " another computer.").tryQuery().isEmpty(), "Enter did not press Print");
        assertTrue(pagesShown(robot) >= 2, "the preview shows Tuesday 2026-11-24");
    }
}
