package org.hiitplanner.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.IcsOptions;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.junit.jupiter.api.Test;

class ExportServiceTest {
    private final ScheduleEngine engine = new ScheduleEngine();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
    private final ExportService service = new ExportService(engine, new PdfExporter(engine), clock,
            () -> "demo-study.hiit.json");
    private final Study demo = DemoStudy.create();

    private String run(ExportRequest request) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.producer(request, demo).write(out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSavedMessageNamesTheHeadOfTheAuditTrailAsExported() {
        var messages = new org.hiitplanner.ui.common.Messages(java.util.Locale.ENGLISH);
        Study recorded = demo.withAuditLog(demo.auditLog().append(Instant.parse("2026-11-23T07:00:00Z"), "Ana",
                "study title", "a", "b", ""));
        String head = recorded.auditLog().head();
        assertTrue(head.matches("1 · [0-9a-f]{8}"), head);
        assertEquals("Export saved as schedule.csv · audit trail " + head,
                ExportService.doneWithHead(messages, "Export saved as schedule.csv", recorded));
    }

    @Test
    void eachRequestMakesItsKindOfFile() throws Exception {
        assertTrue(run(new ExportRequest.Pdf(new SheetChoice(PdfKind.DAY, LocalDate.of(2026, 11, 23), null,
                Paper.A4))).startsWith("%PDF-"));
        String schedule = run(new ExportRequest.Csv(ExportRequest.Table.SCHEDULE, false));
        // header + 14 trained animals × 40 sessions
        assertEquals(1 + 560, schedule.lines().count());
        assertTrue(schedule.startsWith("animal,group,treadmill,date"));
        String excel = run(new ExportRequest.Csv(ExportRequest.Table.ANIMALS, true));
        assertTrue(excel.startsWith("\uFEFFid;group;"), excel.substring(0, 20));
        assertEquals(1 + 28, excel.lines().count());
        String ics = run(new ExportRequest.Ics(IcsOptions.Grouping.PER_TREADMILL));
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    }

    @Test
    void suggestedNamesSayWhatIsInTheFile() {
        assertEquals("day-2026-11-23.pdf", ExportService.suggestedName(new ExportRequest.Pdf(new SheetChoice(
                PdfKind.DAY, LocalDate.of(2026, 11, 23), null, Paper.A4))));
        assertEquals("animal-R15.pdf", ExportService.suggestedName(new ExportRequest.Pdf(new SheetChoice(
                PdfKind.ANIMAL, LocalDate.of(2026, 11, 23), "R15", Paper.LETTER))));
        assertEquals("tests.csv", ExportService.suggestedName(new ExportRequest.Csv(ExportRequest.Table.TESTS, true)));
        assertEquals("sessions-per-animal.ics",
                ExportService.suggestedName(new ExportRequest.Ics(IcsOptions.Grouping.PER_ANIMAL)));
    }
}
