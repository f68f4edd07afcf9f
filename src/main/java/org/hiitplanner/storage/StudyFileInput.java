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
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads a study file into a JSON tree, turning every way that can fail into one message that names the file,
 * the place (line and column) and the problem: missing, a folder, unreadable, too large, empty, not UTF-8,
 * malformed or truncated JSON, nested too deeply, not a JSON object. Never writes anything.
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
            throw fail(file, "the file is empty (it contains only blank space); if it was damaged while saving, "
                    + "the previous version may be in " + file.getFileName() + ".bak");
        }
        if (text.indexOf('\0') >= 0) {
            throw fail(file, "the file contains NUL characters: it is not a UTF-8 text file (perhaps UTF-16, "
                    + "or a file of another kind)");
        }
        JsonNode root = parse(text, file);
        if (!root.isObject()) {
            throw fail(file, "this is not a HIIT Planner study: expected a JSON object { … } at the top, found "
                    + JsonPaths.describe(root));
        }
        return (ObjectNode) root;
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
                throw fail(file, "the file is empty (0 bytes); if it was damaged while saving, the previous version"
                        + " may be in " + file.getFileName() + ".bak");
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

    private JsonNode parse(String text, Path file) throws StudyFileException {
        try (JsonParser parser = mapper.createParser(text)) {
            try {
                // trailing text is reported below with a clearer message than the mapper's own check
                JsonNode root = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                        .readTree(parser);
                JsonToken after = parser.nextToken();
                if (after != null) {
                    throw fail(file, where(parser.currentTokenLocation()) + ": unexpected text after the end of the"
                            + " study's JSON object");
                }
                return root;
            } catch (JsonProcessingException e) {
                throw syntaxError(e, parser, text, file);
            }
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": the file cannot be read: " + IoMessages.describe(e), e);
        }
    }

    private static StudyFileException syntaxError(JsonProcessingException e, JsonParser parser, String text,
                                                  Path file) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        String message;
        if (e instanceof StreamConstraintsException) {
            message = IoMessages.limit(e.getOriginalMessage());
        } else if (e instanceof JsonEOFException || endsInTheMiddle(text, at)) {
            message = "the file ends too early, in the middle of the data: it seems truncated (an object { }, a list "
                    + "[ ] or a text \"\" is not closed); if it was damaged while saving, the previous version may be "
                    + "in " + file.getFileName() + ".bak";
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

    private static String where(JsonLocation at) {
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static StudyFileException fail(Path file, String message) {
        return new StudyFileException(file, file + ": " + message);
    }
}
