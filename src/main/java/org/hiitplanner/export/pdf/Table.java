package org.hiitplanner.export.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows over pages: the header row is drawn again at the top of every page the table continues on,
 * a row is never split, and text wraps inside its cell (up to a number of lines, the last one shortened with an
 * ellipsis), so nothing runs outside its column.
 */
final class Table {
    static final Color HEADER_SHADE = new Color(0xDD, 0xDD, 0xDD);
    static final Color BAND_SHADE = new Color(0xF0, 0xF0, 0xF0);
    static final Color ALERT_SHADE = new Color(0xFF, 0xE4, 0xE0);
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 3f;

    enum Align { LEFT, RIGHT, CENTER }

    /**
     * A column.
     *
     * @param title   header text
     * @param weight  share of the table width
     * @param align   alignment of the cells
     * @param flexible gives up width when another column's header needs more (free-text columns)
     */
    record Column(String title, float weight, Align align, boolean flexible) {
        Column(String title, float weight, Align align) {
            this(title, weight, align, false);
        }

        /** A left-aligned free-text column that gives up width to others. */
        static Column text(String title, float weight) {
            return new Column(title, weight, Align.LEFT, true);
        }
    }

    /**
     * A paragraph of a cell: text in one style, wrapped to at most {@code maxLines}; or, with a tail, one line of
     * text followed by the tail in another style (the tail is left out if both do not fit).
     */
    record Para(String text, Style style, int maxLines, String tail, Style tailStyle) {
        Para(String text, Style style, int maxLines) {
            this(text, style, maxLines, null, null);
        }

        /** One line: {@code text} in {@code style}, then {@code tail} in {@code tailStyle}. */
        static Para line(String text, Style style, String tail, Style tailStyle) {
            return new Para(text, style, 1, tail, tailStyle);
        }
    }

    /** A cell: one or more paragraphs, optionally shaded. */
    record Cell(List<Para> paras, Color background) {
        static Cell of(String text, Style style) {
            return new Cell(List.of(new Para(text, style, 3)), null);
        }

        Cell shaded(Color color) {
            return new Cell(paras, color);
        }
    }

    private final PageWriter w;
    private final List<Column> columns;
    private final float[] widths;
    private final Style headerStyle;
    private final String continuation;

    /**
     * @param continuation a line printed above the repeated header on a following page (e.g. "R15, continued"),
     *                     or null for none
     */
    Table(PageWriter w, List<Column> columns, Style headerStyle, String continuation) {
        this.w = w;
        this.columns = List.copyOf(columns);
        this.headerStyle = headerStyle;
        this.continuation = continuation;
        this.widths = widths();
    }

    /**
     * Column widths by weight, widened where a word of the header would not fit, taken from the flexible columns
     * (or, if there are none, from all) as far as they have room to spare.
     */
    private float[] widths() {
        float total = 0;
        for (Column c : columns) {
            total += c.weight();
        }
        boolean anyFlexible = columns.stream().anyMatch(Column::flexible);
        float[] result = new float[columns.size()];
        float[] min = new float[columns.size()];
        float deficit = 0;
        float slack = 0;
        for (int i = 0; i < result.length; i++) {
            result[i] = w.width() * columns.get(i).weight() / total;
            min[i] = longestWord(columns.get(i).title()) + 2 * PAD_X + 0.5f;
            deficit += Math.max(0, min[i] - result[i]);
            slack += givesUp(i, anyFlexible) ? Math.max(0, result[i] - min[i]) : 0;
        }
        if (deficit > 0 && deficit <= slack) {
            for (int i = 0; i < result.length; i++) {
                if (result[i] < min[i]) {
                    result[i] = min[i];
                } else if (givesUp(i, anyFlexible)) {
                    result[i] -= (result[i] - min[i]) * deficit / slack;
                }
            }
        }
        return result;
    }

    private boolean givesUp(int column, boolean anyFlexible) {
        return !anyFlexible || columns.get(column).flexible();
    }

    private float longestWord(String title) {
        float max = 0;
        for (String word : TextLayout.words(w.fonts().printable(title))) {
            max = Math.max(max, w.fonts().width(headerStyle, word));
        }
        return max;
    }

    /** Draws the header row, on a new page if it and one row of {@code firstRowHeight} do not fit. */
    void start(float firstRowHeight) throws IOException {
        List<Cell> header = headerCells();
        w.ensure(height(header) + firstRowHeight);
        drawRow(header, HEADER_SHADE, 0.8f);
    }

    /** Draws a row, after a page break with the header repeated if it does not fit. */
    void row(List<Cell> cells, Color background) throws IOException {
        float h = height(cells);
        if (!w.fits(h)) {
            w.newPage();
            if (continuation != null) {
                Style s = w.fonts().regular(9, Style.GREY);
                w.text(w.layout().fit(s, continuation, w.width()), w.left(), w.y() - s.ascent(), s);
                w.down(s.leading() + 2);
            }
            drawRow(headerCells(), HEADER_SHADE, 0.8f);
        }
        drawRow(cells, background, 0.4f);
    }

    /** Height of a row of these cells. */
    float height(List<Cell> cells) {
        float h = 0;
        for (int i = 0; i < cells.size(); i++) {
            float ch = 2 * PAD_Y;
            for (Para p : cells.get(i).paras()) {
                ch += lines(p, i).size() * p.style().leading();
            }
            h = Math.max(h, ch);
        }
        return h;
    }

    private List<Cell> headerCells() {
        List<Cell> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(new Cell(List.of(new Para(c.title(), headerStyle, 2)), null));
        }
        return cells;
    }

    private List<String> lines(Para p, int column) {
        return w.layout().wrap(p.style(), p.text(), widths[column] - 2 * PAD_X, p.maxLines());
    }

    private void drawRow(List<Cell> cells, Color background, float rule) throws IOException {
        float h = height(cells);
        float top = w.y();
        float x = w.left();
        if (background != null) {
            w.fill(w.left(), top - h, w.width(), h, background);
        }
        for (int i = 0; i < cells.size(); i++) {
            drawCell(cells.get(i), i, x, top, h);
            x += widths[i];
        }
        w.hline(w.left(), w.right(), top - h, rule);
        w.down(h);
    }

    private void drawCell(Cell cell, int column, float x, float top, float h) throws IOException {
        if (cell.background() != null) {
            w.fill(x, top - h, widths[column], h, cell.background());
        }
        float baselineTop = top - PAD_Y;
        for (Para p : cell.paras()) {
            for (String line : lines(p, column)) {
                float baseline = baselineTop - p.style().ascent() - (p.style().leading() - p.style().size()) / 2;
                if (p.tail() == null) {
                    drawAligned(line, column, x, baseline, p.style());
                } else {
                    drawWithTail(line, p, column, x, baseline);
                }
                baselineTop -= p.style().leading();
            }
        }
    }

    private void drawWithTail(String line, Para p, int column, float x, float baseline) throws IOException {
        Fonts f = w.fonts();
        float gap = 3f;
        float mainWidth = f.width(p.style(), line);
        String tail = f.printable(p.tail());
        float tailWidth = f.width(p.tailStyle(), tail);
        float room = widths[column] - 2 * PAD_X;
        if (mainWidth + gap + tailWidth > room) {
            drawAligned(line, column, x, baseline, p.style());
            return;
        }
        float total = mainWidth + gap + tailWidth;
        float start = switch (columns.get(column).align()) {
            case RIGHT -> x + widths[column] - PAD_X - total;
            case CENTER -> x + (widths[column] - total) / 2;
            default -> x + PAD_X;
        };
        w.text(line, start, baseline, p.style());
        w.text(tail, start + mainWidth + gap, baseline, p.tailStyle());
    }

    private void drawAligned(String line, int column, float x, float baseline, Style style) throws IOException {
        switch (columns.get(column).align()) {
            case RIGHT -> w.textRight(line, x + widths[column] - PAD_X, baseline, style);
            case CENTER -> w.textCentered(line, x + widths[column] / 2, baseline, style);
            default -> w.text(line, x + PAD_X, baseline, style);
        }
    }
}
