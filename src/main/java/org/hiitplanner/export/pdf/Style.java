package org.hiitplanner.export.pdf;

import java.awt.Color;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A font, a size in points and a colour.
 *
 * @param font  an embedded font of the document
 * @param size  points
 * @param color text colour
 */
record Style(PDFont font, float size, Color color) {
    static final Color INK = Color.BLACK;
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color ALERT = new Color(0xA0, 0x00, 0x00);

    /** Distance between two baselines of this style. */
    float leading() {
        return size * 1.2f;
    }

    /** Height of capital letters above the baseline, roughly. */
    float ascent() {
        return size * 0.73f;
    }

    Style sized(float newSize) {
        return new Style(font, newSize, color);
    }
}
