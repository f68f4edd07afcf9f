package org.hiitplanner.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.study.Study;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What every {@code export FORMAT} command shares: the study file, {@code --out FILE} (written atomically, never the
 * study itself), checks of the options before the study is opened, and one line on stdout when done.
 */
abstract class ExportSubcommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    Path study;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write; an existing "
            + "FILE is replaced")
    Path out;

    private final StudyFiles files;

    ExportSubcommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public final Integer call() throws Exception {
        checkOptions();
        OutputFiles.checkNotTheStudy(out, study);
        Study s = files.openUsable(study);
        OutputFiles.checkCanCreate(out, true);
        String done = export(s);
        // the head of the audit trail as the export was made: an anchor to keep outside the study file
        spec.commandLine().getOut().println(done + " Audit trail: " + s.auditLog().head() + ".");
        return 0;
    }

    /** Throws a usage error (exit 2) for options that do not fit together. */
    void checkOptions() {
    }

    /** Writes {@link #out}; returns the line to print, e.g. "Wrote 28 animals to animals.csv.". */
    abstract String export(Study s) throws Exception;

    ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
