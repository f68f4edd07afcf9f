package org.hiitplanner.ui.export;

import org.hiitplanner.ui.common.ExportRunner;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.export.pdf.PdfRequest;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/** The print preview: renders the chosen sheet in the background; the newest request wins. */
public final class PrintPreviewViewModel {
    private static final float PREVIEW_DPI = 90f;
    private final StudyDocument document;
    private final PdfExporter exporter;
    private final TaskRunner background;
    private final Clock clock;
    private final Messages messages;
    private final Supplier<String> fileName;
    private final ObjectProperty<SheetChoice> choice = new SimpleObjectProperty<>(this, "choice");
    private final ObservableList<Image> pages = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final LocalDate opened;
    private byte[] pdf;
    private long generation;

    public PrintPreviewViewModel(StudyDocument document, PdfExporter exporter, TaskRunner background, Clock clock,
                                 Messages messages, Supplier<String> fileName) {
        this(document, exporter, background, clock, messages, fileName, LocalDate.now(clock));
    }

    /** A preview that opens on the day sheet of {@code day} (the day on screen). */
    public PrintPreviewViewModel(StudyDocument document, PdfExporter exporter, TaskRunner background, Clock clock,
                                 Messages messages, Supplier<String> fileName, LocalDate day) {
        this.document = document;
        this.exporter = exporter;
        this.background = background;
        this.clock = clock;
        this.messages = messages;
        this.fileName = fileName;
        this.opened = day;
        choice.set(new SheetChoice(PdfKind.DAY, day, null, Paper.A4));
    }

    /** Trained animals, for the animal sheet. */
    public List<String> animals() {
        return trainedAnimals(document.study());
    }

    /** Ids of the animals in training groups. */
    static List<String> trainedAnimals(Study s) {
        return s.animals().stream().filter(a -> s.group(a.group()).map(g -> g.trains()).orElse(false))
                .map(Animal::id).toList();
    }

    /** The day the preview opened on; the sheet falls back to it when the date field is emptied. */
    public LocalDate today() {
        return opened;
    }

    /** Builds the PDF for the current choice and renders its pages. */
    public void render() {
        SheetChoice c = choice.get();
        Study study = document.study();
        PdfRequest request;
        try {
            request = new PdfRequest(c.kind(), c.date(), c.animalId(), c.paper(), fileName.get(), clock.instant(),
                    clock.getZone());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        long mine = ++generation;
        busy.set(true);
        problem.set("");
        background.run(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(study, request, out, Progress.NONE);
            byte[] bytes = out.toByteArray();
            return new Rendered(bytes, PdfPages.render(bytes, PREVIEW_DPI));
        }, r -> {
            if (mine == generation) {
                busy.set(false);
                pdf = r.bytes();
                pages.setAll(r.pages());
            }
        }, e -> {
            if (mine == generation) {
                busy.set(false);
                problem.set(messages.get("print.failed", ExportRunner.describe(e)));
            }
        });
    }

    private record Rendered(byte[] bytes, List<Image> pages) {
    }

    /** The PDF last rendered, or null. */
    public byte[] pdf() {
        return pdf == null ? null : pdf.clone();
    }

    public ObjectProperty<SheetChoice> choiceProperty() {
        return choice;
    }

    public ObservableList<Image> pages() {
        return pages;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty problemProperty() {
        return problem;
    }
}
