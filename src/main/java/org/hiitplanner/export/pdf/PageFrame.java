package org.hiitplanner.export.pdf;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What every page shows: the study title and the sheet's name at the top; when and from which file it was made
 * and "page N of M" at the bottom, and beside it the head of the study's audit trail ("audit trail 561 · 3fa2c9e1":
 * its entry count and the start of its last hash), an anchor outside the file for the trail that seals the data.
 *
 * @param studyTitle     the study's title
 * @param sheetTitle     e.g. "Day run sheet · Monday 2026-11-23"
 * @param generated      generation date-time, formatted
 * @param sourceFileName the study file's name
 * @param trailHead      the head of the audit trail when printed, e.g. "561 · 3fa2c9e1"; empty for none
 */
record PageFrame(String studyTitle, String sheetTitle, String generated, String sourceFileName, String trailHead) {
    static final float HEADER_HEIGHT = 30f;
    static final float FOOTER_HEIGHT = 24f;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static PageFrame of(String studyTitle, String sheetTitle, PdfRequest request) {
        return of(studyTitle, sheetTitle, request.generatedAt(), request.zone(), request.sourceFileName(), "");
    }

    static PageFrame of(String studyTitle, String sheetTitle, Instant generatedAt, ZoneId zone,
                        String sourceFileName, String trailHead) {
        String when = WHEN.format(generatedAt.atZone(zone)) + " " + zone.getId();
        return new PageFrame(studyTitle, sheetTitle, when, sourceFileName, trailHead);
    }

    /** Draws header and footer on the current page of {@code w}. */
    void draw(PageWriter w, int page, int pages) throws java.io.IOException {
        Fonts f = w.fonts();
        Style titleStyle = f.bold(10);
        Style sheetStyle = f.bold(10);
        float top = w.pageHeight() - PageWriter.MARGIN;
        float baseline = top - titleStyle.ascent();
        float titleWidth = Math.min(f.width(titleStyle, f.printable(studyTitle)), w.width() * 0.45f);
        String sheet = w.layout().fit(sheetStyle, sheetTitle, w.width() - titleWidth - 16);
        float sheetWidth = f.width(sheetStyle, sheet);
        w.textRight(sheet, w.right(), baseline, sheetStyle);
        w.text(w.layout().fit(titleStyle, studyTitle, w.width() - sheetWidth - 16), w.left(), baseline, titleStyle);
        w.hline(w.left(), w.right(), top - HEADER_HEIGHT + 12, 0.8f);

        Style small = f.regular(8, Style.GREY);
        Style pageStyle = f.bold(9);
        float bottom = PageWriter.MARGIN;
        w.hline(w.left(), w.right(), bottom + FOOTER_HEIGHT - 10, 0.5f);
        String pageText = "page " + page + " of " + pages;
        w.textRight(pageText, w.right(), bottom + 2, pageStyle);
        float pageWidth = f.width(pageStyle, pageText);
        float headWidth = 0;
        if (!trailHead.isEmpty()) {
            String head = "audit trail " + trailHead;
            headWidth = f.width(small, head) + 12;
            w.textRight(head, w.right() - pageWidth - 12, bottom + 2, small);
        }
        String info = "Generated " + generated + " · " + sourceFileName;
        float room = w.width() - pageWidth - headWidth - 16;
        w.text(w.layout().fit(small, info, room), w.left(), bottom + 2, small);
    }
}
