package org.hiitplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hiit-planner}: only lists the commands; a command is required. */
@Command(name = Cli.NAME, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Plans high-intensity interval treadmill training for rats and mice: Vmax from step tests, "
                + "each animal's speeds for every session, checks of a study file, exports as PDF, CSV and iCalendar.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success", "  1  a problem with the input (message on stderr)",
            "  2  wrong usage of the command"})
final class RootCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
