package org.hiitplanner.cli;

/**
 * A problem the user can fix (a missing file, an unknown animal, a test without Vmax): the command prints the
 * message on one line after "hiit-planner: " and exits with 1.
 */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }

    CliException(String message, Throwable cause) {
        super(message, cause);
    }
}
