package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.io.InputStream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * DejaVu Sans regular and bold, parsed once from the program's resources and then embedded (as subsets) in every
 * document an exporter writes. Parsing takes most of the time of a small document, so an exporter keeps these;
 * they are not safe for use by two documents at the same time.
 *
 * @param regular     DejaVu Sans
 * @param bold        DejaVu Sans Bold
 * @param regularCmap Unicode to glyph of the regular font
 * @param boldCmap    Unicode to glyph of the bold font
 */
record FontFiles(TrueTypeFont regular, TrueTypeFont bold, CmapLookup regularCmap, CmapLookup boldCmap) {
    private static final String DIR = "/org/hiitplanner/export/fonts/";

    static FontFiles load() throws IOException {
        TrueTypeFont regular = parse("DejaVuSans.ttf");
        TrueTypeFont bold = parse("DejaVuSans-Bold.ttf");
        return new FontFiles(regular, bold, regular.getUnicodeCmapLookup(), bold.getUnicodeCmapLookup());
    }

    /** True if both fonts have a glyph for this Unicode code point. */
    boolean canDraw(int codePoint) {
        return regularCmap.getGlyphId(codePoint) > 0 && boldCmap.getGlyphId(codePoint) > 0;
    }

    private static TrueTypeFont parse(String file) throws IOException {
        try (InputStream in = FontFiles.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IOException("font " + file + " is missing from the program");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        }
    }
}
