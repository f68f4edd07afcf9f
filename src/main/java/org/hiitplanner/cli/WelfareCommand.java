package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.app.Outcome;
import org.hiitplanner.app.Refusal;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.welfare.WelfareFlag;
import org.hiitplanner.storage.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code welfare}: the open welfare flags of a study, and a PI's clearance of a body-weight-loss flag. */
@Command(name = "welfare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Lists the welfare flags: sessions above the stimulus limit, and animals whose body weight "
                + "fell to the endpoint below their baseline (first recorded weight) and that no PI has cleared.",
            "With --clear, a PI clears an animal's weight-loss flag with a reason; the study is saved at once and "
                + "the clearance is appended to the audit trail. A later weighing beyond the endpoint flags it again."})
final class WelfareCommand implements Callable<Integer> {
    private final StudyFiles files;
    private final StudyStore store;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--clear", paramLabel = "ANIMAL", description = "clear this animal's weight-loss flag")
    private String clear;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why the animal may go on (with --clear)")
    private String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "the PI who clears the flag (with --clear)")
    private String by;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "with --clear: while another program has the study open for writing, wait up to this long")
    private int waitSeconds;

    WelfareCommand(StudyFiles files, StudyStore store, Clock clock) {
        this.files = files;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (clear != null) {
            return clear();
        }
        Study s = files.openUsable(study);
        Map<String, List<WelfareFlag>> flags = new TreeMap<>(new WelfareCheck().flagsByAnimal(s.sessionRecords(),
                s.welfareClearances(), s.settings().welfare()));
        PrintWriter out = spec.commandLine().getOut();
        flags.values().forEach(list -> list.forEach(f -> out.println(f.animalId() + "\t" + f.date() + "\t"
                + f.kind().name().toLowerCase().replace('_', ' ') + "\t" + f.message())));
        if (flags.isEmpty()) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: no welfare flags in " + study);
        }
        return 0;
    }

    private int clear() throws Exception {
        if (reason == null || reason.isBlank() || by == null || by.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--clear needs --reason TEXT and --by NAME (the PI)");
        }
        try (LockedStudy locked = LockedStudy.open(files, store, study, by.strip(), clock, waitSeconds,
                spec.commandLine().getErr())) {
            if (locked.study().animal(clear).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--clear: animal \"" + clear + "\" is not in "
                        + study);
            }
            return clear(locked.gate(by::strip));
        }
    }

    private int clear(StudyGate gate) throws Exception {
        Outcome outcome = gate.clearWeightFlag(clear, reason);
        if (outcome.error().isPresent()) {
            throw new CliException(outcome.error().get().kind() == Refusal.Kind.NOT_SAVED ? study + ": "
                    + outcome.error().get().message() : outcome.error().get().message());
        }
        LocalDate through = outcome.after().welfareClearances().get(outcome.after().welfareClearances().size() - 1)
                .coversThrough();
        spec.commandLine().getOut().println("Cleared the weight-loss flag of " + clear + " (weighings up to "
                + through + ") in " + study);
        return 0;
    }
}
