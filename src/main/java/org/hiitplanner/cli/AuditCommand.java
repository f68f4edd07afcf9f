package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditProblem;
import org.hiitplanner.domain.audit.TrailHead;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.AuditCsv;
import org.hiitplanner.export.CsvOptions;
import org.hiitplanner.export.Progress;
import org.hiitplanner.export.pdf.AuditRequest;
import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.storage.TrailFindings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit}: lists the audit trail of a study as text or CSV, prints it as PDF, or checks its hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Lists the audit trail of a study: every change with its time, operator, what, old and new "
                + "value and reason.",
            "--format csv lists it as CSV instead (sequence, at in UTC, operator, what, old, new, reason, previousHash, "
                + "hash). The listing goes to stdout, or to --out FILE. --pdf FILE prints the trail as a PDF sheet "
                + "with a line saying whether the chain is intact; with --pdf alone no listing is written.",
            "With --verify, checks the trail instead: exit code 1 and what is wrong when an entry was edited, "
                + "removed, reordered or added by hand, when the trail was emptied or cut back, or when the study's "
                + "data differ from what its last entry sealed. It prints the trail's head (entry count and a short "
                + "hash, e.g. \"561 · 3fa2c9e1\"); keep it outside the file (a lab notebook) and give it to "
                + "--expect HEAD later: exit code 1 when the trail's head is not HEAD.",
            "Files are written atomically; an existing file is replaced only with --force."})
final class AuditCommand implements Callable<Integer> {
    /** The form of the listing. */
    enum Format { TEXT, CSV }

    private final StudyFiles files;
    private final ScheduleEngine engine;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--verify", description = "check the hash chain; exit 1 when it is broken")
    private boolean verify;

    @Option(names = "--expect", paramLabel = "HEAD", description = "with --verify: the head the trail must have, "
            + "e.g. \"561 · 3fa2c9e1\" or 561:3fa2c9e1; exit 1 when it differs")
    private String expect;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or csv (default: text)")
    private Format format;

    @Option(names = "--excel", description = "with --format csv: for Excel with a decimal comma (BOM and ';')")
    private boolean excel;

    @Option(names = "--out", paramLabel = "FILE", description = "write the listing to FILE instead of stdout")
    private Path out;

    @Option(names = "--pdf", paramLabel = "FILE", description = "write the audit trail as a PDF sheet to FILE")
    private Path pdf;

    @Option(names = "--paper", paramLabel = "PAPER", description = "with --pdf: a4 or letter (default: a4)")
    private Paper paper;

    @Option(names = "--force", description = "replace --out or --pdf FILE if it exists")
    private boolean force;

    AuditCommand(StudyFiles files, ScheduleEngine engine, Clock clock) {
        this.files = files;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        checkOptions();
        for (Path file : new Path[] {out, pdf}) {
            if (file != null) {
                OutputFiles.checkNotTheStudy(file, study);
                OutputFiles.checkCanCreate(file, force);
            }
        }
        StudyFiles.Opened opened = files.open(study);
        Study s = opened.study();
        AuditLog log = s.auditLog();
        PrintWriter stdout = spec.commandLine().getOut();
        if (verify) {
            return verify(log, opened, stdout);
        }
        if (out != null) {
            OutputFiles.write(out, w -> list(log, w));
            stdout.println("Wrote " + entries(log.size()) + " to " + out + (format == Format.CSV ? " as CSV" : "")
                    + ".");
        } else if (pdf == null) {
            list(log, stdout);
        }
        if (pdf != null) {
            writePdf(s, log, stdout);
        }
        if (log.size() == 0) {
            note("the audit trail of " + study + " is empty");
        }
        return 0;
    }

    private void checkOptions() {
        if (expect != null && !verify) {
            throw usage("--expect is only used with --verify");
        }
        if (verify && (format != null || out != null || pdf != null || excel || paper != null)) {
            throw usage("--verify only checks the chain; it cannot be combined with --format, --out, --pdf, "
                    + "--excel or --paper");
        }
        if (excel && format != Format.CSV) {
            throw usage("--excel is only used with --format csv");
        }
        if (paper != null && pdf == null) {
            throw usage("--paper is only used with --pdf FILE");
        }
        if (force && out == null && pdf == null) {
            throw usage("--force is only used with --out or --pdf");
        }
        if (format != null && pdf != null && out == null) {
            throw usage("--format is for the listing, which --pdf alone does not write: add --out FILE");
        }
        if (out != null && pdf != null && out.toAbsolutePath().normalize().equals(pdf.toAbsolutePath().normalize())) {
            throw usage("--out and --pdf name the same file " + out + "; give two file names");
        }
    }

    private int verify(AuditLog log, StudyFiles.Opened opened, PrintWriter stdout) throws CliException {
        Optional<Finding> problem = opened.findings().stream().filter(TrailFindings::isTrailFinding).findFirst();
        if (problem.isPresent()) {
            throw new CliException(study + ": audit trail broken at " + problem.get().path() + ": "
                    + problem.get().message() + " (head " + log.head() + ")");
        }
        if (expect != null && !TrailHead.matches(log, expect)) {
            throw new CliException(study + ": the audit trail's head is " + log.head() + ", not " + expect.strip()
                    + " as expected: " + TrailHead.why(log, expect));
        }
        stdout.println("audit trail intact: " + entries(log.size()) + ", head " + log.head()
                + (log.lastSealed() ? "; it seals the study's data" : ""));
        return 0;
    }

    /** The listing: one tab-separated line per entry, or CSV. */
    private void list(AuditLog log, Writer w) throws java.io.IOException {
        if (format == Format.CSV) {
            new AuditCsv().write(log.entries(), excel ? CsvOptions.EXCEL_EUROPE : CsvOptions.STANDARD, w,
                    Progress.NONE);
            w.flush();
            return;
        }
        PrintWriter lines = w instanceof PrintWriter p ? p : new PrintWriter(w);
        for (AuditEntry e : log.entries()) {
            lines.println(e.sequence() + "\t" + e.at() + "\t" + oneLine(e.operator()) + "\t" + oneLine(e.what())
                    + "\t" + oneLine(e.oldValue()) + " -> " + oneLine(e.newValue())
                    + (e.reason().isEmpty() ? "" : "\treason: " + oneLine(e.reason())));
        }
        lines.flush();
    }

    private void writePdf(Study s, AuditLog log, PrintWriter stdout) throws CliException {
        Path name = study.getFileName();
        AuditRequest request = AuditRequest.all(log, paper == null ? Paper.A4 : paper,
                name == null ? study.toString() : name.toString(), clock.instant(), clock.getZone());
        OutputFiles.writeBytes(pdf, o -> new PdfExporter(engine).writeAudit(s, request, o, Progress.NONE));
        Optional<AuditProblem> problem = log.verify();
        stdout.println("Wrote the audit trail (" + entries(log.size()) + ", chain "
                + (problem.isPresent() ? "broken" : "intact") + ") to " + pdf + ".");
        problem.ifPresent(p -> note("the audit trail is broken: " + p.message()));
    }

    private static String entries(int n) {
        return n + (n == 1 ? " entry" : " entries");
    }

    private void note(String text) {
        spec.commandLine().getErr().println(Cli.NAME + ": note: " + text);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String oneLine(String text) {
        return ErrorMessages.oneLine(text);
    }
}
