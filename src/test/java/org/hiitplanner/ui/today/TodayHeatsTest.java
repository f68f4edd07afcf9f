package org.hiitplanner.ui.today;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;
import org.junit.jupiter.api.Test;

/**
 * Today grouped by heat on the demo study's first day, Monday 2026-11-16 (week 1, 4 intervals at 80 %, 22 min a
 * session): the 14 rats on "Exer-3 rat" (3 lanes, one belt, 10 min changeover) run in 5 heats from 08:00 to 10:30,
 * the same heats as the heats command prints. Heat 2 is R26, R22, R18 at 08:32–08:54 on a belt high speed of
 * 23.2 m/min, the midpoint of R26's own 22.2 and R18's own 24.2. No robot, but the FX thread.
 */
class TodayHeatsTest extends TodayModelTestBase {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-16T09:10:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);
    private static final String EXER = "Exer-3 rat";

    TodayHeatsTest() {
        super(MONDAY);
    }

    private HeatPlan commandsPlan() {
        Study study = document.study();
        List<HeatPlan> plans = new StudyHeats(new HeatPlanner()).day(study,
                new ScheduleEngine().schedule(study, ScheduleQuery.day(DAY)));
        assertEquals(1, plans.size());
        return plans.get(0);
    }

    private TreadmillHeading treadmillHeading() {
        return (TreadmillHeading) model.rowsProperty().get().get(0);
    }

    private Study withTreadmill(Treadmill treadmill) {
        return DemoStudy.create().withTreadmills(List.of(treadmill));
    }

    private Treadmill exer() {
        return DemoStudy.create().treadmills().get(0);
    }

    @Test
    void fiveHeatHeadingsInPlanOrderWithThePlansStartsAndBeltSpeeds() throws Exception {
        open(DemoStudy.create());
        List<HeatHeading> heats = model.heatsOn(EXER);
        assertEquals(5, heats.size());
        assertEquals(List.of(1, 2, 3, 4, 5), heats.stream().map(HeatHeading::number).toList());
        assertEquals(List.of("08:00", "08:32", "09:04", "09:36", "10:08"),
                heats.stream().map(h -> h.heat().start().toString()).toList(), "22 min heats, 10 min changeovers");
        assertEquals(List.of("21.3", "23.2", "25.0", "28.1", "29.5"),
                heats.stream().map(HeatHeading::beltHigh).toList());
        HeatPlan plan = commandsPlan();
        for (int i = 0; i < 5; i++) {
            Heat expected = plan.heats().get(i);
            assertEquals(expected.start(), heats.get(i).heat().start());
            assertEquals(expected.beltSpeeds().orElseThrow().high().toPlainString(), heats.get(i).beltHigh());
            assertEquals(expected.animalIds(), heats.get(i).heat().animalIds());
        }
        HeatHeading second = heats.get(1);
        assertEquals("Heat 2 · 08:32–08:54", second.title());
        assertEquals("14.5", second.beltLow(), "midpoint of the low speeds, 50 % of Vmax");
        assertEquals("11.6", second.beltWarmUpCoolDown());
        assertEquals(3, second.notRecorded());

        TreadmillHeading heading = treadmillHeading();
        assertEquals("5 heats · 08:00–10:30 · 150 min", heading.dayText(), "5 × 22 + 4 × 10 min");
        assertTrue(heading.fits());
        assertEquals(List.of(), heading.warnings());
    }

    @Test
    void everyAnimalOnceUnderItsHeatWithItsLaneAndDeviation() throws Exception {
        open(DemoStudy.create());
        HeatPlan plan = commandsPlan();
        Set<String> seen = new HashSet<>();
        HeatHeading current = null;
        for (TodayRow row : model.rowsProperty().get().subList(1, 20)) {
            if (row instanceof HeatHeading h) {
                current = h;
            } else {
                RunCard card = (RunCard) row;
                assertTrue(seen.add(card.animalId()), card.animalId() + " is listed once");
                Heat heat = plan.heatOf(card.animalId()).orElseThrow();
                assertEquals(heat.number(), current.number(), card.animalId() + " is under its heat");
                HeatRunner runner = heat.runners().stream().filter(r -> r.animalId().equals(card.animalId()))
                        .findFirst().orElseThrow();
                assertEquals(Integer.toString(runner.lane()), card.lane());
                assertEquals(runner.run().high().toPlainString(), card.runHighSpeed());
                assertEquals(runner.deviation(), card.heatRunner().orElseThrow().deviation());
            }
        }
        assertEquals(14, seen.size());
        assertEquals(List.of("R26", "R22", "R18"), model.cardsOf(EXER, 2).stream().map(RunCard::animalId).toList());
        RunCard r18 = model.card("R18").orElseThrow();
        assertEquals("3", r18.lane());
        assertEquals("23.2", r18.runHighSpeed(), "the belt's, not its own 24.2");
        assertEquals("24.2", r18.highSpeed());
        assertEquals("own 24.2 m/min · \u22121.0 (\u22124.1 %)", r18.ownText(), "23.2 − 24.2 = −1.0; −1.0 / 24.2");
        assertEquals("own 22.2 m/min · +1.0 (+4.5 %)", model.card("R26").orElseThrow().ownText());
        assertEquals("own 24.5 m/min · +0.5 (+2.0 %)", model.card("R27").orElseThrow().ownText(),
                "heat 3's belt 25.0 − 24.5; 0.5 / 24.5 = 2.04 %");
    }

    @Test
    void completingAHeatRecordsExactlyItsAnimalsNotYetRecorded() throws Exception {
        open(DemoStudy.create().withAddedRecord(new SessionRecord("R22", DAY, 1, SessionStatus.PARTIAL, 3, 2, 0,
                null, "", "", "Bo", Instant.parse("2026-11-16T08:55:00Z"))));
        confirmAnswer = false;
        assertFalse(fx(() -> model.completeHeat(EXER, 2)));
        assertEquals(1, records().size(), "declined: nothing written");

        confirmAnswer = true;
        assertTrue(fx(() -> model.completeHeat(EXER, 2)));
        await();
        assertEquals("Record 2 animals in heat 2 on Exer-3 rat as completed as planned, with Anna as operator?",
                asked.get(1));
        assertEquals(List.of("Record 2 sessions in heat 2 on Exer-3 rat 2026-11-16 | "), writes);
        List<SessionRecord> records = records();
        assertEquals(List.of("R22", "R26", "R18"), records.stream().map(SessionRecord::animalId).toList());
        for (SessionRecord r : records.subList(1, 3)) {
            assertEquals(SessionStatus.COMPLETED, r.status());
            assertEquals(4, r.intervalsCompleted(), "week 1 plans 4 intervals");
            assertEquals("Anna", r.operator());
        }
        assertEquals(SessionStatus.PARTIAL, model.card("R22").orElseThrow().status().orElseThrow(),
                "the earlier partial record is kept");
        assertEquals("Recorded 2 animals in heat 2 on Exer-3 rat as completed as planned",
                model.messageProperty().get());
        assertEquals(List.of(3, 0, 3, 3, 2), model.heatsOn(EXER).stream().map(HeatHeading::notRecorded).toList());
        assertEquals(11, treadmillHeading().notRecorded());

        assertFalse(fx(() -> model.completeHeat(EXER, 2)));
        assertEquals("Every animal in this heat is already recorded.", model.messageProperty().get());
        assertEquals(3, records().size());
    }

    @Test
    void aDayLongerThanTheWindowIsFlaggedOnTheTreadmillHeading() throws Exception {
        open(withTreadmill(exer().withWindow(new DayWindow(LocalTime.of(8, 0), LocalTime.of(10, 0)))));
        TreadmillHeading heading = treadmillHeading();
        assertFalse(heading.fits(), "150 min of heats in a 120 min window");
        assertEquals("5 heats · 08:00–10:30 · 150 min · day window 08:00–10:00", heading.dayText());
        assertTrue(heading.warnings().stream().anyMatch(w -> w.contains("past the end of the day window at 10:00 by "
                + "30 min")), heading.warnings().toString());
    }

    @Test
    void onIndependentLanesEachAnimalRunsItsOwnSpeeds() throws Exception {
        open(withTreadmill(exer().withBelt(BeltType.INDEPENDENT_LANES)));
        List<HeatHeading> heats = model.heatsOn(EXER);
        assertEquals(5, heats.size(), "ceil(14 / 3)");
        assertFalse(heats.get(0).sharedBelt());
        assertEquals("", heats.get(0).beltHigh());
        RunCard r18 = model.card("R18").orElseThrow();
        assertEquals("24.2", r18.runHighSpeed());
        assertEquals("own 24.2 m/min · as prescribed", r18.ownText());
    }

    @Test
    void anAnimalWithoutVmaxIsListedAfterTheHeatsWithoutALane() throws Exception {
        Study study = DemoStudy.create();
        open(study.withStepTestResults(study.stepTestResults().stream()
                .filter(r -> !r.animalId().equals("R18")).toList()));
        List<TodayRow> rows = model.rowsProperty().get();
        RunCard last = (RunCard) rows.get(rows.size() - 1);
        assertEquals("R18", last.animalId());
        assertEquals("—", last.lane());
        assertEquals("—", last.runHighSpeed());
        assertEquals("", last.ownText());
        assertEquals(13, model.heatsOn(EXER).stream().mapToInt(HeatHeading::animals).sum());
        assertEquals(14, treadmillHeading().animals());
    }
}
