package org.hiitplanner.cli;

import java.io.IOException;
import java.io.OutputStream;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.AnimalCsv;
import org.hiitplanner.export.CsvOptions;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.ScheduleCsv;
import org.hiitplanner.export.StepTestCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export csv}: the schedule, the step-test results or the animals as CSV. */
@Command(name = "csv", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Writes the schedule, the step-test results or the animals as CSV (UTF-8).",
            "Standard: comma, decimal point. --excel: for Excel in Dutch, Swedish or German: a byte order mark, "
                + "semicolons and decimal commas. Text cells that begin with = + - @, a tab or a carriage return "
                + "get a leading ' so that a spreadsheet does not run them as formulas; numbers stay numbers."},
        footerHeading = "%nColumns:%n",
        footer = {"  schedule  as the schedule command",
            "  tests     animal, group, date, total_s, stages, seconds, vmax_direct,",
            "            vmax, valid, operator, note",
            "  animals   id, group, sex, birth_date, treadmill, status, excluded_from,",
            "            exclusion_reason"})
final class ExportCsvCommand extends ExportSubcommand {
    /** What to export. */
    enum What { SCHEDULE, TESTS, ANIMALS }

    private final ScheduleEngine engine;

    @Option(names = "--what", required = true, paramLabel = "WHAT", description = "schedule, tests or animals")
    private What what;

    @Option(names = "--excel", description = "for Excel with a decimal comma: BOM, ';' and ','")
    private boolean excel;

    ExportCsvCommand(StudyFiles files, ScheduleEngine engine) {
        super(files);
        this.engine = engine;
    }

    @Override
    String export(Study s) throws CliException {
        CsvOptions options = excel ? CsvOptions.EXCEL_EUROPE : CsvOptions.STANDARD;
        int rows = switch (what) {
            case SCHEDULE -> write(o -> new ScheduleCsv().write(engine.schedule(s), options, o, Progress.NONE));
            case TESTS -> write(o -> new StepTestCsv().write(s, options, o, Progress.NONE));
            case ANIMALS -> write(o -> new AnimalCsv().write(s, options, o, Progress.NONE));
        };
        String noun = switch (what) {
            case SCHEDULE -> "session";
            case TESTS -> "step-test result";
            case ANIMALS -> "animal";
        };
        return "Wrote " + rows + " " + noun + (rows == 1 ? "" : "s") + " to " + out
                + (excel ? " (for Excel: semicolons and decimal commas)." : ".");
    }

    /** Writes {@link #out} atomically; returns the number of rows. */
    private int write(Rows rows) throws CliException {
        int[] count = {0};
        OutputFiles.writeBytes(out, o -> count[0] = rows.writeTo(o));
        return count[0];
    }

    /** Writes rows to a stream and says how many. */
    @FunctionalInterface
    private interface Rows {
        int writeTo(OutputStream out) throws IOException;
    }
}
