package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.animal;
import static org.hiitplanner.export.pdf.PdfTestSupport.bytes;
import static org.hiitplanner.export.pdf.PdfTestSupport.day;
import static org.hiitplanner.export.pdf.PdfTestSupport.load;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.hiitplanner.export.pdf.PdfTestSupport.request;
import static org.hiitplanner.export.pdf.PdfTestSupport.stepTest;
import static org.hiitplanner.export.pdf.PdfTestSupport.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.export.ExportCancelledException;
import org.hiitplanner.export.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PdfExporterTest {
    private static final Study DEMO = DemoStudy.create();
    private static final LocalDate MONDAY_WEEK_2 = LocalDate.of(2026, 11, 23);
    private static final float MARGIN = PageWriter.MARGIN;

    private static PdfRequest requestFor(PdfKind kind, Paper paper) {
        return switch (kind) {
            case DAY -> request(kind, MONDAY_WEEK_2, null, paper);
            case ANIMAL -> request(kind, null, "R15", paper);
            case STEPTEST -> request(kind, LocalDate.of(2026, 11, 28), null, paper);
            case WEEK -> request(kind, MONDAY_WEEK_2, null, paper);
        };
    }

    private static PDRectangle firstPageSize(PdfRequest request) throws IOException {
        try (PDDocument doc = load(bytes(DEMO, request))) {
            PDRectangle box = doc.getPage(0).getMediaBox();
            for (int i = 1; i < doc.getNumberOfPages(); i++) {
                assertEquals(box.getWidth(), doc.getPage(i).getMediaBox().getWidth(), 0.01f);
                assertEquals(box.getHeight(), doc.getPage(i).getMediaBox().getHeight(), 0.01f);
            }
            return box;
        }
    }

    @Test
    void a4AndLetterPortraitAndTheWeekInLandscape() throws IOException {
        PDRectangle a4 = firstPageSize(requestFor(PdfKind.DAY, Paper.A4));
        assertEquals(595.28f, a4.getWidth(), 0.01f);
        assertEquals(841.89f, a4.getHeight(), 0.01f);
        PDRectangle letter = firstPageSize(requestFor(PdfKind.ANIMAL, Paper.LETTER));
        assertEquals(612f, letter.getWidth(), 0.01f);
        assertEquals(792f, letter.getHeight(), 0.01f);
        PDRectangle letterStepTest = firstPageSize(requestFor(PdfKind.STEPTEST, Paper.LETTER));
        assertEquals(612f, letterStepTest.getWidth(), 0.01f);
        PDRectangle weekA4 = firstPageSize(requestFor(PdfKind.WEEK, Paper.A4));
        assertEquals(841.89f, weekA4.getWidth(), 0.01f);
        assertEquals(595.28f, weekA4.getHeight(), 0.01f);
        PDRectangle weekLetter = firstPageSize(requestFor(PdfKind.WEEK, Paper.LETTER));
        assertEquals(792f, weekLetter.getWidth(), 0.01f);
        assertEquals(612f, weekLetter.getHeight(), 0.01f);
    }

    @ParameterizedTest
    @EnumSource(PdfKind.class)
    void everyPageOnLetterHasTheFrame(PdfKind kind) throws IOException {
        List<String> pages = pages(DEMO, requestFor(kind, Paper.LETTER));
        for (int p = 1; p <= pages.size(); p++) {
            String text = pages.get(p - 1);
            assertTrue(text.contains("HIIT in type 2 diabetic rats (demo)"), kind + " page " + p);
            assertTrue(text.contains("Generated 2026-11-20 14:05 Europe/Amsterdam · demo-study.hiit.json"));
            assertTrue(text.contains("page " + p + " of " + pages.size()), kind + " page " + p);
        }
    }

    @Test
    void polishHungarianAndGreekLettersPrint() throws IOException {
        Study study = PdfStudies.troublesome();
        String animalSheet = String.join("\n", pages(study, animal(PdfStudies.ODD_ID)));
        assertTrue(animalSheet.contains("Animal Łódź-ő-Δ"), animalSheet);
        assertTrue(animalSheet.contains("Zoë"), animalSheet);
        String daySheet = String.join("\n", pages(study, day(MONDAY_WEEK_2)));
        assertTrue(daySheet.contains("Łódź-ő-Δ HIIT"), daySheet);
        String header = PdfTestSupport.lines(daySheet).get(0);
        assertTrue(header.startsWith("Very long study title about high-") && header.endsWith(
                "… Day run sheet · Mon 2026-11-23 · week 2, session 6"),
                "the long title is shortened with an ellipsis, the sheet's name is not: " + header);
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        // DejaVu Sans has no Chinese characters
        Study study = DEMO.withInfo(new StudyInfo("Study 漢字 end", "Rat", "", Sex.MALE, ""));
        String text = pages(study, day(MONDAY_WEEK_2)).get(0);
        assertTrue(text.contains("Study ?? end"), text);
    }

    /** Cancels as soon as it has been told about progress once. */
    private static final class CancelAfterFirstUpdate implements Progress {
        private int updates;

        @Override
        public void update(long done, long total, String message) {
            updates++;
        }

        @Override
        public boolean isCancelled() {
            return updates >= 1;
        }
    }

    @ParameterizedTest
    @EnumSource(PdfKind.class)
    void cancellingWritesNothing(PdfKind kind) {
        CancelAfterFirstUpdate progress = new CancelAfterFirstUpdate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfExporter exporter = new PdfExporter(new ScheduleEngine());
        assertThrows(ExportCancelledException.class,
                () -> exporter.write(DEMO, requestFor(kind, Paper.A4), out, progress));
        assertEquals(1, progress.updates);
        assertEquals(0, out.size());
    }

    @Test
    void progressRunsUpToTheTotal() throws IOException {
        List<long[]> updates = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.add(new long[] {done, total});
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(new ScheduleEngine()).write(DEMO, day(MONDAY_WEEK_2), out, progress);
        assertEquals(15, updates.size(), "one per animal and one at the end");
        for (int i = 0; i < updates.size(); i++) {
            assertEquals(i, updates.get(i)[0]);
            assertEquals(14, updates.get(i)[1]);
        }
        assertTrue(out.size() > 1000);
        assertEquals("%PDF", new String(out.toByteArray(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @EnumSource(PdfKind.class)
    void longTextNeverRunsPastTheMargins(PdfKind kind) throws IOException {
        Study study = PdfStudies.troublesome();
        PdfRequest request = kind == PdfKind.ANIMAL ? request(kind, null, PdfStudies.ODD_ID, Paper.A4)
                : requestFor(kind, Paper.A4);
        try (PDDocument doc = load(bytes(study, request))) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            float height = doc.getPage(0).getMediaBox().getHeight();
            List<PdfTestSupport.Run> runs = PdfTestSupport.runs(doc);
            assertTrue(runs.size() > 100);
            for (PdfTestSupport.Run r : runs) {
                assertTrue(r.maxX() <= width - MARGIN + 0.5f, r + " runs past the right margin " + (width - MARGIN));
                assertTrue(r.minX() >= MARGIN - 0.5f, r + " starts left of the margin");
                assertTrue(r.yTop() >= MARGIN && r.yTop() <= height - MARGIN + 0.5f, r + " outside top/bottom");
            }
            String all = String.join("\n", pages(doc));
            assertTrue(all.contains("…"), "long text is shortened with an ellipsis");
        }
    }

    @Test
    void theLongNoteWrapsInsideItsCell() throws IOException {
        String text = String.join("\n", pages(PdfStudies.troublesome(), animal(PdfStudies.ODD_ID)));
        assertTrue(text.contains("The animal slipped twice at"), text);
        assertFalse(text.contains(PdfStudies.LONG_WORD), "the 136-letter word does not print in one piece");
    }

    @Test
    void nullArgumentsAreRefused() {
        PdfExporter exporter = new PdfExporter(new ScheduleEngine());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(NullPointerException.class, () -> exporter.write(null, day(MONDAY_WEEK_2), out, Progress.NONE));
        assertThrows(NullPointerException.class, () -> exporter.write(DEMO, day(MONDAY_WEEK_2), null, Progress.NONE));
        assertThrows(NullPointerException.class, () -> new PdfExporter(null));
        assertEquals(0, out.size());
        assertEquals(PdfKind.WEEK, week(MONDAY_WEEK_2).kind());
        assertEquals(PdfKind.STEPTEST, stepTest(MONDAY_WEEK_2).kind());
    }
}
