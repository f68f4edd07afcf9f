package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.SpeedUnit;
import org.hiitplanner.ui.common.AnimalSummary;
import org.hiitplanner.ui.common.AnimalSummary;
import org.hiitplanner.ui.common.DaySheet;

import org.hiitplanner.ui.common.DayStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.ManualTaskRunner;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The schedules ViewModel on the demo study, on Tuesday 2026-11-24 (week 2); no toolkit: the schedule is computed
 * when the test runs the pending background work ({@link ManualTaskRunner}).
 */
class ScheduleViewModelTest {
    static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MONDAY_WEEK_2 = LocalDate.of(2026, 11, 23);
    private static final LocalDate SATURDAY_WEEK_1 = LocalDate.of(2026, 11, 21);

    private final ManualTaskRunner tasks = new ManualTaskRunner();
    private StudyDocument document;
    private ScheduleViewModel model;

    @BeforeEach
    void create() throws Exception {
        document = new StudyDocument(DemoStudy.create(), null);
        model = new ScheduleViewModel(document, new DerivedStudies(new ScheduleEngine()), tasks, TUESDAY_WEEK_2);
        awaitSchedule();
    }

    /** Runs {@code work} here and now (the view model needs no FX thread) and returns its result. */
    private static <T> T fx(Callable<T> work) throws Exception {
        return work.call();
    }

    /** Runs the background work started so far, which publishes its result. */
    private void awaitSchedule() {
        tasks.runAll();
    }

    private void edit(UnaryOperator<Study> change) throws Exception {
        fx(() -> document.edit("test edit", change));
    }

    private List<PlannedSession> sessionsOf(String animal) throws Exception {
        return fx(() -> {
            model.selectedAnimalProperty().set(animal);
            return List.copyOf(model.animalSessions());
        });
    }

    private PlannedSession firstOfWeek(List<PlannedSession> sessions, int week) {
        return sessions.stream().filter(s -> s.week() == week).findFirst().orElseThrow();
    }

    private DaySheet dayOf(LocalDate date) throws Exception {
        return fx(() -> {
            model.dateProperty().set(date);
            return model.dayProperty().get();
        });
    }

    @Test
    void theTrainedAnimalsAreOfferedAndTheFirstIsChosen() throws Exception {
        List<String> animals = fx(() -> List.copyOf(model.animals()));
        assertEquals(14, animals.size());
        assertEquals("R15", animals.get(0));
        assertEquals("R28", animals.get(13));
        assertEquals("R15", fx(() -> model.selectedAnimalProperty().get()));
    }

    @Test
    void r15HasFortySessionsAndItsWeek2HighSpeedIs30_1() throws Exception {
        List<PlannedSession> sessions = sessionsOf("R15");
        assertEquals(40, sessions.size());
        PlannedSession week2 = firstOfWeek(sessions, 2);
        assertEquals(new BigDecimal("35.47"), week2.vmax().vmax());
        assertEquals("30.1", fx(() -> model.speed(week2.prescription().highSpeed())));
        AnimalSummary summary = fx(() -> model.animalSummaryProperty().get());
        assertEquals("R15", summary.animal());
        assertEquals("HIIT", summary.group());
        assertEquals("Exer-3 rat", summary.treadmill());
        assertEquals(40, summary.sessions());
        assertEquals(0, summary.withoutVmax());
        BigDecimal sum = sessions.stream().map(s -> s.prescription().distanceMetres())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(sum, summary.distance());
    }

    @Test
    void onMonday14AnimalsRunOnTheRatTreadmill() throws Exception {
        DaySheet day = dayOf(MONDAY_WEEK_2);
        assertEquals(DayStatus.SESSIONS, day.status());
        assertEquals(1, day.treadmills().size());
        assertEquals("Exer-3 rat", day.treadmills().get(0).treadmill().name());
        assertEquals(14, day.treadmills().get(0).sessions().size());
        assertEquals(14, day.sessionCount());
        assertEquals(2, day.week());
        assertEquals(6, day.session());
    }

    @Test
    void onSaturdayNobodyRunsBecauseItIsNotATrainingDay() throws Exception {
        DaySheet day = dayOf(SATURDAY_WEEK_1);
        assertEquals(0, day.sessionCount());
        assertEquals(DayStatus.NOT_TRAINING_DAY, day.status());
        assertEquals(1, day.week());
        assertEquals(0, day.session());
    }

    @Test
    void daysOutsideTheStudyAndSkipDatesSayWhy() throws Exception {
        assertEquals(DayStatus.BEFORE_START, dayOf(LocalDate.of(2026, 11, 13)).status());
        assertEquals(DayStatus.AFTER_END, dayOf(LocalDate.of(2027, 1, 11)).status());
        edit(s -> s.withCalendar(s.calendar().withSkipDates(new TreeSet<>(List.of(LocalDate.of(2026, 11, 25))))));
        awaitSchedule();
        assertEquals(DayStatus.SKIP_DATE, dayOf(LocalDate.of(2026, 11, 25)).status());
    }

    @Test
    void theDayStartsTodayAndStepsFromTrainingDayToTrainingDay() throws Exception {
        assertEquals(LocalDate.of(2026, 11, 24), fx(() -> model.dayProperty().get().date()));
        assertEquals(14, fx(() -> model.dayProperty().get().sessionCount()));
        dayOf(LocalDate.of(2026, 11, 27));
        fx(() -> { model.nextDay(); return null; });
        assertEquals(LocalDate.of(2026, 11, 30), fx(() -> model.dateProperty().get()));
        fx(() -> { model.previousDay(); return null; });
        assertEquals(LocalDate.of(2026, 11, 27), fx(() -> model.dateProperty().get()));
        fx(() -> { model.today(); return null; });
        assertEquals(LocalDate.of(2026, 11, 24), fx(() -> model.dateProperty().get()));
    }

    @Test
    void navigationStopsAtTheEndsOfTheStudy() throws Exception {
        dayOf(LocalDate.of(2026, 11, 1));
        assertFalse(fx(() -> model.hasPreviousProperty().get()));
        fx(() -> { model.nextDay(); return null; });
        assertEquals(LocalDate.of(2026, 11, 16), fx(() -> model.dateProperty().get()));
        dayOf(LocalDate.of(2027, 1, 8));
        assertFalse(fx(() -> model.hasNextProperty().get()));
        assertTrue(fx(() -> model.hasPreviousProperty().get()));
    }

    @Test
    void skipDatesAreSteppedOver() throws Exception {
        edit(s -> s.withCalendar(s.calendar().withSkipDates(new TreeSet<>(List.of(LocalDate.of(2026, 11, 25))))));
        awaitSchedule();
        fx(() -> { model.nextDay(); return null; });
        assertEquals(LocalDate.of(2026, 11, 26), fx(() -> model.dateProperty().get()));
    }

    @Test
    void anEditRecomputesInTheBackground() throws Exception {
        assertEquals("30.1", fx(() -> model.speed(firstOfWeek(model.animalSessions(), 2).prescription().highSpeed())));
        boolean busyRightAfterTheEdit = fx(() -> {
            document.edit("Edit week 2", s -> s.withProtocol(s.protocol().withWeek(2, ProtocolWeek.of(5, "90"))));
            return model.isComputing();
        });
        assertTrue(busyRightAfterTheEdit);
        awaitSchedule();
        // 35.47 × 0.9 = 31.923 → 31.9
        assertEquals("31.9", fx(() -> model.speed(firstOfWeek(model.animalSessions(), 2).prescription().highSpeed())));
        assertEquals("R15", fx(() -> model.selectedAnimalProperty().get()));
    }

    @Test
    void aNewerEditSupersedesASlowerOlderComputation() throws Exception {
        document.edit("Many animals", ScheduleViewModelTest::withTenThousandMoreAnimals);
        document.edit("Undo that, and week 2 at 90 %", s -> DemoStudy.create().withProtocol(
                s.protocol().withWeek(2, ProtocolWeek.of(5, "90"))));
        assertEquals(2, tasks.pending());
        assertTrue(model.isComputing());
        assertEquals(1, tasks.runAll(), "the 10 014-animal schedule was dropped before it was planned");
        assertEquals(1, tasks.dropped());
        assertEquals(14, model.animals().size());
        assertEquals("31.9", model.speed(firstOfWeek(model.animalSessions(), 2).prescription().highSpeed()));
        assertFalse(model.isComputing());
    }

    @Test
    void aResultPublishedAfterANewerEditStartedIsDropped() throws Exception {
        Study before = document.study();
        document.edit("Many animals", ScheduleViewModelTest::withTenThousandMoreAnimals);
        // the first computation runs, but the edit after it was started supersedes its result
        document.edit("Back to the demo study", s -> before);
        assertTrue(model.isComputing());
        tasks.runAll();
        assertEquals(14, model.animals().size());
    }

    private static Study withTenThousandMoreAnimals(Study s) {
        List<Animal> animals = new ArrayList<>(s.animals());
        for (int i = 0; i < 10_000; i++) {
            animals.add(Animal.of(String.format("X%05d", i), "HIIT", Sex.MALE));
        }
        return s.withAnimals(animals);
    }

    @Test
    void aSlowTreadmillClampsTheWeek8SpeedsWithAWarning() throws Exception {
        edit(s -> s.withTreadmills(List.of(new Treadmill("Exer-3 rat", 3, BeltType.SINGLE_BELT, BigDecimal.ZERO,
                new BigDecimal("30"), new BigDecimal("0.1")))));
        awaitSchedule();
        List<PlannedSession> sessions = fx(() -> List.copyOf(model.animalSessions()));
        List<PlannedSession> week8 = sessions.stream().filter(s -> s.week() == 8).toList();
        assertEquals(5, week8.size());
        for (PlannedSession s : week8) {
            assertTrue(s.hasWarnings());
            assertTrue(s.prescription().warnings().get(0).contains("clamped to 30.0"), s.prescription().warnings().get(0));
            assertEquals("30.0", fx(() -> model.speed(s.prescription().highSpeed())));
            assertEquals(SessionCells.ROW_WARNING, SessionCells.rowStyle(s));
        }
        // week 1 at 80 %: 28.4 fits; weeks 2–8 at 85 % or more do not
        assertFalse(firstOfWeek(sessions, 1).hasWarnings());
        assertNull(SessionCells.rowStyle(firstOfWeek(sessions, 1)));
        assertEquals(35, fx(() -> model.animalSummaryProperty().get().withWarnings()));
    }

    @Test
    void anAnimalWithoutStepTestHasNoSpeedsAndIsCounted() throws Exception {
        edit(s -> {
            List<Animal> animals = new ArrayList<>(s.animals());
            animals.add(Animal.of("R29", "HIIT", Sex.MALE));
            return s.withAnimals(animals);
        });
        awaitSchedule();
        List<PlannedSession> sessions = sessionsOf("R29");
        assertEquals(40, sessions.size());
        assertNull(sessions.get(0).prescription().highSpeed());
        assertEquals("—", fx(() -> model.speed(sessions.get(0).prescription().highSpeed())));
        assertEquals(SessionCells.ROW_NO_VMAX, SessionCells.rowStyle(sessions.get(0)));
        AnimalSummary summary = fx(() -> model.animalSummaryProperty().get());
        assertEquals(40, summary.withoutVmax());
        assertEquals(BigDecimal.ZERO, summary.distance());
    }

    @Test
    void speedsAreShownInTheChosenUnitWhileStorageStaysInMetresPerMinute() throws Exception {
        BigDecimal high = fx(() -> firstOfWeek(model.animalSessions(), 2).prescription().highSpeed());
        fx(() -> { model.unitProperty().set(SpeedUnit.CM_PER_S); return null; });
        assertEquals("50.17", fx(() -> model.speed(high)));
        fx(() -> { model.unitProperty().set(SpeedUnit.KM_PER_H); return null; });
        assertEquals("1.806", fx(() -> model.speed(high)));
        assertEquals(new BigDecimal("30.1"), high);
        assertFalse(fx(() -> document.isDirty()));
    }

    @Test
    void aStudyThatCannotBeScheduledSaysWhy() throws Exception {
        edit(s -> s.withTreadmills(List.of()));
        awaitSchedule();
        assertTrue(fx(() -> model.failureProperty().get()).contains("no treadmill"));
        assertEquals(0, fx(() -> model.animalSessions().size()));
        fx(() -> { document.undo(); return null; });
        awaitSchedule();
        assertEquals("", fx(() -> model.failureProperty().get()));
        assertEquals(40, fx(() -> model.animalSessions().size()));
    }

    @Test
    void settingNoDateKeepsTheShownDay() throws Exception {
        fx(() -> { model.dateProperty().set(null); return null; });
        assertEquals(LocalDate.of(2026, 11, 24), fx(() -> model.dateProperty().get()));
    }
}
