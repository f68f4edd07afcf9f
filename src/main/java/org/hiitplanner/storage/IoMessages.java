package org.hiitplanner.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, readable reasons for I/O failures and parser limits, without class names or stack traces. */
final class IoMessages {
    private IoMessages() {
    }

    /** Why an I/O operation failed, e.g. "permission denied (/data/studies)". */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException n && n.getReason() == null) {
            return "not found: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return (a.getReason() != null ? a.getReason() : "permission denied") + ": " + a.getFile();
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return d.getFile() + " is a folder that is not empty";
        }
        if (e instanceof NotDirectoryException d) {
            return d.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason() : "failed";
            return f.getFile() != null ? reason + ": " + f.getFile() : reason;
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** A parser limit that a file exceeded, in words. */
    static String limit(String jacksonMessage) {
        String m = jacksonMessage == null ? "" : jacksonMessage;
        if (m.contains("nesting depth")) {
            return "the data is nested too deeply (more than " + JsonMapperFactory.MAX_NESTING_DEPTH
                    + " levels of objects and lists); this is not a study file, or it is damaged";
        }
        if (m.contains("String value length")) {
            return "a text is too long (more than " + JsonMapperFactory.MAX_STRING_LENGTH + " characters)";
        }
        if (m.contains("Name length")) {
            return "a field name is too long (more than " + JsonMapperFactory.MAX_NAME_LENGTH + " characters)";
        }
        if (m.contains("Number value length")) {
            return "a number has too many digits (more than " + JsonMapperFactory.MAX_NUMBER_LENGTH + ")";
        }
        if (m.contains("Document length")) {
            return "the file is too large";
        }
        return "the file exceeds a safety limit: " + cleanJacksonMessage(m);
    }

    /** A Jackson message without source locations and configuration hints. */
    static String cleanJacksonMessage(String message) {
        if (message == null) {
            return "unreadable data";
        }
        String m = message.lines().findFirst().orElse("");
        m = m.replaceAll(":? ?enable `[^`]*` to allow", "");
        m = m.replaceAll(",? ?\\(?from `StreamReadConstraints[^`]*`\\)?", "");
        int source = m.indexOf("[Source:");
        if (source >= 0) {
            m = m.substring(0, source).replaceAll("[\\s(]*(start marker at|for \\w+ starting at)?\\s*$", "");
        }
        return m.strip();
    }
}
