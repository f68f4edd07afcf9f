package org.hiitplanner.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.function.Function;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.ExportCancelledException;
import org.hiitplanner.export.Progress;

/**
 * Writes the printable sheets as PDF: the day run sheet, an animal's schedule, the step-test sheet and the week
 * overview (see {@link PdfKind}), and the audit trail ({@link #writeAudit}), on A4 or US Letter. The document
 * is built in memory and written to the stream only when complete, so a cancelled or failed export writes nothing.
 * Texts are English for now.
 * <p>The fonts are parsed once per exporter; one exporter writes one document at a time (a second thread waits).
 */
public final class PdfExporter {
    private final ScheduleEngine engine;
    private final StudyHeats heats;
    private final Object fontLock = new Object();
    /** Parsed on the first export, then reused; guarded by {@link #fontLock}. */
    private FontFiles fontFiles;

    /** An exporter whose day run sheets plan heats with a {@link HeatPlanner}. */
    public PdfExporter(ScheduleEngine engine) {
        this(engine, new StudyHeats(new HeatPlanner()));
    }

    /**
     * @param engine plans the sessions
     * @param heats  plans the heats of the day run sheet (the same as the heats command and the screens use)
     */
    public PdfExporter(ScheduleEngine engine, StudyHeats heats) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.heats = Objects.requireNonNull(heats, "heats");
    }

    /**
     * Writes the sheet {@code request} asks for.
     *
     * @throws ExportCancelledException when {@code progress} is cancelled; nothing was written to {@code out}
     * @throws IllegalArgumentException when an animal sheet names an animal that is not in the study
     * @throws IOException              when writing to {@code out} fails
     */
    public void write(Study study, PdfRequest request, OutputStream out, Progress progress) throws IOException {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        if (request.kind() == PdfKind.ANIMAL && study.animal(request.animalId()).isEmpty()) {
            throw new IllegalArgumentException("animal " + request.animalId() + " is not in the study");
        }
        Output output = new Output(pageSize(request), request.sourceFileName(), request.generatedAt(),
                request.zone());
        BlindCodes codes = BlindCodes.of(study.info().title(), study.animals().stream().map(Animal::id).toList());
        emit(study, output, w -> sheet(new SheetContext(study, request, engine, heats, w, progress, codes)), out,
                progress);
    }

    /**
     * Writes the audit-trail sheet (landscape): a line saying whether the study's whole hash chain is intact, then
     * the entries {@code request} names.
     *
     * @throws ExportCancelledException when {@code progress} is cancelled; nothing was written to {@code out}
     * @throws IOException              when writing to {@code out} fails
     */
    public void writeAudit(Study study, AuditRequest request, OutputStream out, Progress progress)
            throws IOException {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(progress, "progress");
        Paper p = request.paper();
        Output output = new Output(new PDRectangle(p.height(), p.width()), request.sourceFileName(),
                request.generatedAt(), request.zone());
        emit(study, output, w -> new AuditSheet(w, study.auditLog(), request, progress), out, progress);
    }

    /** Where a document goes and what its frame says: page size, source file, when and in which zone. */
    private record Output(PDRectangle size, String sourceFileName, Instant generatedAt, ZoneId zone) {
    }

    /** Renders the sheet in memory, then writes it whole to {@code out}. */
    private void emit(Study study, Output output, Function<PageWriter, Sheet> sheetOf, OutputStream out,
                      Progress progress) throws IOException {
        progress.checkCancelled();
        byte[] pdf;
        synchronized (fontLock) {
            if (fontFiles == null) {
                fontFiles = FontFiles.load();
            }
            pdf = render(study, output, sheetOf, progress, fontFiles);
        }
        progress.checkCancelled();
        out.write(pdf);
        out.flush();
    }

    private byte[] render(Study study, Output output, Function<PageWriter, Sheet> sheetOf, Progress progress,
                          FontFiles files) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = Fonts.load(document, files);
            PageWriter writer = new PageWriter(document, fonts, output.size());
            Sheet sheet = sheetOf.apply(writer);
            sheet.write();
            progress.checkCancelled();
            writer.finish(PageFrame.of(study.info().title(), sheet.title(), output.generatedAt(), output.zone(),
                    output.sourceFileName(), study.auditLog().head()).withShortTitle(sheet.shortTitle()));
            describe(document, study, sheet, output);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            document.save(buffer);
            return buffer.toByteArray();
        }
    }

    private static Sheet sheet(SheetContext ctx) {
        return switch (ctx.request().kind()) {
            case DAY -> new DaySheet(ctx);
            case ANIMAL -> new AnimalSheet(ctx);
            case STEPTEST -> new StepTestSheet(ctx);
            case WEEK -> new WeekSheet(ctx);
        };
    }

    /** Portrait A4 or Letter; the week overview landscape. */
    static PDRectangle pageSize(PdfRequest request) {
        Paper p = request.paper();
        return request.kind() == PdfKind.WEEK ? new PDRectangle(p.height(), p.width())
                : new PDRectangle(p.width(), p.height());
    }

    private static void describe(PDDocument document, Study study, Sheet sheet, Output output) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(study.info().title() + " · " + sheet.title());
        info.setCreator("HIIT Planner");
        Calendar when = GregorianCalendar.from(output.generatedAt().atZone(output.zone()));
        info.setCreationDate(when);
    }
}
