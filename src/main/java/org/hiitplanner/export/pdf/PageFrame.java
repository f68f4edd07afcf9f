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
 * @param shortTitle     the sheet's name when the full one does not fit beside the study title
 */
record PageFrame(String studyTitle, String sheetTitle, String generated, String sourceFileName, String trailHead,
                 String shortTitle) {
    private static final float STUDY_TITLE_SHARE = 0.45f;
    private static final float SHEET_TITLE_SHARE = 0.7f;

    static final float HEADER_HEIGHT = 30f;
    static final float FOOTER_HEIGHT = 24f;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    static PageFrame of(String studyTitle, String sheetTitle, PdfRequest request) {
        return of(studyTitle, sheetTitle, request.generatedAt(), request.zone(), request.sourceFileName(), "");
    }

    static PageFrame of(String studyTitle, String sheetTitle, Instant generatedAt, ZoneId zone,
                        String sourceFileName, String trailHead) {
        String when = WHEN.format(generatedAt.atZone(zone)) + " " + zone.getId();
        return new PageFrame(studyTitle, sheetTitle, when, sourceFileName, trailHead, sheetTitle);
    }

    /** The same frame with a shorter sheet name to print when the full one does not fit. */
    PageFrame withShortTitle(String shorter) {
        return new PageFrame(studyTitle, sheetTitle, generated, sourceFileName, trailHead, shorter);
    }

    /**
     * The sheet's name as printed: the full one if it fits beside the study title (at most 45% of the width), else
     * the short one; the study title gives way (down to 30% of the width) before the sheet's name is cut.
     */
    private String sheetText(Fonts f, Style style, float width, float titleWidth) {
        float room = width - titleWidth - 16;
        return f.width(style, f.printable(sheetTitle)) <= room ? sheetTitle : shortTitle;
    }

    /** Draws header and footer on the current page of {@code w}. */
    void draw(PageWriter w, int page, int pages) throws java.io.IOException {
        Fonts f = w.fonts();
        Style titleStyle = f.bold(10);
        Style sheetStyle = f.bold(10);
        float top = w.pageHeight() - PageWriter.MARGIN;
        float baseline = top - titleStyle.ascent();
        float titleWidth = Math.min(f.width(titleStyle, f.printable(studyTitle)), w.width() * STUDY_TITLE_SHARE);
        String sheet = w.layout().fit(sheetStyle, sheetText(f, sheetStyle, w.width(), titleWidth),
                Math.max(w.width() - titleWidth - 16, w.width() * SHEET_TITLE_SHARE));
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
