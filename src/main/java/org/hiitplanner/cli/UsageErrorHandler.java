package org.hiitplanner.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A usage error: picocli's message, a suggestion for a mistyped name, the synopsis and a hint; exit code 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
    private static final String USAGE = "Usage: ";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + ErrorMessages.oneLine(message(ex)));
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.print(USAGE + cmd.getHelp().synopsis(USAGE.length()));
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Picocli's message; for a decimal option, "--start: 10,5 is not a number; type 10.5 (a point, not a comma)". */
    private static String message(ParameterException ex) {
        if (ex.getCause() instanceof DecimalConverter.NotADecimal bad
                && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + ": " + bad.getMessage();
        }
        return ex.getMessage();
    }
}
