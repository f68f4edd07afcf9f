package org.hiitplanner.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The user guide, read from {@code org/hiitplanner/help/guide-<language>.md} (English when there is none for the
 * language): a small subset of Markdown — {@code #}, {@code ##} and {@code ###} headings, paragraphs, {@code - }
 * bullets, indented code lines, and inline {@code **bold**}, {@code *italic*} and {@code `code`}.
 */
public final class GuideText {
    /** What a block is. */
    public enum Kind { TITLE, HEADING, SUBHEADING, PARAGRAPH, BULLET, CODE }

    /** How a piece of text is written. */
    public enum Style { PLAIN, BOLD, ITALIC, CODE }

    /** A run of text in one style. */
    public record Span(Style style, String text) {
    }

    /** A heading, a paragraph, a bullet or a code line. */
    public record Block(Kind kind, String text) {
        /** The text in its styled pieces. */
        public List<Span> spans() {
            return kind == Kind.CODE ? List.of(new Span(Style.CODE, text)) : GuideText.spans(text);
        }
    }

    private GuideText() {
    }

    /** The guide for the language of {@code locale}. */
    public static List<Block> load(Locale locale) {
        String text = read("/org/hiitplanner/help/guide-" + locale.getLanguage() + ".md");
        return parse(text != null ? text : read("/org/hiitplanner/help/guide-en.md"));
    }

    private static String read(String resource) {
        try (InputStream in = GuideText.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks of a guide; consecutive lines of a paragraph or bullet are joined with a space. */
    public static List<Block> parse(String markdown) {
        List<Block> out = new ArrayList<>();
        StringBuilder para = null;
        Kind kind = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            Block single = single(line);
            if (single != null || line.isBlank() || line.startsWith("- ")) {
                flush(out, kind, para);
                para = null;
                if (single != null) {
                    out.add(single);
                } else if (line.startsWith("- ")) {
                    kind = Kind.BULLET;
                    para = new StringBuilder(line.substring(2).strip());
                }
            } else if (para != null) {
                para.append(' ').append(line.strip());
            } else {
                kind = Kind.PARAGRAPH;
                para = new StringBuilder(line.strip());
            }
        }
        flush(out, kind, para);
        return out;
    }

    private static Block single(String line) {
        if (line.startsWith("    ") && !line.isBlank()) {
            return new Block(Kind.CODE, line.substring(4));
        }
        if (line.startsWith("### ")) {
            return new Block(Kind.SUBHEADING, line.substring(4).strip());
        }
        if (line.startsWith("## ")) {
            return new Block(Kind.HEADING, line.substring(3).strip());
        }
        if (line.startsWith("# ")) {
            return new Block(Kind.TITLE, line.substring(2).strip());
        }
        return null;
    }

    private static void flush(List<Block> out, Kind kind, StringBuilder para) {
        if (para != null && !para.isEmpty()) {
            out.add(new Block(kind, para.toString()));
        }
    }

    private static String marker(String text, int i) {
        if (text.startsWith("**", i)) {
            return "**";
        }
        char c = text.charAt(i);
        boolean word = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return c == '`' ? "`" : c == '*' && word ? "*" : null;
    }

    /** "a **b** `c`" → plain "a ", bold "b", plain " ", code "c". An unclosed marker is kept as text. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            String marker = marker(text, i);
            int end = marker == null ? -1 : text.indexOf(marker, i + marker.length());
            if (end < 0) {
                plain.append(text.charAt(i));
                i++;
                continue;
            }
            if (!plain.isEmpty()) {
                out.add(new Span(Style.PLAIN, plain.toString()));
                plain.setLength(0);
            }
            Style style = marker.equals("**") ? Style.BOLD : marker.equals("`") ? Style.CODE : Style.ITALIC;
            out.add(new Span(style, text.substring(i + marker.length(), end)));
            i = end + marker.length();
        }
        if (!plain.isEmpty()) {
            out.add(new Span(Style.PLAIN, plain.toString()));
        }
        return out;
    }
}
