package org.hiitplanner.ui.today;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the Today ViewModel tests share: a study document with a file, "Anna" as operator, a writer that notes each
 * write, prompts that answer as the test says, and a clock fixed by the test class. No robot, but the FX thread.
 */
abstract class TodayModelTestBase {
    @TempDir
    Path folder;
    final TaskRunner background = TaskRunner.immediate();
    final List<String> writes = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    Optional<String> reasonAnswer = Optional.of("Typed the wrong animal");
    boolean confirmAnswer = true;
    Optional<String> writerError = Optional.empty();
    StudyDocument document;
    OperatorName operator;
    TodayViewModel model;
    private Clock clock;

    TodayModelTestBase(Clock clock) {
        this.clock = clock;
    }

    /** Another clock for the next {@code open}: a day can be recorded only on or after it. */
    void clockAt(Clock other) {
        this.clock = other;
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    void open(Study study, Path file, Function<Study, Map<String, List<String>>> flagsOf) throws Exception {
        model = fx(() -> {
            document = new StudyDocument(study, file, clock, () -> "Anna");
            operator = new OperatorName(null);
            operator.nameProperty().set("Anna");
            RecordWriter writer = (d, r, c) -> {
                writes.add(d + " | " + r);
                return writerError.isPresent() ? writerError : RecordWriter.of(document).write(d, r, c);
            };
            TodayViewModel m = new TodayViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), background, clock,
                    new Messages(Locale.ENGLISH), operator, writer, () -> { }, flagsOf);
            m.setPrompts(new TodayPrompts() {
                @Override
                public Optional<String> askReason(String header, String question) {
                    asked.add(header);
                    return reasonAnswer;
                }

                @Override
                public boolean confirm(String question) {
                    asked.add(question);
                    return confirmAnswer;
                }
            });
            return m;
        });
        await();
    }

    /** Opens a study saved as demo.hiit.json, without welfare flags. */
    void open(Study study) throws Exception {
        open(study, folder.resolve("demo.hiit.json"), s -> Map.of());
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    void await() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(model::isComputing));
    }

    RunCard card(String id) throws Exception {
        return fx(() -> model.card(id)).orElseThrow();
    }

    List<SessionRecord> records() {
        return document.study().sessionRecords();
    }
}
