package org.hiitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.Prompts;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** File handling without dialogs: the prompts are answered by a script. */
@ExtendWith(ApplicationExtension.class)
class MainViewModelTest {
    @TempDir
    Path dir;
    private final Background background = new Background();
    private final ScriptedPrompts prompts = new ScriptedPrompts();
    private StudyDocument document;
    private MainViewModel model;
    private RecentFiles recent;

    static final class ScriptedPrompts implements Prompts {
        Unsaved unsavedAnswer = Unsaved.CANCEL;
        Path toOpen;
        Path toSave;
        int unsavedAsked;
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> reasonsAsked = new ArrayList<>();
        String reasonAnswer;
        final List<String> confirmations = new ArrayList<>();
        boolean confirmAnswer;

        @Override
        public Unsaved askUnsaved(String studyName) {
            unsavedAsked++;
            return unsavedAnswer;
        }

        @Override
        public Optional<Path> chooseFileToOpen(Path folder) {
            return Optional.ofNullable(toOpen);
        }

        @Override
        public Optional<Path> chooseFileToSave(Path folder, String suggestedName) {
            return Optional.ofNullable(toSave);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showWarning(String title, String message) {
            warnings.add(title + ": " + message);
        }

        @Override
        public boolean confirm(String title, String question) {
            confirmations.add(question);
            return confirmAnswer;
        }

        @Override
        public Optional<String> askReason(String what) {
            reasonsAsked.add(what);
            return Optional.ofNullable(reasonAnswer);
        }
    }

    @BeforeEach
    void setUp(FxRobot robot) {
        robot.interact(() -> {
            document = new StudyDocument(DemoStudy.create(), null);
            recent = new RecentFiles(null);
            model = new MainViewModel(document, new StudyStore(), background, recent, new Messages(Locale.ENGLISH),
                    Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC));
            model.setPrompts(prompts);
        });
    }

    @AfterEach
    void tearDown() {
        background.close();
    }

    private void editWeek1(FxRobot robot, int intervals) {
        robot.interact(() -> document.edit("Edit week 1", s -> s.withProtocol(s.protocol().withWeek(1,
                ProtocolWeek.of(intervals, "80")))));
    }

    private void run(FxRobot robot, Runnable action) {
        robot.interact(action);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !model.busyProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("background work did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void saveAsAddsTheExtensionAndClearsTheUnsavedMark(FxRobot robot) throws Exception {
        assertEquals("Untitled — HIIT Planner", model.titleProperty().get());
        editWeek1(robot, 5);
        assertEquals("*Untitled — HIIT Planner", model.titleProperty().get());
        prompts.toSave = dir.resolve("pilot");
        run(robot, model::save);
        Path saved = dir.resolve("pilot.hiit.json");
        assertTrue(Files.isRegularFile(saved));
        assertEquals("pilot.hiit.json — HIIT Planner", model.titleProperty().get());
        assertEquals(List.of(saved.toAbsolutePath()), recent.files());
        assertEquals(document.study(), new StudyStore().load(saved));
    }

    @Test
    void undoingASavedRecordAsksForAReasonAndCancellingChangesNothing(FxRobot robot) throws Exception {
        prompts.toSave = dir.resolve("r.hiit.json");
        run(robot, model::save);
        var record = new org.hiitplanner.domain.session.SessionRecord("R15", java.time.LocalDate.of(2026, 11, 16), 1,
                org.hiitplanner.domain.session.SessionStatus.MISSED, 0, 0, 0, null, "", "", "T. Tech",
                Instant.parse("2026-11-16T09:30:00Z"));
        robot.interact(() -> document.edit("Record R15", s -> s.withAddedRecord(record)));
        Path file = dir.resolve("r.hiit.json");
        assertEquals(1, new StudyStore().load(file).sessionRecords().size(), "saved at once");

        robot.interact(model::undo);
        assertEquals(List.of("the saved record taken back by \"Record R15\""), prompts.reasonsAsked);
        assertEquals(1, new StudyStore().load(file).sessionRecords().size(), "cancelled: nothing undone");

        prompts.reasonAnswer = "entered for the wrong animal";
        robot.interact(model::undo);
        var onDisk = new StudyStore().load(file);
        assertEquals(List.of(), onDisk.sessionRecords());
        assertEquals("Undo: Record R15 (entered for the wrong animal)",
                onDisk.auditLog().entries().get(onDisk.auditLog().size() - 1).reason());
        assertEquals(List.of(), prompts.errors);
    }

    @Test
    void aStudyOpenForWritingElsewhereOpensReadOnlyAndIsTakenOverWhenReleased(FxRobot robot) throws Exception {
        Path file = dir.resolve("shared.hiit.json");
        new StudyStore().save(DemoStudy.create(), file);
        org.hiitplanner.storage.StudyLock anna = org.hiitplanner.storage.StudyLock.acquire(file, "Anna de Vries",
                Clock.systemUTC(), false);
        run(robot, () -> model.load(file));
        assertTrue(document.readOnlyProperty().get().startsWith("Anna de Vries on "),
                document.readOnlyProperty().get());
        java.util.concurrent.atomic.AtomicReference<Optional<String>> edit = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> edit.set(document.edit("Edit week 1", s -> s.withProtocol(s.protocol().withWeek(1,
                ProtocolWeek.of(5, "80"))))));
        assertTrue(edit.get().orElseThrow().startsWith("Nothing was changed: this study is open for writing by Anna"),
                edit.get().toString());

        anna.close();
        run(robot, model::takeOver);
        assertEquals("", document.readOnlyProperty().get(), "the holder closed it: this window writes now");
        robot.interact(() -> edit.set(document.edit("Edit week 1", s -> s.withProtocol(s.protocol().withWeek(1,
                ProtocolWeek.of(5, "80"))))));
        assertEquals(Optional.empty(), edit.get());
        assertTrue(org.hiitplanner.storage.StudyLock.holderOf(file).isPresent());
        robot.interact(model::releaseFile);
    }

    @Test
    void reopeningTheSavedFileGivesTheSameStudy(FxRobot robot) {
        editWeek1(robot, 6);
        prompts.toSave = dir.resolve("a.hiit.json");
        run(robot, model::save);
        Study saved = document.study();
        run(robot, model::newStudy);
        assertEquals(LocalDate.of(2026, 11, 23), document.study().startDate(), "next Monday after 2026-11-22");
        assertNull(document.file());
        prompts.toOpen = dir.resolve("a.hiit.json");
        run(robot, model::open);
        assertEquals(saved, document.study());
        assertEquals(6, document.study().protocol().week(1).intervals());
        assertFalse(document.isDirty());
    }

    @Test
    void unsavedChangesAreAskedAboutAndCancelKeepsThem(FxRobot robot) throws Exception {
        editWeek1(robot, 7);
        prompts.unsavedAnswer = Prompts.Unsaved.CANCEL;
        run(robot, model::newStudy);
        assertEquals(1, prompts.unsavedAsked);
        assertEquals(7, document.study().protocol().week(1).intervals());
        prompts.unsavedAnswer = Prompts.Unsaved.SAVE;
        prompts.toSave = dir.resolve("kept.hiit.json");
        run(robot, model::newStudy);
        assertEquals(7, new StudyStore().load(dir.resolve("kept.hiit.json")).protocol().week(1).intervals());
        assertEquals("New study", document.study().info().title());
        editWeek1(robot, 8);
        prompts.unsavedAnswer = Prompts.Unsaved.DISCARD;
        run(robot, model::newStudy);
        assertEquals(4, document.study().protocol().week(1).intervals());
    }

    @Test
    void aBrokenFileIsReportedAndTheCurrentStudyStays(FxRobot robot) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.hiit.json"), "{\"schemaVersion\": 1, \"title\": ");
        Study before = document.study();
        prompts.toOpen = broken;
        run(robot, model::open);
        assertEquals(before, document.study());
        assertEquals(1, prompts.errors.size());
        String error = prompts.errors.get(0);
        assertTrue(error.startsWith("The study could not be opened: "), error);
        assertTrue(error.contains("broken.hiit.json") && error.contains("line 1"), error);
        assertEquals("{\"schemaVersion\": 1, \"title\": ", Files.readString(broken));
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheMark(FxRobot robot) {
        editWeek1(robot, 9);
        prompts.toSave = dir.resolve("no/such/folder/x.hiit.json");
        run(robot, model::save);
        assertEquals(1, prompts.errors.size());
        assertTrue(prompts.errors.get(0).contains("x.hiit.json"), prompts.errors.get(0));
        assertTrue(document.isDirty());
        assertEquals(new BigDecimal("80"), document.study().protocol().week(1).highPercent());
    }
}
