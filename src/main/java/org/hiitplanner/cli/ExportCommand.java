package org.hiitplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export}: groups {@code export pdf}, {@code export csv} and {@code export ics}; a format is required. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "FORMAT",
        description = {"Exports a study as PDF sheets to print, CSV for statistics or iCalendar for the lab "
                + "calendar.",
            "Each writes --out FILE atomically: a temporary file beside it, renamed over FILE when complete."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing format: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
