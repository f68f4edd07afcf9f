package org.hiitplanner.ui.export;

import org.hiitplanner.domain.study.Study;

import org.hiitplanner.ui.common.ExportRunner;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/** File → Print… and File → Export…: the dialogs, the file chooser and the background export. */
public final class OutputCommands {
    private final Stage stage;
    private final StudyDocument document;
    private final Messages messages;
    private final TaskRunner background;
    private final Clock clock;
    private final PdfExporter pdf;
    private final ExportRunner runner;
    private final ExportService service;
    private final Consumer<String> status;
    private final Supplier<LocalDate> dayOnScreen;

    public OutputCommands(Stage stage, StudyDocument document, Messages messages, ScheduleEngine engine,
                          TaskRunner background, Clock clock, Consumer<String> status) {
        this(stage, document, messages, engine, background, clock, status, () -> LocalDate.now(clock));
    }

    /** Print and Export open on {@code dayOnScreen}: the day Today or Schedules shows. */
    public OutputCommands(Stage stage, StudyDocument document, Messages messages, ScheduleEngine engine,
                          TaskRunner background, Clock clock, Consumer<String> status,
                          Supplier<LocalDate> dayOnScreen) {
        this.dayOnScreen = dayOnScreen;
        this.stage = stage;
        this.document = document;
        this.messages = messages;
        this.background = background;
        this.clock = clock;
        this.status = status;
        this.pdf = new PdfExporter(engine);
        this.runner = new ExportRunner(background, messages);
        this.service = new ExportService(engine, pdf, clock, fileName());
    }

    private Supplier<String> fileName() {
        return () -> document.file() == null ? messages.get("file.untitled")
                : String.valueOf(document.file().getFileName());
    }

    public ExportRunner runner() {
        return runner;
    }

    private PrintPreviewViewModel previewModel() {
        return new PrintPreviewViewModel(document, pdf, background, clock, messages, fileName(), dayOnScreen.get());
    }

    /** Opens the print preview. */
    public void print() {
        new PrintPreviewView(previewModel(), messages, runner, status, stage).show();
    }

    /** Asks what to export and where, then exports in the background. */
    public void export() {
        new ExportDialog(stage, messages, PrintPreviewViewModel.trainedAnimals(document.study()),
                dayOnScreen.get()).ask().ifPresent(request -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("export.saveTitle"));
            chooser.setInitialFileName(ExportService.suggestedName(request));
            File target = chooser.showSaveDialog(stage);
            if (target != null) {
                Study exported = document.study();
                runner.start(messages.get("export.title"), service.producer(request, exported), target.toPath(),
                        m -> status.accept(ExportService.doneWithHead(messages, m, exported)),
                        m -> Fields.error(stage, messages.get("export.failed.title"), m));
            }
        });
    }
}
