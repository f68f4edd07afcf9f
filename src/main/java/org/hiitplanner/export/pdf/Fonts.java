package org.hiitplanner.export.pdf;

import java.awt.Color;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans regular and bold, embedded (as subsets) in one document, so that any animal or person name prints:
 * Polish, Hungarian, Greek, Cyrillic. Also measures text and replaces what the fonts cannot draw.
 */
final class Fonts {
    private static final char MISSING = '?';

    private final PDFont regular;
    private final PDFont bold;
    private final FontFiles files;

    private Fonts(PDFont regular, PDFont bold, FontFiles files) {
        this.regular = regular;
        this.bold = bold;
        this.files = files;
    }

    /** Embeds the fonts in {@code document}; only the glyphs used are saved. */
    static Fonts load(PDDocument document, FontFiles files) throws IOException {
        return new Fonts(PDType0Font.load(document, files.regular(), true),
                PDType0Font.load(document, files.bold(), true), files);
    }

    Style regular(float size) {
        return new Style(regular, size, Style.INK);
    }

    Style bold(float size) {
        return new Style(bold, size, Style.INK);
    }

    Style regular(float size, Color color) {
        return new Style(regular, size, color);
    }

    Style bold(float size, Color color) {
        return new Style(bold, size, color);
    }

    /**
     * The text as it can be printed: line breaks and tabs become spaces, other control characters go, and a
     * character neither font has becomes "?".
     */
    String printable(String text) {
        if (text == null) {
            return "";
        }
        if (plainAscii(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (!Character.isISOControl(cp) && cp != 0xFEFF) {
                sb.appendCodePoint(files.canDraw(cp) ? cp : MISSING);
            }
        });
        return sb.toString();
    }

    /** True if every character is printable ASCII, which DejaVu Sans has. */
    private static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Width in points of printable text (see {@link #printable}). */
    float width(Style style, String printableText) {
        try {
            return style.font().getStringWidth(printableText) / 1000f * style.size();
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot measure \"" + printableText + "\"", e);
        }
    }
}
