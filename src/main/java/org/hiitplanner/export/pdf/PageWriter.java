package org.hiitplanner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes pages: margins, a header and footer on every page (drawn by {@link #finish}, when the page count is
 * known),
 * a cursor {@link #y()} that moves down the page, page breaks, and drawing of text, boxes and lines.
 * Coordinates are PDF points from the bottom left; text is placed by its baseline.
 */
final class PageWriter {
    static final float MARGIN = 36f;

    private final PDDocument document;
    private final Fonts fonts;
    private final TextLayout layout;
    private final PDRectangle size;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream out;
    private float y;

    PageWriter(PDDocument document, Fonts fonts, PDRectangle size) {
        this.document = document;
        this.fonts = fonts;
        this.layout = new TextLayout(fonts);
        this.size = size;
    }

    Fonts fonts() {
        return fonts;
    }

    TextLayout layout() {
        return layout;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return size.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float pageHeight() {
        return size.getHeight();
    }

    /** The highest y of the content area (below the header). */
    float top() {
        return size.getHeight() - MARGIN - PageFrame.HEADER_HEIGHT;
    }

    /** The lowest y of the content area (above the footer). */
    float bottom() {
        return MARGIN + PageFrame.FOOTER_HEIGHT;
    }

    /** Usable height of an empty page. */
    float contentHeight() {
        return top() - bottom();
    }

    float y() {
        return y;
    }

    void down(float dy) {
        y -= dy;
    }

    /** True if {@code height} points fit below the cursor on the current page. */
    boolean fits(float height) {
        return out != null && y - height >= bottom();
    }

    /** Starts a new page unless {@code height} points fit on the current one. Returns true on a new page. */
    boolean ensure(float height) throws IOException {
        if (fits(height)) {
            return false;
        }
        newPage();
        return true;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(size);
        document.addPage(page);
        pages.add(page);
        out = new PDPageContentStream(document, page);
        y = top();
    }

    /** Closes the last page and draws every page's header and footer with "page N of M". */
    void finish(PageFrame frame) throws IOException {
        if (pages.isEmpty()) {
            newPage();
        }
        closeStream();
        for (int i = 0; i < pages.size(); i++) {
            out = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true);
            frame.draw(this, i + 1, pages.size());
            closeStream();
        }
    }

    private void closeStream() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /** Draws printable text (see {@link Fonts#printable}) with its baseline at {@code baseline}. */
    void text(String text, float x, float baseline, Style style) throws IOException {
        String s = fonts.printable(text);
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(style.font(), style.size());
        out.setNonStrokingColor(style.color());
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    void textRight(String text, float right, float baseline, Style style) throws IOException {
        text(text, right - fonts.width(style, fonts.printable(text)), baseline, style);
    }

    void textCentered(String text, float centre, float baseline, Style style) throws IOException {
        text(text, centre - fonts.width(style, fonts.printable(text)) / 2, baseline, style);
    }

    /** A paragraph of text across the page at the cursor, wrapped; moves the cursor below it. */
    void paragraph(String text, Style style, int maxLines) throws IOException {
        for (String line : layout.wrap(style, text, width(), maxLines)) {
            ensure(style.leading());
            text(line, left(), y - style.ascent(), style);
            down(style.leading());
        }
    }

    /** A rectangle outline; (x, yBottom) is its lower left corner. */
    void box(float x, float yBottom, float w, float h, float lineWidth) throws IOException {
        out.setStrokingColor(Color.BLACK);
        out.setLineWidth(lineWidth);
        out.addRect(x, yBottom, w, h);
        out.stroke();
    }

    void fill(float x, float yBottom, float w, float h, Color color) throws IOException {
        out.setNonStrokingColor(color);
        out.addRect(x, yBottom, w, h);
        out.fill();
    }

    void hline(float x1, float x2, float atY, float lineWidth) throws IOException {
        line(x1, atY, x2, atY, lineWidth);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
        out.setStrokingColor(Color.BLACK);
        out.setLineWidth(lineWidth);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }
}
