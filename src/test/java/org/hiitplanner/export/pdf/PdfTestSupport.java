package org.hiitplanner.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;

/** Writes sheets into memory and reads their text back, page by page. */
final class PdfTestSupport {
    static final Instant GENERATED = Instant.parse("2026-11-20T13:05:00Z");
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String FILE = "demo-study.hiit.json";

    private PdfTestSupport() {
    }

    static PdfRequest day(LocalDate date) {
        return request(PdfKind.DAY, date, null, Paper.A4);
    }

    static PdfRequest animal(String id) {
        return request(PdfKind.ANIMAL, null, id, Paper.A4);
    }

    static PdfRequest stepTest(LocalDate date) {
        return request(PdfKind.STEPTEST, date, null, Paper.A4);
    }

    static PdfRequest week(LocalDate date) {
        return request(PdfKind.WEEK, date, null, Paper.A4);
    }

    static PdfRequest request(PdfKind kind, LocalDate date, String animal, Paper paper) {
        return new PdfRequest(kind, date, animal, paper, FILE, GENERATED, ZONE);
    }

    static byte[] bytes(Study study, PdfRequest request) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfExporter(new ScheduleEngine()).write(study, request, out, Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The text of every page, pages[0] being page 1, lines in reading order. */
    static List<String> pages(Study study, PdfRequest request) throws IOException {
        try (PDDocument doc = load(bytes(study, request))) {
            return pages(doc);
        }
    }

    static List<String> pages(PDDocument doc) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(stripper.getText(doc));
        }
        return pages;
    }

    static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The lines of a text, trimmed. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }

    /** The text between the first occurrence of {@code from} and the next of {@code to} (or the end). */
    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        if (start < 0) {
            throw new AssertionError("\"" + from + "\" not found in:\n" + text);
        }
        int end = to == null ? -1 : text.indexOf(to, start + from.length());
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }

    /**
     * One run of text as drawn: its string, font, size in points and horizontal extent.
     *
     * @param text  the characters
     * @param font  font name (e.g. "ABCDEF+DejaVuSans-Bold")
     * @param size  font size in points
     * @param minX  left edge of the first glyph
     * @param maxX  right edge of the last glyph
     * @param page  page number from 1
     * @param yTop  distance of the baseline from the top of the page
     */
    record Run(String text, String font, float size, float minX, float maxX, int page, float yTop) {
        boolean bold() {
            return font.contains("Bold");
        }
    }

    /** Every run of text on every page, with its font, size and position. */
    static List<Run> runs(PDDocument doc) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                float min = Float.MAX_VALUE;
                float max = -Float.MAX_VALUE;
                for (TextPosition t : positions) {
                    min = Math.min(min, t.getXDirAdj());
                    max = Math.max(max, t.getXDirAdj() + t.getWidthDirAdj());
                }
                TextPosition first = positions.get(0);
                runs.add(new Run(text, first.getFont().getName(), first.getFontSizeInPt(), min, max,
                        getCurrentPageNo(), first.getYDirAdj()));
                super.writeString(text, positions);
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return runs;
    }
}
