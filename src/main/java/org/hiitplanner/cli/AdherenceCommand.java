package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hiitplanner.domain.adherence.Adherence;
import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.adherence.AdherenceReport;
import org.hiitplanner.domain.adherence.Band;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.CsvCells;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code adherence}: interval adherence and session completion per animal, group or week up to a date. */
@Command(name = "adherence", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Shows how closely the protocol was followed, from the session records of a study.",
            "Interval adherence = intervals completed / intervals planned; session completion = completed "
                + "sessions / planned sessions; excused sessions count in neither. Bands from the study settings."},
        footerHeading = "%nColumns:%n",
        footer = "key, intervals_planned, intervals_completed, interval_adherence_pct, interval_band, "
                + "sessions_planned, sessions_completed, session_completion_pct, session_band. "
                + "Percentages and bands are empty when nothing was planned.")
final class AdherenceCommand implements Callable<Integer> {
    /** What one row is about. */
    enum By { ANIMAL, GROUP, WEEK }

    /** Output formats. */
    enum Format { CSV, JSON }

    static final List<String> COLUMNS = List.of("key", "intervals_planned", "intervals_completed",
            "interval_adherence_pct", "interval_band", "sessions_planned", "sessions_completed",
            "session_completion_pct", "session_band");

    private final StudyFiles files;
    private final ScheduleEngine engine;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private java.nio.file.Path study;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "last day counted, yyyy-mm-dd (default: today)")
    private LocalDate asOf;

    @Option(names = "--by", paramLabel = "WHAT", description = "animal, group or week (default: animal)")
    private By by = By.ANIMAL;

    @Option(names = "--format", paramLabel = "FORMAT", description = "csv or json (default: csv)")
    private Format format = Format.CSV;

    AdherenceCommand(StudyFiles files, ScheduleEngine engine, Clock clock) {
        this.files = files;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        Study s = files.openUsable(study);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        AdherenceReport report = new AdherenceCalculator().compute(engine.schedule(s), s.sessionRecords(), day,
                LocalDate.now(clock));
        List<List<String>> rows = rows(report, s.settings().greenPercent(), s.settings().yellowPercent());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(json(rows));
        } else {
            out.println(String.join(",", COLUMNS));
            for (List<String> row : rows) {
                out.println(String.join(",", row.stream().map(AdherenceCommand::csv).toList()));
            }
        }
        if (rows.isEmpty()) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: no planned sessions up to " + day);
        }
        if (report.leftOut() > 0) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: " + leftOut(report.leftOut()) + " up to " + day
                    + ", which the plan does not explain; see validate " + study);
        }
        return 0;
    }

    /** "1 session record left out", "3 session records left out". */
    static String leftOut(int n) {
        return n + (n == 1 ? " session record" : " session records") + " left out";
    }

    private List<List<String>> rows(AdherenceReport report, BigDecimal green, BigDecimal yellow) {
        Map<?, Adherence> figures = switch (by) {
            case ANIMAL -> report.byAnimal();
            case GROUP -> report.byGroup();
            case WEEK -> report.byWeek();
        };
        List<List<String>> rows = new ArrayList<>();
        figures.forEach((key, a) -> rows.add(List.of(key.toString(),
                Integer.toString(a.intervalsPlanned()), Integer.toString(a.intervalsCompleted()),
                percent(a.intervalAdherence()), band(a.intervalBand(green, yellow)),
                Integer.toString(a.sessionsPlanned()), Integer.toString(a.sessionsCompleted()),
                percent(a.sessionCompletion()), band(a.sessionBand(green, yellow)))));
        return rows;
    }

    private static String percent(Optional<BigDecimal> p) {
        return p.map(BigDecimal::toPlainString).orElse("");
    }

    private static String band(Optional<Band> b) {
        return b.map(x -> x.name().toLowerCase()).orElse("");
    }

    private static String csv(String cell) {
        String safe = CsvCells.text(cell);
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private String json(List<List<String>> rows) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (List<String> row : rows) {
            ObjectNode o = array.addObject();
            o.put("key", row.get(0));
            o.put("intervals_planned", Integer.parseInt(row.get(1)));
            o.put("intervals_completed", Integer.parseInt(row.get(2)));
            putDecimal(o, "interval_adherence_pct", row.get(3));
            putText(o, "interval_band", row.get(4));
            o.put("sessions_planned", Integer.parseInt(row.get(5)));
            o.put("sessions_completed", Integer.parseInt(row.get(6)));
            putDecimal(o, "session_completion_pct", row.get(7));
            putText(o, "session_band", row.get(8));
        }
        return mapper.writeValueAsString(array) + System.lineSeparator();
    }

    private static void putDecimal(ObjectNode o, String name, String value) {
        if (value.isEmpty()) {
            o.putNull(name);
        } else {
            o.put(name, new BigDecimal(value));
        }
    }

    private static void putText(ObjectNode o, String name, String value) {
        if (value.isEmpty()) {
            o.putNull(name);
        } else {
            o.put(name, value);
        }
    }
}
