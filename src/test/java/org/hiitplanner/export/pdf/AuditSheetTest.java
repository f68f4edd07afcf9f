package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.FILE;
import static org.hiitplanner.export.pdf.PdfTestSupport.GENERATED;
import static org.hiitplanner.export.pdf.PdfTestSupport.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditSamples;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.ExportCancelledException;
import org.hiitplanner.export.Progress;
import org.junit.jupiter.api.Test;

class AuditSheetTest {
    private static byte[] pdf(Study study, AuditRequest request, Progress progress) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(new ScheduleEngine()).writeAudit(study, request, out, progress);
        return out.toByteArray();
    }

    private static List<String> pages(AuditLog log, List<AuditEntry> entries, String filter) throws IOException {
        Study study = DemoStudy.create().withAuditLog(log);
        AuditRequest request = new AuditRequest(entries, filter, Paper.A4, FILE, GENERATED, ZONE);
        try (PDDocument doc = PdfTestSupport.load(pdf(study, request, Progress.NONE))) {
            return PdfTestSupport.pages(doc);
        }
    }

    @Test
    void sixIntactEntriesAreListedUnderTheVerificationLine() throws IOException {
        AuditLog six = AuditSamples.six();
        List<String> pages = pages(six, six.entries(), "");
        assertEquals(1, pages.size());
        String page = pages.get(0);
        String lastHash = six.lastHash().substring(0, 12);
        assertTrue(page.contains("Chain verified: 6 entries intact, last hash " + lastHash + "…"), page);
        assertTrue(page.contains("Listed: 6 of 6 entries · times in Europe/Amsterdam"), page);
        // entry 2 at 08:05 UTC is 09:05 in Amsterdam; entry 6 at 23:30 UTC on the 19th is 00:30 on the 20th
        assertTrue(page.contains("2 2026-11-16 09:05:00 ana protocol week 3 intervals 6 7 PI approved"), page);
        assertTrue(page.contains("6 2026-11-20 00:30:00 ben welfare event R5 — =HYPERLINK"), page);
        // a long new value wraps inside its cell: its second line under the first
        assertTrue(page.contains("4 2026-11-17 11:00:00 carla animal R5 exclusion active excluded from 2026-11-17: "
                + "vet advice " + six.entries().get(3).hash().substring(0, 12) + "…\ninjured paw"), page);
        assertTrue(page.contains("Audit trail"), "the sheet's name in the page header");
        assertTrue(page.contains("page 1 of 1"), page);
    }

    @Test
    void theFilteredEntriesAreTheOnlyOnesListedButTheWholeChainIsVerified() throws IOException {
        AuditLog six = AuditSamples.six();
        List<AuditEntry> ana = List.of(six.entries().get(1), six.entries().get(4));
        String page = pages(six, ana, "operator ana").get(0);
        assertTrue(page.contains("Chain verified: 6 entries intact"), page);
        assertTrue(page.contains("Listed: 2 of 6 entries · filter: operator ana"), page);
        assertTrue(page.contains("5 2026-11-18 16:45:00 ana protocol week 3 high 85 90 matches the paper"), page);
        assertFalse(page.contains("carla"), page);
        assertFalse(page.contains("session record R1"), page);
    }

    @Test
    void aBrokenChainIsReportedAtTheTop() throws IOException {
        AuditLog broken = AuditSamples.tampered(AuditSamples.six(), 4, "active");
        String page = pages(broken, broken.entries(), "").get(0);
        assertTrue(page.contains("Chain BROKEN at entry 4 (position 4): audit entry 4 was changed after it was"
                + " written"), page);
        assertFalse(page.contains("Chain verified"), page);
    }

    @Test
    void fortyEntriesRunOverLandscapePagesWithTheHeaderRepeated() throws IOException {
        AuditLog forty = AuditSamples.many(40);
        Study study = DemoStudy.create().withAuditLog(forty);
        AuditRequest request = AuditRequest.all(forty, Paper.LETTER, FILE, GENERATED, ZONE);
        try (PDDocument doc = PdfTestSupport.load(pdf(study, request, Progress.NONE))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(792f, box.getWidth(), 0.01f, "Letter landscape: 11 in wide");
            assertEquals(612f, box.getHeight(), 0.01f);
            List<String> pages = PdfTestSupport.pages(doc);
            assertTrue(pages.size() >= 2, "40 entries need more than one page");
            String last = pages.get(pages.size() - 1);
            assertTrue(last.contains("Audit trail, continued"), last);
            assertTrue(last.contains("# Time Operator What Old value New value Reason Hash"), last);
            assertTrue(String.join("\n", pages).contains(forty.entries().get(39).hash().substring(0, 12) + "…"));
        }
    }

    @Test
    void anEmptyTrailSaysSo() throws IOException {
        String page = pages(AuditLog.empty(), List.of(), "").get(0);
        assertTrue(page.contains("Chain verified: the audit trail has no entries."), page);
        assertTrue(page.contains("The audit trail is empty."), page);
        String none = pages(AuditSamples.six(), List.of(), "text \"zebra\"").get(0);
        assertTrue(none.contains("No entry matches the filter."), none);
    }

    @Test
    void cancellingWritesNothing() {
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        AuditLog six = AuditSamples.six();
        Study study = DemoStudy.create().withAuditLog(six);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(ExportCancelledException.class, () -> new PdfExporter(new ScheduleEngine()).writeAudit(study,
                AuditRequest.all(six, Paper.A4, FILE, GENERATED, ZONE), out, cancelled));
        assertEquals(0, out.size());
    }
}
