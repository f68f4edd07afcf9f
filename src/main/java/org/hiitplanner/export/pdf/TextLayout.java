package org.hiitplanner.export.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits text into a width: word wrapping (breaking words that are longer than a line), a maximum number of lines
 * with an ellipsis on the last, and shortening a single line with an ellipsis. Works on printable text only.
 */
final class TextLayout {
    static final String ELLIPSIS = "…";

    private final Fonts fonts;

    TextLayout(Fonts fonts) {
        this.fonts = fonts;
    }

    /** The text on one line of at most {@code width} points, shortened with an ellipsis if needed. */
    String fit(Style style, String text, float width) {
        String s = fonts.printable(text).strip();
        return fonts.width(style, s) <= width ? s : shorten(style, s, width);
    }

    /** The longest start of {@code s} that fits in {@code width} points together with an ellipsis. */
    private String shorten(Style style, String s, float width) {
        int lo = 0;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fonts.width(style, cut(s, mid).stripTrailing() + ELLIPSIS) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo == 0) {
            return fonts.width(style, ELLIPSIS) <= width ? ELLIPSIS : "";
        }
        return cut(s, lo).stripTrailing() + ELLIPSIS;
    }

    /** The text in lines of at most {@code width} points; at most {@code maxLines}, the last with an ellipsis. */
    List<String> wrap(Style style, String text, float width, int maxLines) {
        List<String> lines = wrapAll(style, fonts.printable(text).strip(), width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        kept.set(maxLines - 1, shorten(style, kept.get(maxLines - 1) + " " + lines.get(maxLines), width));
        return kept;
    }

    private List<String> wrapAll(Style style, String s, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(s)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fonts.width(style, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (fonts.width(style, rest) > width && rest.length() > 1) {
                int n = longestPrefix(style, rest, width);
                lines.add(cut(rest, n));
                rest = rest.substring(cut(rest, n).length());
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words of a text: the parts between runs of spaces. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                if (i > start) {
                    words.add(s.substring(start, i));
                }
                start = i + 1;
            }
        }
        if (words.isEmpty()) {
            words.add("");
        }
        return words;
    }

    /** How many chars of {@code s} fit (at least one), preferring a break after a hyphen. */
    private int longestPrefix(Style style, String s, float width) {
        int lo = 1;
        int hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fonts.width(style, cut(s, mid)) <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int hyphen = s.lastIndexOf('-', lo - 1);
        return hyphen > 0 ? hyphen + 1 : lo;
    }

    /** The first {@code n} chars, never splitting a surrogate pair. */
    private static String cut(String s, int n) {
        int end = Math.min(n, s.length());
        if (end > 0 && end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end = end - 1 > 0 ? end - 1 : end + 1;
        }
        return s.substring(0, end);
    }
}
