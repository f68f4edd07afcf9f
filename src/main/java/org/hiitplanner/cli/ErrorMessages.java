package org.hiitplanner.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.storage.StudyFileException;

/** Turns any failure into one line a technician understands; never a stack trace. */
final class ErrorMessages {
    private ErrorMessages() {
    }

    /** The message for a failure, on one line, without the "hiit-planner: " prefix. */
    static String describe(Throwable t) {
        return oneLine(text(t instanceof UncheckedIOException u ? u.getCause() : t));
    }

    /** Collapses line breaks and runs of white space into single spaces. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** The text with control characters, bidirectional overrides and line separators shown as \\uXXXX. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", c) : Character.toString(c)));
        return out.toString();
    }

    /** Why an I/O operation failed, in a few words, e.g. "permission denied". */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String text(Throwable t) {
        if (t instanceof CliException) {
            return t.getMessage();
        }
        if (t instanceof StudyFileException s) {
            return withFile(s);
        }
        if (t instanceof IOException io) {
            return "a file could not be read or written: " + reason(io);
        }
        if (t instanceof IllegalArgumentException && t.getMessage() != null) {
            return t.getMessage();
        }
        if (t instanceof UnsupportedOperationException) {
            return "this is not available yet in this version" + detail(t, " (", ")");
        }
        if (t instanceof OutOfMemoryError) {
            return "not enough memory for this command; close other programs, or start it with more memory (for"
                    + " example java -Xmx4g -jar hiit-planner.jar …)";
        }
        if (t instanceof DateTimeException || t instanceof ArithmeticException) {
            return "a date or a number is out of the range this program can compute with" + detail(t, " (", ")")
                    + "; check the dates and numbers of the study and of the command";
        }
        return "unexpected error (" + t.getClass().getSimpleName() + detail(t, ": ", "")
                + "); please report it together with the command you ran";
    }

    /**
     * The store's message, prefixed with the file name unless the message already names it. With several
     * problems: the first and how many more, with a pointer to {@code validate}, so that it fits on one line.
     */
    private static String withFile(StudyFileException e) {
        Path file = e.file();
        List<Finding> errors = e.findings().stream().filter(Finding::isError).toList();
        if (file != null && errors.size() > 1) {
            Finding first = errors.get(0);
            return file + ": " + first.path() + ": " + first.message() + andMore(errors.size() - 1, file);
        }
        String message = e.getMessage() == null ? "cannot be read" : e.getMessage();
        if (file == null || file.getFileName() == null || message.contains(file.getFileName().toString())) {
            return message;
        }
        return file + ": " + message;
    }

    private static String detail(Throwable t, String before, String after) {
        return t.getMessage() == null ? "" : before + t.getMessage() + after;
    }

    /** " (and 2 more errors; run 'hiit-planner validate FILE' to list them)". */
    static String andMore(int more, Path file) {
        return more <= 0 ? "" : " (and " + more + " more " + (more == 1 ? "error" : "errors") + "; run '" + Cli.NAME
                + " validate " + file + "' to list them)";
    }
}
