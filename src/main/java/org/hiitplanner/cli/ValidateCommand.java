package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.TrailFindings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: lists every error and warning of a study file; exit 1 if there is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Checks a study file.",
            "Lists every error and warning with its place in the file "
                + "(a JSON path). Exit code 1 if there is an error (and one line on stderr naming the file), "
                + "0 if there are only warnings or none.",
            "An audit trail that is damaged or does not cover the data (changed outside the program, emptied, cut "
                + "back, an entry added by hand) is an error here; the program itself still opens such a study, "
                + "with a warning."})
final class ValidateCommand implements Callable<Integer> {
    private final StudyFiles files;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    ValidateCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        List<Finding> findings;
        try {
            findings = files.open(study).findings();
        } catch (StudyFileException e) {
            if (e.findings().isEmpty()) {
                throw e;
            }
            findings = e.findings(); // the file is not a study, but the store says where and why
        }
        findings = findings.stream().map(f -> TrailFindings.isTrailFinding(f) && !f.isError()
                ? Finding.error(f.path(), f.message()) : f).toList();
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.println(f.severity().name() + " " + f.path() + ": " + ErrorMessages.oneLine(f.message()));
        }
        long errors = findings.stream().filter(Finding::isError).count();
        out.println(summary(errors, findings.size() - errors));
        if (errors > 0) {
            spec.commandLine().getErr().println(Cli.NAME + ": " + study + ": " + (errors == 1 ? "1 error" : errors
                    + " errors") + " (listed above)");
        }
        return errors > 0 ? ExecutionErrorHandler.USER_ERROR : 0;
    }

    /** "2 errors, 3 warnings", "1 error, 0 warnings". */
    static String summary(long errors, long warnings) {
        return errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}
