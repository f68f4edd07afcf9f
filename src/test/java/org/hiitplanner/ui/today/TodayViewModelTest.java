package org.hiitplanner.ui.today;

import org.hiitplanner.domain.treadmill.Treadmill;

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
import java.util.Map;
import java.util.Optional;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordProblem;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.junit.jupiter.api.Test;

/**
 * The Today ViewModel on the demo study (start Monday 2026-11-16), on Tuesday 2026-11-24 at 09:00 UTC: week 2,
 * session 7, the 14 rats of HIIT and T2D+HIIT on the one treadmill "Exer-3 rat". R15 has Vmax 35.47 m/min, so
 * week 2 (85 %) gives high 30.1, low (50 %) 17.7 and warm-up/cool-down (40 %) 14.2 m/min, 5 intervals, 25:00.
 * No robot, but the FX thread.
 */
class TodayViewModelTest extends TodayModelTestBase {
    static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TUESDAY_WEEK_4 = LocalDate.of(2026, 12, 8);

    TodayViewModelTest() {
        super(TUESDAY_WEEK_2);
    }

    private void openDemo() throws Exception {
        open(DemoStudy.create());
    }

    @Test
    void aSessionAtASpeedClampedAtTheTreadmillMaximumIsRecordedOnlyAfterAConfirmationThatIsLogged()
            throws Exception {
        Study slow = DemoStudy.create().withTreadmills(List.of(new org.hiitplanner.domain.treadmill.Treadmill(
                "Exer-3 rat", 3, org.hiitplanner.domain.treadmill.BeltType.SINGLE_BELT, java.math.BigDecimal.ZERO,
                new java.math.BigDecimal("30"), new java.math.BigDecimal("0.1"))));
        open(slow, folder.resolve("slow.hiit.json"), s -> Map.of());
        confirmAnswer = false;

        assertFalse(fx(() -> model.completeAsPlanned("R15")), "R15's 85 % of 35.47 = 30.1 m/min is above 30");
        assertEquals(List.of(), records());
        assertTrue(asked.get(0).contains("R15: High speed 30.1 m/min is above the maximum of treadmill Exer-3 rat; clamped to 30.0"), asked.get(0));

        confirmAnswer = true;
        assertTrue(fx(() -> model.completeAsPlanned("R15")));
        assertEquals(1, records().size());
        String reason = document.study().auditLog().entries().get(0).reason();
        assertTrue(reason.startsWith("Confirmed: R15: High speed 30.1 m/min"), reason);
    }

    @Test
    void aPiClearsABodyWeightLossFlagWithAReasonAndTheCardLosesIt() throws Exception {
        java.util.function.BiFunction<String, String, SessionRecord> weighed = (day, grams) -> new SessionRecord("R15",
                LocalDate.parse(day), 1, SessionStatus.COMPLETED, 4, 0, 0, new java.math.BigDecimal(grams), "", "",
                "T", Instant.parse(day + "T09:00:00Z"));
        Study thin = DemoStudy.create().withAddedRecord(weighed.apply("2026-11-16", "350"))
                .withAddedRecord(weighed.apply("2026-11-23", "280"));
        open(thin, folder.resolve("thin.hiit.json"), new WelfareFlagTexts(TUESDAY_WEEK_2));
        assertEquals(1, card("R15").flags().size(), "280 g is 20.0 % below 350 g");
        reasonAnswer = Optional.empty();

        assertFalse(fx(() -> model.clearWeightFlag("R15")));
        assertEquals(List.of(), document.study().welfareClearances());

        reasonAnswer = Optional.of("vet: stable, extra food");
        assertTrue(fx(() -> model.clearWeightFlag("R15")));
        await();
        assertEquals(List.of(), card("R15").flags());
        var clearance = document.study().welfareClearances().get(0);
        assertEquals(LocalDate.of(2026, 11, 23), clearance.coversThrough());
        assertEquals("Anna", clearance.clearedBy());
        assertEquals("vet: stable, extra food", document.study().auditLog().entries().get(0).reason());
    }

    @Test
    void theDayShowsFourteenRatsOnTheOneTreadmill() throws Exception {
        openDemo();
        List<TodayRow> rows = model.rowsProperty().get();
        assertEquals(20, rows.size(), "one treadmill heading, 5 heat headings and 14 cards");
        TreadmillHeading heading = (TreadmillHeading) rows.get(0);
        assertEquals("Exer-3 rat", heading.treadmill().name());
        assertEquals(14, heading.animals());
        assertEquals(14, heading.notRecorded());
        assertEquals("5 heats · 08:00–10:45 · 165 min", heading.dayText(), "5 × 25 min + 4 × 10 min changeover");
        assertEquals(14, model.cardsOn("Exer-3 rat").size());
        assertEquals("R26", model.cardsOn("Exer-3 rat").get(0).animalId(), "heat 1, lane 1");
        assertEquals("R23", model.cardsOn("Exer-3 rat").get(13).animalId(), "heat 5, lane 3");
        assertEquals("Tuesday 2026-11-24", model.dayTitleProperty().get());
        assertEquals("Week 2, session 7 · 14 animals on 1 treadmill", model.dayStatusProperty().get());
    }

    @Test
    void theLargeSpeedsAreTheEnginesSpeeds() throws Exception {
        openDemo();
        RunCard r15 = card("R15");
        PlannedSession planned = new ScheduleEngine().schedule(document.study()).stream()
                .filter(s -> s.animalId().equals("R15") && s.date().equals(LocalDate.of(2026, 11, 24)))
                .findFirst().orElseThrow();
        assertEquals(planned.prescription().highSpeed().toPlainString(), r15.highSpeed());
        assertEquals("30.1", r15.highSpeed(), "35.47 × 85 % = 30.1495");
        assertEquals("17.7", r15.lowSpeed(), "35.47 × 50 % = 17.735");
        assertEquals("14.2", r15.warmUpCoolDownSpeed(), "35.47 × 40 % = 14.188, warm-up and cool-down alike");
        assertEquals("29.8", r15.runHighSpeed(), "heat 3's belt: midpoint of R19's 29.3 and R16's 30.2, 29.75 → 29.8");
        assertEquals("2", r15.lane());
        assertEquals("own 30.1 m/min · \u22120.3 (\u22121.0 %)", r15.ownText(), "−0.3 / 30.1 = −0.997 %");
        assertEquals("35.47", r15.vmax());
        assertEquals("HIIT", r15.groupOrCode());
        assertEquals(5, r15.plannedIntervals());
        assertEquals("25:00", r15.totalTime(), "300 + 5 × (120 + 60) + 300 s");
        assertEquals("Not recorded", r15.stateText());
        assertEquals("", r15.byText());
    }

    @Test
    void completedAsPlannedWritesAllPlannedIntervalsWithTheOperatorAndTheClock() throws Exception {
        openDemo();
        fx(() -> {
            model.selectedAnimalProperty().set("R15");
            return null;
        });
        assertTrue(fx(model::completeSelected));
        await();
        SessionRecord r = records().get(0);
        assertEquals(1, records().size());
        assertEquals("R15", r.animalId());
        assertEquals(LocalDate.of(2026, 11, 24), r.date());
        assertEquals(7, r.sessionNumber());
        assertEquals(SessionStatus.COMPLETED, r.status());
        assertEquals(5, r.intervalsCompleted());
        assertEquals("Anna", r.operator());
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), r.recordedAt());
        assertEquals(List.of("Record R15 2026-11-24 | "), writes, "a new record needs no reason");
        assertEquals("Completed", card("R15").stateText());
        assertEquals("by Anna at 09:00", card("R15").byText());
        assertEquals(13, ((TreadmillHeading) model.rowsProperty().get().get(0)).notRecorded());
        assertEquals("Recorded R15: Completed", model.messageProperty().get());
        assertEquals("R15", model.selectedAnimalProperty().get(), "the selection survives the recompute");
    }

    @Test
    void aPartialRecordWithFiveOfSevenIntervalsStimuliGridTimeAndWeight() throws Exception {
        // recorded on its day: before the record rules this test recorded week 4 two weeks ahead of the clock
        clockAt(Clock.fixed(Instant.parse("2026-12-08T17:00:00Z"), ZoneOffset.UTC));
        openDemo();
        fx(() -> {
            model.dateProperty().set(TUESDAY_WEEK_4);
            return null;
        });
        RecordForm form = fx(() -> model.openForm("R16")).orElseThrow();
        assertEquals(7, form.intervalsProperty().get(), "week 4 plans 7 intervals; the form starts with them");
        assertFalse(form.intervalsEditableProperty().get(), "completed means all planned intervals");
        boolean saved = fx(() -> {
            form.statusProperty().set(SessionStatus.PARTIAL);
            form.intervalsProperty().set(5);
            form.stimuliProperty().set("3");
            form.gridSecondsProperty().set("40");
            form.weightProperty().set("312,5");
            form.notesProperty().set("Stopped after the fifth interval");
            return model.save(form);
        });
        assertTrue(saved);
        await();
        SessionRecord r = records().get(0);
        assertEquals(SessionStatus.PARTIAL, r.status());
        assertEquals(TUESDAY_WEEK_4, r.date());
        assertEquals(17, r.sessionNumber());
        assertEquals(5, r.intervalsCompleted());
        assertEquals(3, r.stimuli());
        assertEquals(40, r.secondsOnGrid());
        assertEquals(new BigDecimal("312.5"), r.bodyWeightGrams(), "a comma is read as the decimal point");
        assertEquals("Stopped after the fifth interval", r.notes());
        assertEquals("Anna", r.operator());
        assertEquals("Partial 5/7", card("R16").stateText());
    }

    @Test
    void aFutureDayCannotBeRecordedNextThenEnterWritesNothing() throws Exception {
        openDemo();
        fx(() -> {
            model.nextDay();
            model.selectedAnimalProperty().set("R15");
            return null;
        });
        assertEquals(LocalDate.of(2026, 11, 25), model.dateProperty().get());
        assertFalse(fx(() -> model.completeSelected()));
        assertTrue(writes.isEmpty());
        assertEquals("R15 on 2026-11-25: the day is after today (2026-11-24); record a session on its day or later",
                model.messageProperty().get());
        assertEquals(RecordProblem.Code.FUTURE, card("R15").whyNotComplete().orElseThrow().code());
        RecordForm form = fx(() -> model.openForm("R15")).orElseThrow();
        assertTrue(form.nothingAllowed());
        assertFalse(fx(() -> model.save(form)));
        assertTrue(form.statusErrorProperty().get().startsWith("Not allowed: R15 on 2026-11-25: the day is after"),
                form.statusErrorProperty().get());
        assertTrue(writes.isEmpty());
    }

    @Test
    void withoutAVmaxOnlyMissedOrExcusedCanBeRecorded() throws Exception {
        // R16's only step test failed in the first stage: no Vmax, no prescription
        Study demo = DemoStudy.create();
        List<StepTestResult> results = new ArrayList<>(demo.stepTestResults().stream()
                .filter(r -> !r.animalId().equals("R16")).toList());
        results.add(new StepTestResult("R16", LocalDate.of(2026, 11, 14), new Measurement.TotalTime(95), "Tech",
                true, ""));
        open(demo.withStepTestResults(results));
        assertEquals(RecordProblem.Code.NO_PRESCRIPTION, card("R16").whyNotComplete().orElseThrow().code());
        assertFalse(fx(() -> model.completeAsPlanned("R16")));
        assertTrue(writes.isEmpty());
        RecordForm form = fx(() -> model.openForm("R16")).orElseThrow();
        assertEquals(SessionStatus.MISSED, form.statusProperty().get(), "the form starts with an allowed status");
        assertFalse(form.allows(SessionStatus.COMPLETED));
        assertFalse(form.allows(SessionStatus.PARTIAL));
        assertTrue(form.allows(SessionStatus.EXCUSED));
        assertEquals("R16 on 2026-11-24: no Vmax for this day, so no speeds were prescribed; record it as missed"
                + " or excused", form.whyNot(SessionStatus.COMPLETED));
        assertTrue(fx(() -> model.save(form)));
        await();
        assertEquals(SessionStatus.MISSED, records().get(0).status());
    }

    @Test
    void badNumbersAreNamedOnTheirFieldsAndNothingIsWritten() throws Exception {
        openDemo();
        RecordForm form = fx(() -> model.openForm("R16")).orElseThrow();
        boolean saved = fx(() -> {
            form.statusProperty().set(SessionStatus.PARTIAL);
            form.intervalsProperty().set(6);
            form.stimuliProperty().set("three");
            form.gridSecondsProperty().set("-4");
            form.weightProperty().set("0");
            return model.save(form);
        });
        assertFalse(saved);
        // partial means 1 to planned − 1 (this test allowed 0 to planned before the record rules)
        assertEquals("Enter a whole number from 1 to 4: partial means fewer than the 5 planned",
                form.intervalsErrorProperty().get());
        assertEquals("Enter a whole number, 0 or more (empty means 0)", form.stimuliErrorProperty().get());
        assertEquals("Enter a whole number, 0 or more (empty means 0)", form.gridErrorProperty().get());
        assertEquals("Enter the weight in g, e.g. 312.5, or leave it empty", form.weightErrorProperty().get());
        assertEquals("Not recorded: correct the fields marked in red.", form.messageProperty().get());
        assertEquals("three", form.stimuliProperty().get(), "the input is kept");
        assertTrue(writes.isEmpty());
    }

    @Test
    void excusedWithoutAReasonIsRefusedWithAMessage() throws Exception {
        openDemo();
        RecordForm form = fx(() -> model.openForm("R20")).orElseThrow();
        fx(() -> {
            form.statusProperty().set(SessionStatus.EXCUSED);
            return null;
        });
        assertTrue(form.reasonEnabledProperty().get());
        assertEquals(0, form.intervalsProperty().get(), "an excused session has no intervals");
        assertFalse(fx(() -> model.save(form)));
        assertEquals("An excused session needs a reason", form.reasonErrorProperty().get());
        assertTrue(records().isEmpty());
        assertTrue(fx(() -> {
            form.excuseReasonProperty().set("Wound on the left hind paw; vet advice");
            return model.save(form);
        }));
        SessionRecord r = records().get(0);
        assertEquals(SessionStatus.EXCUSED, r.status());
        assertEquals("Wound on the left hind paw; vet advice", r.excuseReason());
        assertEquals(0, r.intervalsCompleted());
    }

    @Test
    void aCorrectionAsksForAReasonAndPassesItOnAsANewRecord() throws Exception {
        openDemo();
        assertTrue(fx(() -> model.completeAsPlanned("R15")));
        await();
        RecordForm form = fx(() -> model.openForm("R15")).orElseThrow();
        assertEquals(SessionStatus.COMPLETED, form.statusProperty().get(), "the form starts from the latest record");
        boolean saved = fx(() -> {
            form.statusProperty().set(SessionStatus.MISSED);
            return model.save(form);
        });
        assertTrue(saved);
        await();
        assertEquals(List.of("R15 on 2026-11-24 is already recorded (Completed, by Anna at 09:00)."), asked);
        assertEquals("Record R15 2026-11-24 | Typed the wrong animal", writes.get(1));
        assertEquals(2, records().size(), "the earlier record stays; the new one is appended");
        assertEquals(SessionStatus.COMPLETED, records().get(0).status());
        assertEquals("Missed", card("R15").stateText());
    }

    @Test
    void aBlankReasonCancelsTheCorrectionAndKeepsTheForm() throws Exception {
        openDemo();
        fx(() -> model.completeAsPlanned("R15"));
        await();
        reasonAnswer = Optional.of("  ");
        RecordForm form = fx(() -> model.openForm("R15")).orElseThrow();
        boolean saved = fx(() -> {
            form.stimuliProperty().set("2");
            return model.save(form);
        });
        assertFalse(saved);
        assertEquals("Not recorded: a correction needs a reason.", form.messageProperty().get());
        assertEquals("2", form.stimuliProperty().get());
        assertEquals(1, records().size());
        reasonAnswer = Optional.empty();
        assertFalse(fx(() -> model.completeAsPlanned("R15")), "cancelling the reason dialog records nothing");
        assertEquals("Not recorded: a correction needs a reason.", model.messageProperty().get());
        assertEquals(1, records().size());
    }

    @Test
    void theWritersErrorIsShownAndTheInputKept() throws Exception {
        openDemo();
        writerError = Optional.of("The study file could not be saved: disk full");
        RecordForm form = fx(() -> model.openForm("R17")).orElseThrow();
        boolean saved = fx(() -> {
            form.stimuliProperty().set("3");
            return model.save(form);
        });
        assertFalse(saved);
        assertEquals("The study file could not be saved: disk full", form.messageProperty().get());
        assertEquals("The study file could not be saved: disk full", model.messageProperty().get());
        assertTrue(model.messageIsErrorProperty().get());
        assertEquals("3", form.stimuliProperty().get());
        assertTrue(records().isEmpty());
    }

    @Test
    void withoutAStudyFileRecordingIsDisabledUntilTheStudyIsSaved() throws Exception {
        open(DemoStudy.create(), null, s -> Map.of());
        assertFalse(model.canRecordProperty().get());
        assertFalse(fx(() -> model.completeAsPlanned("R15")));
        assertEquals("Save the study first: records are saved to the study file the moment they are confirmed.",
                model.messageProperty().get());
        assertTrue(writes.isEmpty());
        fx(() -> {
            document.markSaved(folder.resolve("saved.hiit.json"), document.study());
            return null;
        });
        assertTrue(model.canRecordProperty().get());
        assertTrue(fx(() -> model.completeAsPlanned("R15")));
    }

    @Test
    void withoutAnOperatorNothingIsRecorded() throws Exception {
        openDemo();
        fx(() -> {
            operator.nameProperty().set(" ");
            return null;
        });
        assertTrue(model.operatorMissingProperty().get());
        assertFalse(fx(() -> model.completeAsPlanned("R15")));
        assertEquals("Type your name in the Operator field first: every record names who ran the animal.",
                model.messageProperty().get());
        assertTrue(records().isEmpty());
    }

    @Test
    void allNotYetRecordedOnATreadmillAfterAConfirmationInOneWrite() throws Exception {
        openDemo();
        fx(() -> model.completeAsPlanned("R15"));
        await();
        confirmAnswer = false;
        assertFalse(fx(() -> model.completeAllOnTreadmill("Exer-3 rat")));
        assertEquals(1, records().size());
        confirmAnswer = true;
        assertTrue(fx(() -> model.completeAllOnTreadmill("Exer-3 rat")));
        await();
        assertEquals("Record 13 animals on Exer-3 rat as completed as planned, with Anna as operator?", asked.get(1));
        assertEquals(14, records().size());
        assertEquals("Record 13 sessions on Exer-3 rat 2026-11-24 | ", writes.get(1));
        assertEquals(0, ((TreadmillHeading) model.rowsProperty().get().get(0)).notRecorded());
        assertEquals("Every animal on this treadmill is already recorded.", fx(() -> {
            model.completeAllOnTreadmill("Exer-3 rat");
            return model.messageProperty().get();
        }));
    }

    @Test
    void theSelectionSurvivesARecomputeAndFollowsTheDay() throws Exception {
        openDemo();
        fx(() -> {
            model.selectedAnimalProperty().set("R17");
            return model.completeAsPlanned("R15");
        });
        await();
        assertEquals("R17", model.selectedAnimalProperty().get());
        fx(() -> {
            model.dateProperty().set(LocalDate.of(2026, 11, 22));
            return null;
        });
        assertNull(model.selectedAnimalProperty().get(), "nobody runs on a Sunday");
        assertEquals("Week 1 · No sessions: Sunday is not a training day", model.dayStatusProperty().get());
        assertTrue(model.rowsProperty().get().isEmpty());
    }

    @Test
    void previousAndNextGoToTrainingDays() throws Exception {
        openDemo();
        fx(() -> {
            model.nextDay();
            return null;
        });
        assertEquals(LocalDate.of(2026, 11, 25), model.dateProperty().get());
        fx(() -> {
            model.dateProperty().set(LocalDate.of(2026, 11, 23));
            model.previousDay();
            return null;
        });
        assertEquals(LocalDate.of(2026, 11, 20), model.dateProperty().get(), "Monday back to Friday");
        fx(() -> {
            model.today();
            return null;
        });
        assertEquals(LocalDate.of(2026, 11, 24), model.dateProperty().get());
    }

    @Test
    void flagsAndBlindedCodesComeWithTheCards() throws Exception {
        Study blinded = DemoStudy.create();
        StudySettings s = blinded.settings();
        blinded = blinded.withSettings(new StudySettings(true, s.greenPercent(), s.yellowPercent(),
                s.protocolLimits(), s.welfare()));
        open(blinded, folder.resolve("blind.hiit.json"), st -> Map.of("R15", List.of("Body weight down 12 %")));
        RunCard r15 = card("R15");
        assertEquals(List.of("Body weight down 12 %"), r15.flags());
        assertEquals(List.of(), card("R16").flags());
        assertTrue(r15.groupOrCode().matches("[0-9A-Z]{4}-[0-9A-Z]+"), r15.groupOrCode());
        assertFalse(card("R16").groupOrCode().equals(r15.groupOrCode()));
    }
}
