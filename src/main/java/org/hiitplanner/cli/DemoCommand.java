package org.hiitplanner.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.storage.StudyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: writes the demo study (28 rats in four groups, baseline step tests) to a file. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Writes the demo study to a file.",
            "The demo study: the design of Khoramipour et al. 2025, 28 rats in four groups of "
                + "seven, made-up but reproducible baseline step tests."})
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
            description = "first training day, yyyy-mm-dd (default: ${DEFAULT-VALUE})")
    private LocalDate start = DemoStudy.DEFAULT_START;

    @Option(names = "--force", description = "replace FILE if it exists")
    private boolean force;

    DemoCommand(StudyStore store, StudyValidator validator, Clock clock) {
        this.clock = clock;
        this.store = store;
        this.validator = validator;
    }

    @Override
    public Integer call() throws Exception {
        OutputFiles.checkCanCreate(out, force);
        Study study = DemoStudy.create(start);
        List<Finding> errors = validator.validate(study).stream().filter(Finding::isError).toList();
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the demo study is not valid: " + errors.get(0));
        }
        StudyGate gate = new StudyGate(study, null, clock, () -> "demo");
        gate.sealTrail();
        study = gate.study();
        store.save(study, out);
        spec.commandLine().getOut().printf("Wrote the demo study to %s: %d animals in %d groups, %d weeks from %s.%n",
                out, study.animals().size(), study.groups().size(), study.protocol().weekCount(), start);
        return 0;
    }
}
