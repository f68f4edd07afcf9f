package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The large speeds of Today keep a contrast ratio of at least 7:1 (WCAG AAA) in both themes: their colours are
 * read from app.css, the backgrounds from AtlantaFX's Primer stylesheets, the ratio from WCAG's relative luminance.
 */
class ThemeContrastTest {
    private static final List<String> SPEEDS = List.of("-hiit-speed", "-hiit-speed-high", "-hiit-speed-warm");
    private static final List<String> BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle");

    @Test
    void wcagWorkedExamples() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 1e-9);
        assertEquals(1.0, contrast("#24292f", "#24292f"), 1e-9);
        // Primer light's accent on white: 5.19, why Today's high speed no longer uses it
        assertEquals(5.19, contrast("#0969da", "#ffffff"), 0.005);
        assertEquals(14.65, contrast("#24292f", "#ffffff"), 0.005);
    }

    @Test
    void lightThemeSpeedsReachSevenToOne() throws IOException {
        check(block(read("/org/hiitplanner/ui/app.css"), ".root, .root.theme-light"),
                block(read("/atlantafx/base/theme/primer-light.css"), ".root"));
    }

    @Test
    void darkThemeSpeedsReachSevenToOne() throws IOException {
        check(block(read("/org/hiitplanner/ui/app.css"), ".root.theme-dark"),
                block(read("/atlantafx/base/theme/primer-dark.css"), ".root"));
    }

    private static void check(String speeds, String theme) {
        for (String speed : SPEEDS) {
            for (String background : BACKGROUNDS) {
                double ratio = contrast(colour(speeds, speed), colour(theme, background));
                assertTrue(ratio >= 7.0, speed + " on " + background + ": " + ratio);
            }
        }
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** The declarations of the first rule whose selector is exactly {@code selector}. */
    private static String block(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertTrue(m.find(), "no rule " + selector);
        return m.group(1);
    }

    private static String colour(String declarations, String name) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + ":\\s*(#[0-9a-fA-F]{6})\\s*;")
                .matcher(declarations);
        assertTrue(m.find(), "no " + name);
        return m.group(1);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
