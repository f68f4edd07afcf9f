package org.hiitplanner.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Any failure while a command runs: one line on stderr, "hiit-planner: " and the message; exit code 1. */
final class ExecutionErrorHandler implements IExecutionExceptionHandler {
    static final int USER_ERROR = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        cmd.getErr().println(Cli.NAME + ": " + ErrorMessages.describe(ex));
        cmd.getErr().flush();
        return USER_ERROR;
    }
}
