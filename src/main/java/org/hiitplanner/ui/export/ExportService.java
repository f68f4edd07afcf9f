package org.hiitplanner.ui.export;

import org.hiitplanner.ui.common.Messages;

import org.hiitplanner.ui.common.ExportRunner;

import java.time.Clock;
import java.util.Locale;
import java.util.function.Supplier;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.AnimalCsv;
import org.hiitplanner.export.CsvOptions;
import org.hiitplanner.export.IcsExporter;
import org.hiitplanner.export.IcsOptions;
import org.hiitplanner.export.ScheduleCsv;
import org.hiitplanner.export.StepTestCsv;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.export.pdf.PdfRequest;

/** Turns an export request into the bytes of the file, for the {@link ExportRunner}. UI-free. */
public final class ExportService {
    private final ScheduleEngine engine;
    private final PdfExporter pdf;
    private final Clock clock;
    private final Supplier<String> studyFileName;

    public ExportService(ScheduleEngine engine, PdfExporter pdf, Clock clock, Supplier<String> studyFileName) {
        this.engine = engine;
        this.pdf = pdf;
        this.clock = clock;
        this.studyFileName = studyFileName;
    }

    /** The producer of the file for this request over this (immutable) study. */
    public ExportRunner.Producer producer(ExportRequest request, Study study) {
        String source = studyFileName.get();
        if (request instanceof ExportRequest.Pdf p) {
            SheetChoice c = p.sheet();
            boolean animal = c.kind() == PdfKind.ANIMAL;
            PdfRequest r = new PdfRequest(c.kind(), animal ? null : c.date(), animal ? c.animalId() : null, c.paper(),
                    source, clock.instant(), clock.getZone());
            return (out, progress) -> pdf.write(study, r, out, progress);
        }
        if (request instanceof ExportRequest.Csv csv) {
            CsvOptions o = csv.excel() ? CsvOptions.EXCEL_EUROPE : CsvOptions.STANDARD;
            return switch (csv.table()) {
                case SCHEDULE -> (out, progress) -> new ScheduleCsv().write(engine.schedule(study), o, out, progress);
                case TESTS -> (out, progress) -> new StepTestCsv().write(study, o, out, progress);
                case ANIMALS -> (out, progress) -> new AnimalCsv().write(study, o, out, progress);
            };
        }
        ExportRequest.Ics ics = (ExportRequest.Ics) request;
        return (out, progress) -> new IcsExporter(engine).write(study, IcsOptions.of(ics.grouping(), clock), out,
                progress);
    }

    /**
     * The status line when an export is saved, with the head of the study's audit trail as it was exported: an
     * anchor to keep outside the study file ("Export saved as schedule.csv · audit trail 561 · 3fa2c9e1").
     */
    public static String doneWithHead(Messages messages, String done, Study study) {
        return messages.get("export.doneWithHead", done, study.auditLog().head());
    }

    /** A file name to suggest, e.g. {@code day-2026-11-23.pdf} or {@code schedule.csv}. */
    public static String suggestedName(ExportRequest request) {
        if (request instanceof ExportRequest.Pdf p) {
            return PrintPreviewView.suggestedName(p.sheet());
        }
        if (request instanceof ExportRequest.Csv c) {
            return c.table().name().toLowerCase(Locale.ROOT) + ".csv";
        }
        ExportRequest.Ics i = (ExportRequest.Ics) request;
        return "sessions-" + i.grouping().name().toLowerCase(Locale.ROOT).replace('_', '-') + ".ics";
    }
}
