package org.hiitplanner.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.export.pdf.PdfKind;
import org.hiitplanner.export.pdf.PdfRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export pdf}: a printable sheet. */
@Command(name = "pdf", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes a printable sheet as PDF.",
            "day: a day's run sheet, per treadmill its heats as the heats command plans them, with the belt's "
                + "speeds, each animal's lane and fields to fill in (--date). "
                + "animal: one animal's whole schedule (--animal). steptest: a test day's sheet with the stage "
                + "table (--date). week: all animals × the sessions of the week that contains --date."})
final class ExportPdfCommand extends ExportSubcommand {
    private final ScheduleEngine engine;
    private final Clock clock;

    @Option(names = "--kind", required = true, paramLabel = "KIND", description = "day, animal, steptest or week")
    private PdfKind kind;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "the day (day, steptest) or any day of the week (week), yyyy-mm-dd")
    private LocalDate date;

    @Option(names = "--animal", paramLabel = "ID", description = "the animal (animal)")
    private String animal;

    @Option(names = "--paper", paramLabel = "PAPER", description = "a4 or letter (default: a4)")
    private Paper paper = Paper.A4;

    ExportPdfCommand(StudyFiles files, ScheduleEngine engine, Clock clock) {
        super(files);
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    void checkOptions() {
        String k = name(kind);
        if (kind == PdfKind.ANIMAL) {
            if (animal == null) {
                throw usage("--kind animal needs --animal ID");
            }
            if (date != null) {
                throw usage("--date is not used with --kind animal (the sheet covers the whole study)");
            }
        } else {
            if (date == null) {
                throw usage("--kind " + k + " needs --date DATE (yyyy-mm-dd)");
            }
            if (animal != null) {
                throw usage("--animal is only used with --kind animal, not with --kind " + k);
            }
        }
    }

    @Override
    String export(Study s) throws CliException {
        if (animal != null && s.animal(animal).isEmpty()) {
            throw new CliException("no animal " + animal + " in " + study);
        }
        Path name = study.getFileName();
        PdfRequest request = new PdfRequest(kind, date, animal, paper, name == null ? study.toString()
                : name.toString(), clock.instant(), clock.getZone());
        OutputFiles.writeBytes(out, o -> new PdfExporter(engine).write(s, request, o, Progress.NONE));
        noteAnEmptyDay(s);
        String what = switch (kind) {
            case ANIMAL -> "the sheet of animal " + animal;
            case DAY -> "the day sheet of " + date;
            case STEPTEST -> "the step-test sheet of " + date;
            case WEEK -> "the sheet of the week of " + date;
        };
        return "Wrote " + what + " (" + name(paper) + ") to " + out + ".";
    }

    /** A note on stderr when the sheet's day has nothing planned: probably a mistyped date. */
    private void noteAnEmptyDay(Study s) {
        String note = null;
        if (kind == PdfKind.DAY && engine.schedule(s, ScheduleQuery.day(date)).isEmpty()) {
            note = "no training sessions on " + date + " (the study runs from " + s.startDate() + " to "
                    + s.endDate() + ")";
        } else if (kind == PdfKind.STEPTEST && !s.stepTestProtocol().plannedDays().contains(date)) {
            note = date + " is not a planned step-test day (planned: " + s.stepTestProtocol().plannedDays().stream()
                    .map(LocalDate::toString).collect(Collectors.joining(", ")) + ")";
        }
        if (note != null) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: " + note);
        }
    }

    private static String name(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
