package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.export.HeatCsv;
import org.hiitplanner.export.HeatJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heats}: which animals run together on each treadmill on one day, in which order, lanes and speeds. */
@Command(name = "heats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Plans the heats of one day: the animals that run together on each treadmill.",
            "On a single belt every phase of a heat runs at one speed, the rounded midpoint of the animals' own "
                + "speeds. Heats are the fewest that keep every animal's high speed within the tolerance, then "
                + "the ones with the smallest spread (fastest minus slowest own high speed, summed over heats). "
                + "On independent lanes every animal runs its own speeds. Animals without Vmax are listed, not "
                + "placed."},
        footerHeading = "%nCSV columns:%n",
        footer = "treadmill, date, heat, start, end, lane, animal, group, then for high, warmup, low and cooldown: "
                + "<phase>_speed (own), run_<phase>_speed (what the lane runs), <phase>_deviation (run - own); "
                + "total_s, note. Animals in no heat have empty heat, lane and speeds and the reason in note.")
final class HeatsCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { TEXT, CSV, JSON }

    /** Run orders as written on the command line. */
    enum Order { COUNTERBALANCED, RANDOM }

    private final StudyFiles files;
    private final ScheduleEngine engine;
    private final StudyHeats heats;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "the day, yyyy-mm-dd")
    private LocalDate date;

    @Option(names = "--treadmill", paramLabel = "NAME", description = "only this treadmill (default: every "
            + "treadmill with animals on the day)")
    private String treadmill;

    @Option(names = "--tolerance", paramLabel = "TOL", converter = ToleranceConverter.class,
            description = "how far the belt's high speed may be from each animal's own: a percent of it, e.g. 5%%, "
                    + "or m/min, e.g. 1.0 (default: the study's heat settings)")
    private Tolerance tolerance;

    @Option(names = "--changeover", paramLabel = "MIN", description = "minutes between heats (default: the "
            + "treadmill profile's)")
    private Integer changeover;

    @Option(names = "--window", paramLabel = "START-END", converter = WindowConverter.class,
            description = "when the room is free, e.g. 08:00-12:00; the first heat starts at its start (default: the "
                    + "treadmill profile's, or 08:00 and no end)")
    private DayWindow window;

    @Option(names = "--order", paramLabel = "ORDER", description = "counterbalanced (heat order and lanes rotate "
            + "with the session number) or random (reproducible from --seed and the date); default: the study's")
    private Order order;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the random order (default: the study's)")
    private Long seed;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text, csv or json (default: text)")
    private Format format = Format.TEXT;

    HeatsCommand(StudyFiles files, ScheduleEngine engine, HeatPlanner planner) {
        this.files = files;
        this.engine = engine;
        this.heats = new StudyHeats(planner);
    }

    @Override
    public Integer call() throws Exception {
        checkChangeover();
        Study s = files.openUsable(study);
        List<Treadmill> treadmills = treadmills(s);
        List<PlannedSession> sessions = engine.schedule(s, ScheduleQuery.day(date));
        List<HeatPlan> plans = new ArrayList<>();
        for (Treadmill t : treadmills) {
            List<PlannedSession> on = StudyHeats.sessionsOn(sessions, t);
            if (!on.isEmpty()) {
                plans.add(heats.plan(s, on, t, options(StudyHeats.options(s, t))));
            }
        }
        write(plans, sessions, plans.isEmpty() ? options(HeatOptions.of(s.settings().heats()))
                : plans.get(0).options());
        if (plans.isEmpty()) {
            note(sessions.isEmpty() ? NoSessions.why(s, date)
                    : "no animal trains on treadmill " + treadmill + " on " + date);
        }
        return 0;
    }

    private void checkChangeover() {
        if (changeover != null && (changeover < 0 || changeover > 24 * 60)) {
            throw new ParameterException(spec.commandLine(), "--changeover must be between 0 and 1440 minutes (was "
                    + changeover + ")");
        }
    }

    /** The study's options for a treadmill with the flags given on the command line. */
    private HeatOptions options(HeatOptions study) {
        HeatOptions o = study;
        if (tolerance != null) {
            o = o.withTolerance(tolerance);
        }
        if (changeover != null) {
            o = o.withChangeoverSeconds(changeover * 60);
        }
        if (window != null) {
            o = o.withWindow(window);
        }
        RunOrder runOrder = order == null ? o.order()
                : order == Order.RANDOM ? RunOrder.SEEDED_RANDOM : RunOrder.COUNTERBALANCED;
        return o.withOrder(runOrder, seed == null ? o.seed() : seed);
    }

    private List<Treadmill> treadmills(Study s) throws CliException {
        if (treadmill == null) {
            return s.treadmills();
        }
        return List.of(s.treadmills().stream().filter(t -> t.name().equals(treadmill)).findFirst()
                .orElseThrow(() -> new CliException("no treadmill \"" + treadmill + "\" in " + study
                        + "; its treadmills: " + String.join(", ", s.treadmills().stream().map(Treadmill::name)
                        .toList()))));
    }

    private void write(List<HeatPlan> plans, List<PlannedSession> sessions, HeatOptions options) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case CSV -> new HeatCsv().write(plans, out);
            case JSON -> new HeatJson().write(date, options, plans, out);
            default -> {
                if (!plans.isEmpty()) {
                    HeatsText.write(out, date, sessions.get(0), options, plans);
                }
            }
        }
        out.flush();
    }

    private void note(String message) {
        spec.commandLine().getErr().println(Cli.NAME + ": note: " + message);
    }
}
