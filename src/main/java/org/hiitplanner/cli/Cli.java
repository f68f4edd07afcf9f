package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.storage.StudyStore;
import picocli.CommandLine;

/**
 * The command line, {@code hiit-planner COMMAND [OPTIONS]}: {@code demo}, {@code validate}, {@code vmax},
 * {@code schedule}, {@code heats}, {@code adherence}, {@code audit}, {@code record}
 * and {@code export pdf|csv|ics}, over the same services as the desktop program. Exit codes: 0 success, 1 a problem with the
 * input (one line on stderr), 2 wrong usage (picocli's message and a hint). Never prints a stack trace.
 * Each call of {@link #execute} builds its commands afresh, so one Cli may be used many times.
 */
public final class Cli {
    /** The program's name on the command line. */
    public static final String NAME = "hiit-planner";

    private final StudyStore store;
    private final ScheduleEngine engine;
    private final StudyValidator validator;
    private final Clock clock;

    /** With the computer's clock and time zone. */
    public Cli(StudyStore store, ScheduleEngine engine, StudyValidator validator) {
        this(store, engine, validator, Clock.systemDefaultZone());
    }

    /**
     * @param clock the time printed on PDF sheets and stamped on calendar events, and (its zone) the default time
     *              zone of calendar exports
     */
    public Cli(StudyStore store, ScheduleEngine engine, StudyValidator validator, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs one command line; returns its exit code. Output goes to {@code out}, messages to {@code err}. */
    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        try {
            return commandLine(out, err).execute(args);
        } catch (RuntimeException | Error e) {
            // the handlers catch what a command throws; this is for failures outside a command
            err.println(NAME + ": " + ErrorMessages.describe(e));
            return ExecutionErrorHandler.USER_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The picocli command tree, writing to {@code out} and {@code err}. */
    CommandLine commandLine(PrintWriter out, PrintWriter err) {
        StudyFiles files = new StudyFiles(store);
        CommandLine cmd = new CommandLine(new RootCommand())
                .addSubcommand(new DemoCommand(store, validator, clock))
                .addSubcommand(new ValidateCommand(files))
                .addSubcommand(new VmaxCommand())
                .addSubcommand(new ScheduleCommand(files, engine))
                .addSubcommand(new HeatsCommand(files, engine, new HeatPlanner()))
                .addSubcommand(new AdherenceCommand(files, engine, clock))
                .addSubcommand(new AuditCommand(files, engine, clock))
                .addSubcommand(new RecordCommand(files, store, engine, clock))
                .addSubcommand(new WelfareCommand(files, store, clock))
                .addSubcommand(new CommandLine(new ExportCommand())
                        .addSubcommand(new ExportPdfCommand(files, engine, clock))
                        .addSubcommand(new ExportCsvCommand(files, engine))
                        .addSubcommand(new ExportIcsCommand(files, engine, clock)))
                .addSubcommand(new CommandLine.HelpCommand());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.setExecutionExceptionHandler(new ExecutionErrorHandler());
        return cmd;
    }
}
