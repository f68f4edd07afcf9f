package org.hiitplanner.storage;

import java.nio.file.Path;

/**
 * A study file that cannot be read or written. The message names the file, the place (JSON path or line and
 * column) and the problem, and is fit to show to a user as it is.
 */
public class StudyFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public StudyFileException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    public StudyFileException(Path file, String message) {
        this(file, message, null);
    }

    public Path file() {
        return file;
    }
}
