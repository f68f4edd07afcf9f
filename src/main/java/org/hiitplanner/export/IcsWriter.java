package org.hiitplanner.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes iCalendar content lines (RFC 5545 §3.1): CRLF line ends, lines folded so that no physical line is longer
 * than 75 octets of UTF-8 (a continuation line starts with one space, which counts), never inside a character;
 * TEXT values escaped (backslash, semicolon, comma, line breaks).
 */
final class IcsWriter {
    /** Longest physical line in octets, without the CRLF. */
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");

    private final Writer out;

    IcsWriter(Writer out) {
        this.out = out;
    }

    /** A content line as it is, e.g. {@code BEGIN:VEVENT}, folded. */
    void line(String contentLine) throws IOException {
        out.write(fold(contentLine));
    }

    /** A property whose value is TEXT: {@code NAME:escaped value}. */
    void text(String name, String value) throws IOException {
        line(name + ":" + escape(value));
    }

    /** The TEXT escaping of RFC 5545 §3.3.11; other control characters than tab are dropped. */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** The line folded at {@link #MAX_OCTETS} octets, each physical line ending in CRLF. */
    static String fold(String line) {
        StringBuilder b = new StringBuilder(line.length() + line.length() / 60 * 3 + 2);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int cp = line.codePointAt(i);
            int n = utf8Length(cp);
            if (octets + n > MAX_OCTETS) {
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += n;
            i += Character.charCount(cp);
        }
        return b.append(CRLF).toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** yyyymmdd. */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** yyyymmddThhmmss, a local (wall-clock) time. */
    static String local(LocalDateTime time) {
        return LOCAL.format(time);
    }

    /** yyyymmddThhmmssZ, UTC, whole seconds. */
    static String utc(Instant instant) {
        return LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC)) + "Z";
    }

    /** UTF-8 octets of a string, for tests and checks. */
    static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    void flush() throws IOException {
        out.flush();
    }
}
