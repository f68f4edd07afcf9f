package org.hiitplanner.domain;

import java.util.Objects;

/**
 * One validation finding.
 *
 * @param severity error (blocking) or warning (may be accepted)
 * @param path     where in the study it is, as a JSON path such as {@code $.protocol.weeks[2].intervals}
 * @param message  a sentence a technician understands
 */
public record Finding(Severity severity, String path, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Finding error(String path, String message) {
        return new Finding(Severity.ERROR, path, message);
    }

    public static Finding warning(String path, String message) {
        return new Finding(Severity.WARNING, path, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + path + ": " + message;
    }
}
