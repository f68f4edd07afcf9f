package org.hiitplanner.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a study file into a JSON tree, turning every way that can fail into one message that names the file,
 * the place (line and column) and the problem: missing, a folder, unreadable, too large, empty, not UTF-8,
 * not JSON at all, malformed or truncated JSON, text after the end, nested too deeply, not a JSON object, not
 * enough memory. A {@code .bak} is mentioned only when there is one. Never writes anything.
 */
final class StudyFileInput {
    private final ObjectMapper mapper;
    private final long maxBytes;

    StudyFileInput(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /** The file's text, decoded as UTF-8 (a leading byte-order mark is dropped). */
    String readText(Path file) throws StudyFileException {
        return decode(readBytes(file), file);
    }

    /** The JSON object in {@code text}. */
    ObjectNode parseObject(String text, Path file) throws StudyFileException {
        if (text.isBlank()) {
            throw fail(file, "the file is empty (it contains only blank space)" + previousVersion(file));
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw fail(file, lineAndColumn(text, nul) + ": the file contains NUL characters: it is not a UTF-8 text "
                    + "file (perhaps UTF-16, or a file of another kind)");
        }
        int first = firstNonBlank(text, 0);
        if (text.charAt(first) != '{' && text.charAt(first) != '[') {
            throw fail(file, lineAndColumn(text, first) + ": this is not a study file: a study file is JSON text that"
                    + " begins with {, and this file begins with \"" + beginning(text, first) + "\"");
        }
        JsonNode root = parse(text, file);
        if (!root.isObject()) {
            throw fail(file, lineAndColumn(text, first) + ": this is not a HIIT Planner study: expected a JSON object"
                    + " { … } at the top, found " + JsonPaths.describe(root));
        }
        return (ObjectNode) root;
    }

    /**
     * Runs a reading step; running out of memory becomes a message naming the file and its size. The memory that
     * the failed attempt took is free again once the step has been left.
     */
    static <T> T withinMemory(Path file, Reading<T> step) throws StudyFileException {
        try {
            return step.read();
        } catch (OutOfMemoryError e) {
            throw new StudyFileException(file, file + ": not enough memory to open this study" + size(file)
                    + "; close other programs, or start HIIT Planner with more memory (for example java -Xmx4g -jar "
                    + "hiit-planner.jar)", null);
        }
    }

    /** A step that reads a study file. */
    @FunctionalInterface
    interface Reading<T> {
        T read() throws StudyFileException;
    }

    private static String size(Path file) {
        try {
            return Files.isRegularFile(file) ? " (" + Files.size(file) / (1 << 20) + " MiB)" : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** "; the previous version is in NAME.bak" when there is such a file beside it, else nothing. */
    static String previousVersion(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        Path bak = file.resolveSibling(name + ".bak");
        return Files.isRegularFile(bak) ? "; if it was damaged while saving, the previous version is in "
                + bak.getFileName() : "";
    }

    private byte[] readBytes(Path file) throws StudyFileException {
        if (Files.isDirectory(file)) {
            throw fail(file, "this is a folder, not a study file");
        }
        if (!Files.exists(file)) {
            throw fail(file, "the file does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw fail(file, "this is not a regular file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            checkSize(Files.size(file), file);
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            checkSize(bytes.length, file);
            if (bytes.length == 0) {
                throw fail(file, "the file is empty (0 bytes)" + previousVersion(file));
            }
            return bytes;
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": the file cannot be read: " + IoMessages.describe(e), e);
        }
    }

    private void checkSize(long size, Path file) throws StudyFileException {
        if (size > maxBytes) {
            throw fail(file, "the file is too large (" + size + " bytes); a study file may be at most " + maxBytes
                    + " bytes, so this is not a study file or it is damaged");
        }
    }

    private static String decode(byte[] bytes, Path file) throws StudyFileException {
        int start = 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw fail(file, "the file is UTF-16 text; study files must be UTF-8 (save it again as UTF-8)");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw fail(file, lineAndColumn(bytes, offset) + ": the file is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xFF) + " at byte " + offset + " cannot be read); it was"
                    + " perhaps saved in another encoding, such as Windows-1252; save it again as UTF-8");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** "line L, column C" of a byte offset, counting columns in bytes. */
    private static String lineAndColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    /** "line L, column C" of a character offset in a text. */
    private static String lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static int firstNonBlank(String text, int from) {
        int i = Math.max(0, from);
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first few characters from {@code from}, on one line, for a message. */
    private static String beginning(String text, int from) {
        String start = text.substring(from, Math.min(text.length(), from + 20)).lines().findFirst().orElse("");
        StringBuilder shown = new StringBuilder();
        start.codePoints().forEach(c -> shown.append(Character.isISOControl(c) || c == '"' || c == '\\'
                ? String.format("\\u%04x", c) : Character.toString(c)));
        return shown + (from + 20 < text.length() ? "…" : "");
    }

    private JsonNode parse(String text, Path file) throws StudyFileException {
        JsonNode root;
        long end;
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                // trailing text is reported below with a clearer message than the mapper's own check
                root = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(parser);
                end = parser.currentLocation().getCharOffset();
            } catch (JsonProcessingException e) {
                throw syntaxError(e, parser, text, file);
            } catch (NumberFormatException e) {
                throw fail(file, where(parser.currentTokenLocation()) + ": the number " + shortened(parser.getText())
                        + " cannot be read: its exponent is too large; a study holds numbers with at most "
                        + ShapeCheck.MAX_INTEGER_DIGITS + " digits before and " + ShapeCheck.MAX_DECIMALS
                        + " after the decimal point");
            }
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": the file cannot be read: " + IoMessages.describe(e), e);
        }
        int after = firstNonBlank(text, (int) end);
        if (end >= 0 && after < text.length()) {
            throw fail(file, lineAndColumn(text, after) + ": there is more text after the end of the study (the study's"
                    + " { … } ends at " + lineAndColumn(text, (int) end - 1) + "), beginning with \""
                    + beginning(text, after) + "\"; remove it, or the file was put together from two files");
        }
        return root;
    }

    private static StudyFileException syntaxError(JsonProcessingException e, JsonParser parser, String text,
                                                  Path file) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message;
        if (e instanceof StreamConstraintsException) {
            message = IoMessages.limit(e.getOriginalMessage());
        } else if (e instanceof JsonEOFException || endsInTheMiddle(text, at)) {
            message = "the file ends too early, in the middle of the data: it seems truncated (an object { }, a list "
                    + "[ ] or a text \"\" is not closed)" + previousVersion(file);
        } else {
            message = "this is not valid JSON: " + IoMessages.cleanJacksonMessage(e.getOriginalMessage());
        }
        return new StudyFileException(file, file + ": " + where(at) + ": " + message, e);
    }

    /** A file cut off inside a value (e.g. after {@code "valid": tr}) fails on its last line, not ending in '}'. */
    private static boolean endsInTheMiddle(String text, JsonLocation at) {
        String content = text.stripTrailing();
        long lastLine = content.chars().filter(c -> c == '\n').count() + 1;
        return !content.endsWith("}") && at.getLineNr() >= lastLine;
    }

    private static String shortened(String text) {
        return text == null ? "" : text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static StudyFileException fail(Path file, String message) {
        return new StudyFileException(file, file + ": " + message);
    }
}
