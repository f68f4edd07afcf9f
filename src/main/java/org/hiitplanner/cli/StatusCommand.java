package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hiitplanner.domain.attention.Attention;
import org.hiitplanner.domain.attention.StudyAttention;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code status}: what a PI must not miss in a study, e.g. for a script that mails the lab each morning. */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Lists what a PI must not miss, as of the morning of a day, most urgent first: welfare "
                + "(open body-weight-loss flags; sessions of the last 14 days above the stimulus limit), planned "
                + "step-test days that have passed with results missing (which animals), past sessions without a "
                + "record (how many, which days), animals without a Vmax for the sessions of the next 7 days, and "
                + "for a study being set up what to add next.",
            "Prints nothing when all is well. Exit code 0 whatever the list holds."},
        footerHeading = "%nJSON:%n",
        footer = "{\"study\", \"asOf\", \"items\": [{\"code\", \"text\", \"date\", \"animals\", \"dates\", \"count\", "
                + "\"value\", \"limit\"}]}; code is one of WEIGHT_LOSS_OPEN, STIMULI_ABOVE_LIMIT, "
                + "TEST_RESULTS_MISSING, SESSIONS_NOT_RECORDED, NO_VMAX_AHEAD, ADD_GROUPS, ADD_ANIMALS, "
                + "ADD_TRAINING_GROUP, ADD_TREADMILL, ADD_STEP_TESTS.")
final class StatusCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format { TEXT, JSON }

    private final StudyFiles files;
    private final ScheduleEngine engine;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "the day to report on, yyyy-mm-dd; the days before it are the past (default: today)")
    private LocalDate asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: text)")
    private Format format = Format.TEXT;

    StatusCommand(StudyFiles files, ScheduleEngine engine, Clock clock) {
        this.files = files;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        Study s = files.openUsable(study);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        List<Attention> items = new StudyAttention(engine).check(s, day);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.print(json(day, items));
        } else {
            items.forEach(a -> out.println(a.text()));
        }
        if (items.isEmpty()) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: nothing needs attention in " + study + " on "
                    + day);
        }
        return 0;
    }

    private String json(LocalDate day, List<Attention> items) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("study", study.toString());
        root.put("asOf", day.toString());
        ArrayNode array = root.putArray("items");
        for (Attention a : items) {
            ObjectNode o = array.addObject();
            o.put("code", a.code().name());
            o.put("text", a.text());
            if (a.date() == null) {
                o.putNull("date");
            } else {
                o.put("date", a.date().toString());
            }
            a.animals().forEach(o.putArray("animals")::add);
            ArrayNode dates = o.putArray("dates");
            a.dates().forEach(d -> dates.add(d.toString()));
            o.put("count", a.count());
            o.put("value", a.value());
            o.put("limit", a.limit());
        }
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
