package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code audit}: lists the audit trail of a study, or checks its hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lists the audit trail of a study: every change with its time, operator, what, old and new "
                + "value and reason.",
            "With --verify, checks the hash chain instead: exit code 1 and the first bad entry when an entry was "
                + "edited, removed or reordered."})
final class AuditCommand implements Callable<Integer> {
    private final StudyFiles files;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--verify", description = "check the hash chain; exit 1 when it is broken")
    private boolean verify;

    AuditCommand(StudyFiles files) {
        this.files = files;
    }

    @Override
    public Integer call() throws Exception {
        AuditLog log = files.open(study).study().auditLog();
        PrintWriter out = spec.commandLine().getOut();
        if (verify) {
            Optional<AuditProblem> problem = log.verify();
            if (problem.isPresent()) {
                throw new CliException(study + ": audit trail broken: " + problem.get().message());
            }
            out.println("audit trail intact: " + log.size() + (log.size() == 1 ? " entry" : " entries"));
            return 0;
        }
        for (AuditEntry e : log.entries()) {
            out.println(e.sequence() + "\t" + e.at() + "\t" + oneLine(e.operator()) + "\t" + oneLine(e.what()) + "\t"
                    + oneLine(e.oldValue()) + " -> " + oneLine(e.newValue())
                    + (e.reason().isEmpty() ? "" : "\treason: " + oneLine(e.reason())));
        }
        if (log.size() == 0) {
            spec.commandLine().getErr().println(Cli.NAME + ": note: the audit trail of " + study + " is empty");
        }
        return 0;
    }

    private static String oneLine(String text) {
        return ErrorMessages.oneLine(text);
    }
}
