package org.hiitplanner.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.ScheduleCsv;
import org.hiitplanner.export.ScheduleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code schedule}: every planned session of a study as CSV or JSON, one row per animal per session. */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Lists the planned sessions of a study as CSV or JSON.",
            "One row per animal per session, by date then animal, with the Vmax in force and the speeds "
                + "(m/min) and durations (s) of each phase."},
        footerHeading = "%nColumns:%n",
        footer = "animal, group, treadmill, date, week, session, vmax, vmax_test_date, warmup_speed, high_speed, "
                + "low_speed, cooldown_speed, intervals, warmup_s, high_s, low_s, cooldown_s, total_s, distance_m, "
                + "warnings. A session without Vmax has empty speeds and distance.")
final class ScheduleCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { CSV, JSON }

    private final StudyFiles files;
    private final ScheduleEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--animal", paramLabel = "ID", description = "only this animal")
    private String animal;

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "first day, yyyy-mm-dd (default: the start of the study)")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "last day, yyyy-mm-dd (default: the end of the study)")
    private LocalDate to;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: csv)")
    private Format format = Format.CSV;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output; "
            + "an existing FILE is replaced")
    private Path out;

    ScheduleCommand(StudyFiles files, ScheduleEngine engine) {
        this.files = files;
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        if (from != null && to != null && to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        if (out != null) {
            OutputFiles.checkNotTheStudy(out, study);
        }
        Study s = files.openUsable(study);
        Optional<Animal> chosen = chosenAnimal(s);
        List<PlannedSession> sessions = engine.schedule(s, new ScheduleQuery(animal, from, to));
        if (out == null) {
            write(sessions, spec.commandLine().getOut());
        } else {
            OutputFiles.write(out, w -> write(sessions, w));
            spec.commandLine().getOut().printf("Wrote %d sessions to %s.%n", sessions.size(), out);
        }
        if (sessions.isEmpty()) {
            note(whyEmpty(s, chosen));
        }
        return 0;
    }

    private void write(List<PlannedSession> sessions, Writer writer) throws IOException {
        if (format == Format.JSON) {
            new ScheduleJson().write(sessions, writer);
        } else {
            new ScheduleCsv().write(sessions, writer);
        }
    }

    private Optional<Animal> chosenAnimal(Study s) throws CliException {
        if (animal == null) {
            return Optional.empty();
        }
        Optional<Animal> a = s.animal(animal);
        if (a.isEmpty()) {
            throw new CliException("no animal " + animal + " in " + study);
        }
        return a;
    }

    private String whyEmpty(Study s, Optional<Animal> chosen) {
        if (chosen.isPresent()) {
            Animal a = chosen.get();
            if (s.group(a.group()).filter(Group::trains).isEmpty()) {
                return "animal " + a.id() + " is in group " + a.group() + ", which does not train: no sessions";
            }
            if (a.excluded().isPresent()) {
                return "animal " + a.id() + " is excluded from " + a.exclusion().from() + ": no sessions";
            }
        }
        LocalDate first = from == null ? s.startDate() : from;
        return "no sessions between " + first + " and " + (to == null ? s.endDate() : to);
    }

    private void note(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Cli.NAME + ": note: " + message);
    }
}
