package org.hiitplanner.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.StudyChanges;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.ui.adherence.AdherenceViewModel;
import org.hiitplanner.ui.audit.AuditViewModel;
import org.hiitplanner.ui.common.ExportRunner;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.heats.HeatsViewModel;
import org.hiitplanner.ui.overview.OverviewViewModel;
import org.hiitplanner.ui.schedule.ScheduleViewModel;
import org.hiitplanner.ui.today.RecordWriter;
import org.hiitplanner.ui.today.TodayViewModel;
import org.hiitplanner.ui.today.WelfareFlagTexts;

/**
 * The window's thread's share of the work of one edit, of recording one session and of opening each screen, on a
 * study of 1 000 animals × 8 weeks (40 000 planned sessions, each recorded: 40 000 session records) with an audit
 * trail of 80 000 entries. The screens' view models listen to the document as in the window; their background work
 * runs inline through a {@link TaskRunner} that times it apart, so what is reported is what the FX thread would do
 * (the edit, the listeners, the publishing), not the background computation. Median and worst of 30 runs after 10
 * warm-up runs ({@code StudyDocument.edit} as it is: 2 runs, it takes seconds). Not a unit test: run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.bench.EditBenchmark
 * -Dexec.classpathScope=test}. The goal is under 50 ms each.
 */
public final class EditBenchmark {
    private static final int ANIMALS = 1_000;
    private static final int AUDIT_ENTRIES = 80_000;
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    private static final Instant NOW = Instant.parse("2027-01-15T12:00:00Z");

    private final ScheduleEngine engine = new ScheduleEngine();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final SplitRunner runner = new SplitRunner();

    /** Runs the work inline and publishes inline, and adds up the time spent in the work (the background's). */
    static final class SplitRunner implements TaskRunner {
        long backgroundNanos;

        @Override
        public <T> Running run(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                               Consumer<Throwable> onFailed) {
            long start = System.nanoTime();
            T result;
            try {
                result = work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
            } catch (Exception e) {
                backgroundNanos += System.nanoTime() - start;
                onFailed.accept(e);
                return () -> { };
            }
            backgroundNanos += System.nanoTime() - start;
            onDone.accept(result);
            return () -> { };
        }
    }

    /** Nanoseconds on the FX thread and in the background of one run. */
    private record Split(long fx, long background) {
    }

    public static void main(String[] args) throws Exception {
        new EditBenchmark().run();
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Study study = bigStudy();
        System.out.printf(Locale.ROOT, "study: %,d animals, %,d session records, %,d audit entries (built in %.1f s)%n",
                study.animals().size(), study.sessionRecords().size(), study.auditLog().size(),
                (System.nanoTime() - t0) / 1e9);
        System.out.println();
        System.out.println("| FX-thread work | median ms | worst ms | background median ms |");
        System.out.println("|---|---:|---:|---:|");
        Path folder = Files.createTempDirectory("hiit-bench");
        Path file = folder.resolve("bench.hiit.json");

        DerivedStudies shared = new DerivedStudies(engine);
        StudyDocument bare = new StudyDocument(study, file, clock, () -> "bench");
        bare.setPlanner(s -> shared.of(s).schedule().sessions());
        bare.setSaver((s, f) -> { });
        report("StudyDocument.edit of a protocol week (the gate: audit diff, reason rules)",
                measure(RUNS, i -> editWeek(bare, i)));
        report("StudyDocument.record of one session (rules, audit; saver does nothing)",
                measure(RUNS, i -> recordOne(bare, i)));
        StudyStore fileStore = new StudyStore();
        StudyDocument saving = new StudyDocument(study, file, clock, () -> "bench");
        saving.setPlanner(s -> shared.of(s).schedule().sessions());
        saving.setSaver(fileStore::save);
        report("StudyDocument.record of one session, saved at once to the file",
                measure(5, i -> recordOne(saving, i)));

        StudyDocument document = new StudyDocument(study, file, clock, () -> "bench");
        DerivedStudies derived = new DerivedStudies(engine);
        List<Object> screens = screens(document, derived);
        report("the 6 screens' listeners on an edited protocol week", measure(RUNS, i -> timed(() -> {
            document.replace(weekEdited(document.study(), i), file);
            return null;
        })));
        report("the 6 screens' listeners on one more record", measure(RUNS, i -> timed(() -> {
            document.replace(document.study().withAddedRecord(record(document.study(), i)), file);
            return null;
        })));
        System.out.println();
        System.out.println("| one screen's listener on an edited protocol week | median ms | worst ms "
                + "| background median ms |");
        System.out.println("|---|---:|---:|---:|");
        for (String screen : List.of("overview", "today", "schedules", "adherence", "audit", "heats")) {
            StudyDocument alone = new StudyDocument(study, file, clock, () -> "bench");
            screen(screen, alone, 0);
            report(screen, measure(RUNS, i -> timed(() -> {
                alone.replace(weekEdited(alone.study(), i), file);
                return null;
            })));
        }
        System.out.println();
        System.out.println("| screen opened on a new study value (view model built) | median ms | worst ms "
                + "| background median ms |");
        System.out.println("|---|---:|---:|---:|");
        for (String screen : List.of("overview", "today", "schedules", "adherence", "audit", "heats")) {
            report(screen, measure(RUNS, i -> screen(screen, document, i)));
        }
        System.out.println();
        System.out.println("| part of an edit (FX thread) | median ms | worst ms | |");
        System.out.println("|---|---:|---:|---:|");
        Study week = weekEdited(study, 1);
        Study recorded = study.withAddedRecord(record(study, 1));
        StudyChanges changes = new StudyChanges();
        report("StudyChanges.between, a protocol week", measure(RUNS, i -> split(() -> changes.between(study, week))));
        report("StudyChanges.between, one more record",
                measure(RUNS, i -> split(() -> changes.between(study, recorded))));
        report("Study.withAddedRecord", measure(RUNS, i -> split(() -> study.withAddedRecord(record(study, i)))));
        report("Study.equals, studies differing in one week", measure(RUNS, i -> split(() -> study.equals(week))));
        report("Study.equals, the same content in another value (the dirty flag after an undo)",
                measure(RUNS, i -> split(() -> study.equals(study.withAuditLog(study.auditLog())))));
        report("AuditLog.appendAll of 2 entries to 80 000", measure(RUNS, i -> split(() -> study.auditLog()
                .appendAll(NOW, "bench", "", List.of(new Change("protocol week 3 intervals", "6", "7"),
                        new Change("protocol week 3 high percent", "85", "90"))))));
        report("AuditLog.verify after appending 2 entries", measure(RUNS, i -> split(() -> study.auditLog()
                .appendAll(NOW, "bench", "", List.of(new Change("x", "", "y"), new Change("z", "", "w"))).verify())));
        report("AuditLog.verify of 80 000 loaded entries (once, when opening, off the FX thread)",
                measure(5, i -> split(() -> AuditLog.of(study.auditLog().entries()).verify())));
        StudyStore store = new StudyStore();
        report("StudyStore.save (on the FX thread when a record is saved at once)",
                measure(5, i -> split(() -> save(store, recorded, file))));
        System.out.println("(" + screens.size() + " screens)");
    }

    private Split split(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return new Split(System.nanoTime() - start, 0);
    }

    private static Object save(StudyStore store, Study study, Path file) {
        try {
            store.save(study, file);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private Split editWeek(StudyDocument document, int i) {
        return timed(() -> document.edit("Edit week 3", s -> weekEdited(s, i)));
    }

    private static Study weekEdited(Study s, int i) {
        int intervals = 4 + i % 6;
        return s.withProtocol(s.protocol().withWeek(3, ProtocolWeek.of(intervals == 6 ? 10 : intervals, "85")));
    }

    private Split recordOne(StudyDocument document, int i) {
        SessionRecord r = record(document.study(), i);
        return timed(() -> document.record("Record " + r.animalId(),
                List.of(new org.hiitplanner.app.RecordEntry(r, "bench correction"))));
    }

    /** A new record of a session that has one already: the latest one counts (a correction, so with a reason). */
    private SessionRecord record(Study s, int i) {
        SessionRecord old = s.sessionRecords().get(i % s.sessionRecords().size());
        return new SessionRecord(old.animalId(), old.date(), old.sessionNumber(), SessionStatus.COMPLETED,
                old.intervalsCompleted(), i % 5, 0, null, "", "", "bench", NOW.plusSeconds(i));
    }

    private Split timed(Supplier<?> work) {
        long background = runner.backgroundNanos;
        long start = System.nanoTime();
        work.get();
        long all = System.nanoTime() - start;
        long inBackground = runner.backgroundNanos - background;
        return new Split(all - inBackground, inBackground);
    }

    private Split screen(String name, StudyDocument document, int i) {
        // a new derived state each time, so that the screen computes rather than finds
        DerivedStudies derived = new DerivedStudies(engine);
        return timed(() -> switch (name) {
            case "overview" -> overview(document, derived);
            case "today" -> today(document, derived);
            case "schedules" -> new ScheduleViewModel(document, derived, runner, clock);
            case "adherence" -> new AdherenceViewModel(document, derived, runner, clock);
            case "audit" -> audit(document, derived);
            default -> new HeatsViewModel(document, derived, runner, clock, messages, new SecureRandom()::nextLong);
        });
    }

    private List<Object> screens(StudyDocument document, DerivedStudies derived) {
        return List.of(overview(document, derived), today(document, derived),
                new ScheduleViewModel(document, derived, runner, clock),
                new AdherenceViewModel(document, derived, runner, clock), audit(document, derived),
                new HeatsViewModel(document, derived, runner, clock, messages, new SecureRandom()::nextLong));
    }

    private OverviewViewModel overview(StudyDocument document, DerivedStudies derived) {
        return new OverviewViewModel(document, derived, runner, new StudyValidator(), messages, clock);
    }

    private TodayViewModel today(StudyDocument document, DerivedStudies derived) {
        OperatorName operator = new OperatorName(null);
        operator.nameProperty().set("bench");
        return new TodayViewModel(document, derived, runner, clock, messages, operator,
                RecordWriter.of(document), () -> { }, new WelfareFlagTexts(clock));
    }

    private AuditViewModel audit(StudyDocument document, DerivedStudies derived) {
        return new AuditViewModel(document, derived, runner, clock, messages, new ExportRunner(runner, messages),
                new PdfExporter(engine));
    }

    private interface Run {
        Split run(int i) throws Exception;
    }

    /** {@code runs} runs, after as many warm-up runs as {@link #WARM_UP} allows (none for very slow work). */
    private Split[] measure(int runs, Run run) throws Exception {
        for (int i = 0; i < (runs < RUNS ? 0 : WARM_UP); i++) {
            run.run(i);
        }
        Split[] splits = new Split[runs];
        for (int i = 0; i < runs; i++) {
            splits[i] = run.run(WARM_UP + i);
        }
        return splits;
    }

    private static void report(String what, Split[] splits) {
        long[] fx = Arrays.stream(splits).mapToLong(Split::fx).sorted().toArray();
        long[] background = Arrays.stream(splits).mapToLong(Split::background).sorted().toArray();
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", what, fx[fx.length / 2] / 1e6,
                fx[fx.length - 1] / 1e6, background[background.length / 2] / 1e6);
    }

    /** 1 000 animals, each session of the 8 weeks recorded as completed, and 80 000 audit entries as if loaded. */
    private Study bigStudy() {
        Study plain = SampleStudies.large(ANIMALS, 42);
        List<PlannedSession> planned = engine.schedule(plain);
        List<SessionRecord> records = new ArrayList<>(planned.size());
        Instant at = NOW.minusSeconds(86_400L * 60);
        for (PlannedSession p : planned) {
            records.add(new SessionRecord(p.animalId(), p.date(), p.number(), SessionStatus.COMPLETED,
                    p.prescription().intervals(), 2, 0, new BigDecimal("310.0"), "", "", "Tech",
                    at.plusSeconds(records.size())));
        }
        List<Change> changes = new ArrayList<>(AUDIT_ENTRIES);
        for (int i = 0; i < AUDIT_ENTRIES; i++) {
            SessionRecord r = records.get(i % records.size());
            changes.add(new Change("session record " + r.animalId() + " " + r.date(), i < records.size() ? ""
                    : "COMPLETED", "COMPLETED " + r.intervalsCompleted() + " intervals, 2 stimuli"));
        }
        AuditLog made = AuditLog.empty().appendAll(at, "Tech", "", changes);
        AuditLog loaded = AuditLog.of(made.entries());
        loaded.verify(); // as opening a file does
        return plain.withSessionRecords(records).withAuditLog(loaded);
    }

    private record Change(String what, String oldValue, String newValue) implements AuditLog.Change {
    }
}
