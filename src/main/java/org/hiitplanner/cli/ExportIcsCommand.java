package org.hiitplanner.cli;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.IcsExporter;
import org.hiitplanner.export.IcsOptions;
import org.hiitplanner.export.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export ics}: training sessions and planned step-test days as an iCalendar file. */
@Command(name = "ics", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes the training sessions and the planned step-test days as an iCalendar file "
                + "(.ics) for a calendar program.",
            "Training events are timed by the day's heats (as the run sheet and the heats command plan them): an "
                + "animal's event starts with its heat and lasts as long as its session; a treadmill's event runs "
                + "from its first heat to the end of its last, changeovers included. Step-test days are all-day "
                + "events. Importing a newer file updates the events instead of adding copies."})
final class ExportIcsCommand extends ExportSubcommand {
    /** One event per animal per session, or per treadmill per day. */
    enum Per { ANIMAL, TREADMILL }

    private final ScheduleEngine engine;
    private final Clock clock;

    @Option(names = "--per", paramLabel = "WHAT", description = "animal (one event per animal per session) or "
            + "treadmill (one per treadmill per training day); default: animal")
    private Per per = Per.ANIMAL;

    @Option(names = "--day-start", paramLabel = "TIME", converter = TimeConverter.class,
            description = "start of the first heat of every day, hh:mm (default: each treadmill's day window, or "
                    + "08:00)")
    private LocalTime dayStart;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "the lab's time zone, e.g. Europe/Amsterdam (default: this computer's)")
    private ZoneId zone;

    ExportIcsCommand(StudyFiles files, ScheduleEngine engine, Clock clock) {
        super(files);
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    String export(Study s) throws CliException {
        IcsOptions.Grouping grouping = per == Per.ANIMAL ? IcsOptions.Grouping.PER_ANIMAL
                : IcsOptions.Grouping.PER_TREADMILL;
        ZoneId z = zone == null ? clock.getZone() : zone;
        IcsOptions options = new IcsOptions(grouping, z, dayStart, clock.instant());
        IcsExporter.Result[] result = {null};
        OutputFiles.writeBytes(out, o -> result[0] = new IcsExporter(engine).write(s, options, o, Progress.NONE));
        IcsExporter.Result r = result[0];
        return "Wrote " + r.events() + (r.events() == 1 ? " event" : " events") + " to " + out + ": "
                + r.trainingEvents() + " training " + (per == Per.ANIMAL ? "sessions" : "days per treadmill")
                + ", " + r.stepTestEvents() + " step-test " + (r.stepTestEvents() == 1 ? "day" : "days")
                + "; training starts " + (dayStart == null ? "with the heats" : "at " + dayStart) + " "
                + z.getId() + ".";
    }
}
