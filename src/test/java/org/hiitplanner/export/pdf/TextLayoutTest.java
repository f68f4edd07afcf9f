package org.hiitplanner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TextLayoutTest {
    private PDDocument document;
    private Fonts fonts;
    private TextLayout layout;
    private Style body;

    @BeforeEach
    void setUp() throws IOException {
        document = new PDDocument();
        fonts = Fonts.load(document, FontFiles.load());
        layout = new TextLayout(fonts);
        body = fonts.regular(10);
    }

    @AfterEach
    void tearDown() throws IOException {
        document.close();
    }

    private float width(String s) {
        return fonts.width(body, s);
    }

    @Test
    void shortTextIsLeftAsItIs() {
        assertEquals("R15", layout.fit(body, "R15", 100));
        assertEquals(List.of("a b c"), layout.wrap(body, "a b c", 100, 3));
    }

    @Test
    void fitShortensWithAnEllipsisWithinTheWidth() {
        String text = "The animal slipped twice at the back of the lane";
        String fitted = layout.fit(body, text, 100);
        assertTrue(fitted.endsWith("…"), fitted);
        assertTrue(width(fitted) <= 100, fitted + " is " + width(fitted));
        assertTrue(text.startsWith(fitted.substring(0, fitted.length() - 1).strip()), fitted);
        assertTrue(width(fitted) > 80, "uses the room: " + width(fitted));
    }

    @Test
    void wrapBreaksAtSpacesAndKeepsEveryLineWithinTheWidth() {
        List<String> lines = layout.wrap(body, "one two three four five six seven eight nine ten", 60, 10);
        assertTrue(lines.size() >= 3, lines.toString());
        for (String line : lines) {
            assertTrue(width(line) <= 60, line);
        }
        assertEquals("one two three four five six seven eight nine ten", String.join(" ", lines));
    }

    @Test
    void aWordLongerThanTheLineIsBrokenInsideIt() {
        String word = "Supercalifragilisticexpialidocious".repeat(3);
        List<String> lines = layout.wrap(body, word, 80, 20);
        assertTrue(lines.size() > 3, lines.toString());
        for (String line : lines) {
            assertTrue(width(line) <= 80, line);
        }
        assertEquals(word, String.join("", lines));
    }

    @Test
    void aHyphenIsAPlaceToBreak() {
        assertEquals(List.of("Cool-", "down"), layout.wrap(body, "Cool-down", width("Cool-do"), 2));
    }

    @Test
    void tooManyLinesEndWithAnEllipsis() {
        List<String> lines = layout.wrap(body, "one two three four five six seven eight nine ten", 60, 2);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith("…"), lines.toString());
        assertTrue(width(lines.get(1)) <= 60, lines.get(1));
    }

    @Test
    void lineBreaksTabsAndControlCharactersAreCleanedUp() {
        assertEquals("a b c", fonts.printable("a\nb\tc\u0007"));
        assertEquals("Łódź-ő-Δ", fonts.printable("Łódź-ő-Δ"));
        assertEquals("? ?", fonts.printable("漢 字"));
        assertEquals("", fonts.printable(null));
    }
}
