package org.hiitplanner.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.hiitplanner.app.DemoStudies;
import org.hiitplanner.domain.Finding;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.storage.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: writes the demo study (28 rats in four groups, baseline step tests) to a file; with
 * {@code --in-progress}, the demo in its week 3 on a day, with the records and tests before it and their audit
 * trail.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Writes the demo study to a file.",
            "The demo study: the design of Khoramipour et al. 2025, 28 rats in four groups of "
                + "seven, made-up but reproducible baseline step tests.",
            "With --in-progress, the demo as the window first opens it: in its week 3 on the day given by --today, "
                + "with the week-2 step tests and a record of every session before that day (a few partial, one "
                + "missed, one excused, one welfare event), entered through the audit trail."})
final class DemoCommand implements Callable<Integer> {
    private final StudyStore store;
    private final Clock clock;
    private final StudyValidator validator;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the study file to write, "
            + "e.g. demo.hiit.json")
    private Path out;

    @Option(names = "--start", paramLabel = "DATE", converter = DateConverter.class,
            description = "first training day, yyyy-mm-dd (default: 2026-11-16; not with --in-progress)")
    private LocalDate start;

    @Option(names = "--in-progress", description = "the demo in progress: week 3 on the day of --today")
    private boolean inProgress;

    @Option(names = "--today", paramLabel = "DATE", converter = DateConverter.class,
            description = "with --in-progress: the day the demo is in its week 3, yyyy-mm-dd (default: today)")
    private LocalDate today;

    @Option(names = "--force", description = "replace FILE if it exists")
    private boolean force;

    DemoCommand(StudyStore store, StudyValidator validator, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        if (inProgress && start != null) {
            throw new ParameterException(spec.commandLine(), "--start and --in-progress do not go together: the "
                    + "demo in progress starts two weeks before the week of --today");
        }
        if (!inProgress && today != null) {
            throw new ParameterException(spec.commandLine(), "--today goes with --in-progress");
        }
        OutputFiles.checkCanCreate(out, force);
        Study study = inProgress ? DemoStudies.inProgress(today == null ? LocalDate.now(clock) : today)
                : DemoStudy.create(start == null ? DemoStudy.DEFAULT_START : start);
        List<Finding> errors = validator.validate(study).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the demo study is not valid: " + errors.get(0));
        }
        StudyGate gate = new StudyGate(study, null, clock, () -> "demo");
        gate.sealTrail();
        study = gate.study();
        store.save(study, out);
        spec.commandLine().getOut().printf("Wrote the demo study to %s: %d animals in %d groups, %d weeks from %s"
                + "%s.%n", out, study.animals().size(), study.groups().size(), study.protocol().weekCount(),
                study.startDate(), inProgress ? ", " + study.sessionRecords().size() + " session records" : "");
        return 0;
    }
}
