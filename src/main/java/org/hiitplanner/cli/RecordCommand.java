package org.hiitplanner.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;


import org.hiitplanner.app.RecordEntry;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordProblem;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code record}: records what happened in planned sessions, one from options or many from a CSV file. A correction
 * is a new record (the latest counts); every record is appended to the audit trail, and the study is saved
 * atomically before the command returns.
 */
@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Records what happened in planned sessions: one session from the options, or many from a "
                + "CSV file (--csv). The study is saved at once (atomically, the previous file kept as .bak).",
            "A session that already has a record is corrected only with --reason (in the CSV: the reason column): "
                + "the correction is a new record, the latest counts; every record is appended to the audit trail.",
            "With --csv every row is checked first; if any row is bad, each bad line is named and nothing is saved."},
        footerHeading = "%nCSV columns:%n",
        footer = {"  animal, date, status (required); intervals, stimuli, grid_seconds, weight_g, notes, reason "
                + "(optional). Header row required, UTF-8, comma-separated. Empty intervals of a completed session "
                + "means the planned number."})
final class RecordCommand implements Callable<Integer> {
    static final List<String> CSV_COLUMNS = SessionCsv.COLUMNS;
    private static final int MAX_LINES_REPORTED = 20;

    private final StudyFiles files;
    private final StudyStore store;
    private final ScheduleEngine engine;
    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STUDY", description = "the study file, e.g. study.hiit.json")
    private Path study;

    @Option(names = "--animal", paramLabel = "ID", description = "the animal, e.g. R15")
    private String animal;

    @Option(names = "--date", paramLabel = "DATE", converter = DateConverter.class,
            description = "the day of the session, yyyy-mm-dd")
    private LocalDate date;

    @Option(names = "--completed", description = "completed as planned: all planned intervals")
    private boolean completed;

    @Option(names = "--status", paramLabel = "STATUS", description = "completed, partial, missed or excused")
    private SessionStatus status;

    @Option(names = "--intervals", paramLabel = "N",
            description = "intervals completed (default: the planned number when completed, 0 when missed or excused)")
    private Integer intervals;

    @Option(names = "--stimuli", paramLabel = "N", description = "stimulus count (default: 0)")
    private Integer stimuli;

    @Option(names = "--grid-seconds", paramLabel = "N", description = "seconds on the grid (default: 0)")
    private Integer gridSeconds;

    @Option(names = "--weight", paramLabel = "G", description = "body weight in g")
    private BigDecimal weight;

    @Option(names = "--notes", paramLabel = "TEXT", description = "free-text notes")
    private String notes;

    @Option(names = "--reason", paramLabel = "TEXT",
            description = "why an existing record is corrected; also the reason of an excused session")
    private String reason;

    @Option(names = "--csv", paramLabel = "FILE", description = "record many sessions from a CSV file")
    private Path csv;

    @Option(names = "--operator", required = true, paramLabel = "NAME", description = "who ran or entered it")
    private String operator;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "0",
            description = "while another program has the study open for writing, wait up to this long (default: 0)")
    private int waitSeconds;

    RecordCommand(StudyFiles files, StudyStore store, ScheduleEngine engine, Clock clock) {
        this.files = files;
        this.store = store;
        this.engine = engine;
        this.clock = clock;
    }

    /** A checked record, the one it replaces (or null) and its short description. */
    private record Change(SessionRecord record, SessionRecord replaced, String reason) {
    }

    @Override
    public Integer call() throws Exception {
        checkUsage();
        try (LockedStudy locked = LockedStudy.open(files, store, study, operator.strip(), clock, waitSeconds,
                spec.commandLine().getErr())) {
            return record(locked);
        }
    }

    private int record(LockedStudy locked) throws Exception {
        Study s = locked.study();
        Instant now = clock.instant();
        List<PlannedSession> plan = engine.schedule(s);
        // the gate checks the records against the same plan instead of planning the study a second time
        locked.usePlan(plan);
        Checker checker = new Checker(s, RecordRules.of(s, plan, LocalDate.now(clock)), now);
        PrintWriter out = spec.commandLine().getOut();
        if (csv == null) {
            RecordInput in = new RecordInput(animal.strip(), date, completed ? SessionStatus.COMPLETED : status, intervals,
                    stimuli, gridSeconds, weight, notes, reason);
            Change change;
            try {
                change = checker.check(in);
            } catch (IllegalArgumentException e) {
                throw new CliException(study + ": " + ErrorMessages.oneLine(e.getMessage()));
            }
            save(locked, List.of(change));
            SessionRecord r = change.record();
            out.println("Recorded 1 session (" + r.animalId() + ", " + r.date() + ", " + summary(r, checker) + ") in "
                    + study + (change.replaced() == null ? "" : ", replacing the earlier record"));
            return 0;
        }
        List<Change> changes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new SessionCsv(csv).read(in -> changes.add(checker.check(in)), problems);
        if (!problems.isEmpty()) {
            // one line per bad CSV line, nothing else: the study file is not touched
            PrintWriter err = spec.commandLine().getErr();
            problems.stream().limit(MAX_LINES_REPORTED).forEach(p -> err.println(Cli.NAME + ": " + p));
            if (problems.size() > MAX_LINES_REPORTED) {
                err.println(Cli.NAME + ": and " + (problems.size() - MAX_LINES_REPORTED) + " more bad lines");
            }
            err.flush();
            return ExecutionErrorHandler.USER_ERROR;
        }
        if (changes.isEmpty()) {
            throw new CliException(csv + ": no sessions to record (only the header row)");
        }
        save(locked, changes);
        long replaced = changes.stream().filter(c -> c.replaced() != null).count();
        out.println("Recorded " + changes.size() + (changes.size() == 1 ? " session" : " sessions") + " from " + csv
                + " in " + study + (replaced == 0 ? "" : " (" + replaced + " replacing earlier records)"));
        return 0;
    }

    private void checkUsage() {
        if (operator.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--operator must not be empty");
        }
        if (csv != null) {
            if (animal != null || date != null || completed || status != null || intervals != null || stimuli != null
                    || gridSeconds != null || weight != null || notes != null || reason != null) {
                throw new ParameterException(spec.commandLine(),
                        "--csv cannot be combined with the options of a single session; put them in the CSV columns");
            }
            return;
        }
        if (animal == null || animal.isBlank() || date == null) {
            throw new ParameterException(spec.commandLine(),
                    "Missing --animal and --date (or --csv FILE to record many sessions)");
        }
        if (completed == (status != null)) {
            throw new ParameterException(spec.commandLine(), completed
                    ? "--completed and --status cannot be combined" : "Missing --completed or --status STATUS");
        }
        if (completed && intervals != null) {
            throw new ParameterException(spec.commandLine(), "--completed means all planned intervals; "
                    + "use --status completed --intervals N or --status partial --intervals N instead");
        }
    }

    /**
     * Appends the records through the application layer (a correction is a new record; the earlier one stays and
     * the latest counts), with their audit entries as the window writes them, welfare events included; the study
     * is saved atomically before this returns.
     */
    private void save(LockedStudy locked, List<Change> changes) throws CliException {
        StudyGate gate = locked.gate(operator::strip);
        List<RecordEntry> entries = changes.stream()
                .map(c -> new RecordEntry(c.record(), c.replaced() == null ? "" : c.reason())).toList();
        Optional<String> refused = gate.record(entries).message();
        if (refused.isPresent()) {
            throw new CliException(study + ": " + refused.get());
        }
    }

    /** The audit value of a record: status, intervals, stimuli, grid, weight, notes. */
    static String describe(SessionRecord r) {
        StringBuilder b = new StringBuilder(r.status().name().toLowerCase(Locale.ROOT)).append(' ')
                .append(r.intervalsCompleted()).append(" intervals, ").append(r.stimuli()).append(" stimuli, ")
                .append(r.secondsOnGrid()).append(" s on the grid");
        r.bodyWeight().ifPresent(w -> b.append(", ").append(w.toPlainString()).append(" g"));
        if (!r.notes().isEmpty()) {
            b.append(", notes: ").append(r.notes());
        }
        if (!r.excuseReason().isEmpty()) {
            b.append(", excused: ").append(r.excuseReason());
        }
        b.append(", operator ").append(r.operator());
        return b.toString();
    }

    private static String summary(SessionRecord r, Checker checker) {
        int plannedIntervals = checker.plannedIntervals(r);
        return r.status().name().toLowerCase(Locale.ROOT) + " " + r.intervalsCompleted() + "/" + plannedIntervals;
    }

    private static String key(String animalId, LocalDate day) {
        return animalId + "\u0000" + day;
    }

    /**
     * Checks one session by the domain's rules for records (a session of the plan, the intervals its status allows,
     * not after today, a prescription for a run session) and the rule that a correction needs a reason.
     */
    private final class Checker {
        private final Study study;
        private final RecordRules rules;
        private final Instant now;
        private final Map<String, SessionRecord> latest = new HashMap<>();

        Checker(Study study, RecordRules rules, Instant now) {
            this.study = study;
            this.rules = rules;
            this.now = now;
            study.sessionRecords().forEach(r -> latest.merge(key(r.animalId(), r.date()), r, SessionRecord::later));
        }

        int plannedIntervals(SessionRecord r) {
            return rules.plannedFor(r.animalId(), r.date()).map(p -> p.prescription().intervals()).orElse(0);
        }

        Change check(RecordInput in) {
            if (study.animal(in.animal()).isEmpty()) {
                throw new IllegalArgumentException("no animal " + in.animal() + " in the study");
            }
            Optional<PlannedSession> p = rules.plannedFor(in.animal(), in.date());
            int plannedN = p.map(x -> x.prescription().intervals()).orElse(0);
            int n = in.intervals() != null ? in.intervals() : switch (in.status()) {
                case COMPLETED -> plannedN;
                case MISSED, EXCUSED -> 0;
                case PARTIAL -> throw new IllegalArgumentException("a partial session needs the number of intervals "
                        + "completed (" + (csv == null ? "--intervals N" : "the intervals column") + ")");
            };
            if (n < 0) {
                throw new IllegalArgumentException("intervals must not be negative (was " + n + ")");
            }
            String why = in.reason() == null ? "" : in.reason().strip();
            Optional<SessionRecord> existing = Optional.ofNullable(latest.get(key(in.animal(), in.date())));
            if (existing.isPresent() && why.isEmpty()) {
                throw new IllegalArgumentException("session " + in.animal() + " " + in.date()
                        + " is already recorded (" + describe(existing.get()) + "); to correct it give a reason ("
                        + (csv == null ? "--reason TEXT" : "the reason column") + ")");
            }
            SessionRecord r = new SessionRecord(in.animal(), in.date(), p.map(PlannedSession::number).orElse(1),
                    in.status(), n, in.stimuli() == null ? 0 : in.stimuli(),
                    in.gridSeconds() == null ? 0 : in.gridSeconds(), in.weight(), in.notes() == null ? "" : in.notes(),
                    in.status() == SessionStatus.EXCUSED ? why : "", operator.strip(), now);
            List<RecordProblem> problems = rules.check(r);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(problems.get(0).text());
            }
            return new Change(r, existing.orElse(null), why);
        }
    }
}
