package org.hiitplanner.storage;

import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.domain.Finding;

/**
 * A study file that cannot be read or written. The message names the file, the place (JSON path or line and
 * column) and the problem, and is fit to show to a user as it is. When the problems have JSON paths, they are
 * also available one by one as {@link #findings()}.
 */
public class StudyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Most problems listed in the message; the rest are counted ({@link #findings()} has them all). */
    public static final int MAX_LISTED = 50;

    private final transient Path file;
    private final transient List<Finding> findings;

    public StudyFileException(Path file, String message, Throwable cause) {
        this(file, message, cause, List.of());
    }

    public StudyFileException(Path file, String message) {
        this(file, message, null);
    }

    public StudyFileException(Path file, String message, Throwable cause, List<Finding> findings) {
        super(message, cause);
        this.file = file;
        this.findings = List.copyOf(findings);
    }

    /** A failure listing every finding: "file: path: message" for one, else a header and one line each. */
    public static StudyFileException of(Path file, List<Finding> findings) {
        StringBuilder message = new StringBuilder().append(file).append(':');
        List<Finding> errors = findings.stream().filter(Finding::isError).toList();
        List<Finding> shown = errors.isEmpty() ? findings : errors;
        if (shown.size() == 1) {
            message.append(' ').append(shown.get(0).path()).append(": ").append(shown.get(0).message());
        } else {
            message.append(' ').append(shown.size()).append(" problems:");
            shown.stream().limit(MAX_LISTED)
                    .forEach(f -> message.append("\n  ").append(f.path()).append(": ").append(f.message()));
            if (shown.size() > MAX_LISTED) {
                message.append("\n  … and ").append(shown.size() - MAX_LISTED).append(" more");
            }
        }
        return new StudyFileException(file, message.toString(), null, findings);
    }

    public Path file() {
        return file;
    }

    /** The problems with their JSON paths (errors and any warnings); empty for a file that is not valid JSON. */
    public List<Finding> findings() {
        return findings == null ? List.of() : findings;
    }
}
