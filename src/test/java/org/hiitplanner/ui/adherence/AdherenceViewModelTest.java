package org.hiitplanner.ui.adherence;

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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.hiitplanner.domain.adherence.AdherenceAlert;
import org.hiitplanner.domain.adherence.Band;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The adherence ViewModel: no robot, but the FX thread. */
class AdherenceViewModelTest {
    static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);
    static final LocalDate FRIDAY = MONDAY.plusDays(4);
    private static final Instant AT = Instant.parse("2025-01-10T18:00:00Z");

    private final TaskRunner background = TaskRunner.immediate();
    private StudyDocument document;
    private AdherenceViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void open(Study study, LocalDate today) throws Exception {
        model = fx(() -> {
            document = new StudyDocument(study, null);
            return new AdherenceViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), background, at(today));
        });
        await();
    }

    private void await() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(model::isComputing));
    }

    private List<AdherenceRow> rows(By by) throws Exception {
        return fx(() -> {
            model.byProperty().set(by);
            return List.copyOf(model.rows());
        });
    }

    /** Rat R1 in HIIT, Vmax 30.75 from 2025-01-04; week 1 has 7 intervals at 90 %. */
    static Study oneRatSevenIntervals() {
        return Study.newFromTemplate("Worked week", MONDAY)
                .withGroups(List.of(new Group("HIIT", true, true)))
                .withAnimals(List.of(Animal.of("R1", "HIIT", Sex.MALE)))
                .withStepTestResults(List.of(new StepTestResult("R1", MONDAY.minusDays(2),
                        new Measurement.TotalTime(1365), "Tech", true, "")))
                .withProtocol(Study.newFromTemplate("x", MONDAY).protocol().withWeek(1, ProtocolWeek.of(7, "90")));
    }

    static SessionRecord record(String animal, int day, SessionStatus status, int intervals) {
        String reason = status == SessionStatus.EXCUSED ? "vet check" : "";
        return new SessionRecord(animal, MONDAY.plusDays(day), day + 1, status, intervals, 0, 0, null, "", reason,
                status.wasRun() ? "Tech" : "", AT);
    }

    /** The worked week of the issue: completed 7, 7, partial 5, completed 7, missed. */
    static Study workedWeek() {
        return oneRatSevenIntervals().withSessionRecords(List.of(record("R1", 0, SessionStatus.COMPLETED, 7),
                record("R1", 1, SessionStatus.COMPLETED, 7), record("R1", 2, SessionStatus.PARTIAL, 5),
                record("R1", 3, SessionStatus.COMPLETED, 7), record("R1", 4, SessionStatus.MISSED, 0)));
    }

    @Test
    void theWorkedWeekIs26Of35IntervalsYellowAnd3Of5Sessions() throws Exception {
        open(workedWeek(), FRIDAY);
        for (By by : By.values()) {
            List<AdherenceRow> rows = rows(by);
            assertEquals(1, rows.size(), by.toString());
            AdherenceRow r = rows.get(0);
            assertEquals(by == By.ANIMAL ? "R1" : by == By.GROUP ? "HIIT" : "1", r.key());
            assertEquals(35, r.intervalsPlanned());
            assertEquals(26, r.intervalsCompleted());
            // 26 / 35 = 74.2857… → 74.3, as the adherence command prints it
            assertEquals("74.3", r.intervalText());
            assertEquals(Band.YELLOW, r.intervalBand());
            assertEquals(5, r.sessionsPlanned());
            assertEquals(3, r.sessionsCompleted());
            assertEquals("60.0", r.sessionText());
            assertEquals(Band.YELLOW, r.sessionBand());
        }
        assertEquals("HIIT", rows(By.ANIMAL).get(0).group());
        assertEquals("74.3", fx(() -> model.overallProperty().get().intervalText()));
    }

    @Test
    void aRecordThePlanDoesNotExplainIsLeftOutAndCounted() throws Exception {
        // Thursday says completed 99 of 7: left out, so Thursday counts as planned without a record
        List<SessionRecord> records = new ArrayList<>(workedWeek().sessionRecords());
        records.set(3, record("R1", 3, SessionStatus.COMPLETED, 99));
        open(workedWeek().withSessionRecords(records), FRIDAY);
        assertEquals(1, fx(() -> model.leftOutProperty().get()));
        AdherenceRow r = rows(By.ANIMAL).get(0);
        // 7 + 7 + 5 + 0 + 0 = 19 of 35 = 54.3 %, 2 of 5 sessions
        assertEquals(19, r.intervalsCompleted());
        assertEquals("54.3", r.intervalText());
        assertEquals(2, r.sessionsCompleted());
        open(workedWeek(), FRIDAY);
        assertEquals(0, fx(() -> model.leftOutProperty().get()));
    }

    @Test
    void theAsOfDateIsTodayAtMostTheLastDayAndCountsOnlyTheSessionsUpToIt() throws Exception {
        open(workedWeek(), LocalDate.of(2025, 6, 1));
        // 8 weeks from Monday 2025-01-06 end on Sunday 2025-03-02
        assertEquals(LocalDate.of(2025, 3, 2), fx(() -> model.asOfProperty().get()));
        fx(() -> {
            model.asOfProperty().set(MONDAY.plusDays(2));
            return null;
        });
        await();
        AdherenceRow r = rows(By.ANIMAL).get(0);
        // Mon 7, Tue 7, Wed partial 5 of 7: 19 / 21 = 90.476… → 90.5 green; 2 of 3 sessions = 66.7 yellow
        assertEquals(21, r.intervalsPlanned());
        assertEquals("90.5", r.intervalText());
        assertEquals(Band.GREEN, r.intervalBand());
        assertEquals("66.7", r.sessionText());
        assertEquals(Band.YELLOW, r.sessionBand());
        fx(() -> {
            model.asOfProperty().set(null);
            return null;
        });
        assertEquals(MONDAY.plusDays(2), fx(() -> model.asOfProperty().get()));
        open(workedWeek(), MONDAY.plusDays(3));
        assertEquals(MONDAY.plusDays(3), fx(() -> model.asOfProperty().get()));
    }

    @Test
    void theHeatMapShowsEachSessionsOutcome() throws Exception {
        Study study = workedWeek();
        List<Animal> animals = new ArrayList<>(study.animals());
        // R2 is excused on Monday, has nothing recorded on Tuesday and is excluded from Wednesday on
        animals.add(Animal.of("R2", "HIIT", Sex.MALE).withExclusion(new Exclusion(MONDAY.plusDays(2), "injured")));
        List<SessionRecord> records = new ArrayList<>(study.sessionRecords());
        records.add(record("R2", 0, SessionStatus.EXCUSED, 0));
        open(study.withAnimals(animals).withSessionRecords(records), FRIDAY);
        HeatMapData map = fx(() -> model.heatMapProperty().get());
        assertEquals(List.of(1, 2, 3, 4, 5), map.columns().stream().map(HeatMapData.Column::number).toList());
        assertEquals(List.of("R1", "R2"), map.rows().stream().map(HeatMapData.Row::animalId).toList());
        assertEquals(List.of(new HeatCell(CellState.COMPLETED, 7, 7), new HeatCell(CellState.COMPLETED, 7, 7),
                new HeatCell(CellState.PARTIAL, 5, 7), new HeatCell(CellState.COMPLETED, 7, 7),
                new HeatCell(CellState.MISSED, 0, 7)), map.rows().get(0).cells());
        assertEquals(5.0 / 7, map.cell(0, 2).fraction(), 1e-9);
        assertEquals(List.of(new HeatCell(CellState.EXCUSED, 0, 7), new HeatCell(CellState.NOT_RECORDED, 0, 7),
                HeatCell.NO_SESSION, HeatCell.NO_SESSION, HeatCell.NO_SESSION), map.rows().get(1).cells());
        // R2: the excused Monday counts in neither, the unrecorded Tuesday as planned and not done
        AdherenceRow r2 = rows(By.ANIMAL).get(1);
        assertEquals(List.of(7, 0, 1, 0), List.of(r2.intervalsPlanned(), r2.intervalsCompleted(),
                r2.sessionsPlanned(), r2.sessionsCompleted()));
        assertEquals("0.0", r2.intervalText());
        assertEquals(Band.RED, r2.intervalBand());
    }

    @Test
    void anEditOfTheStudyIsCountedAtOnce() throws Exception {
        open(workedWeek(), FRIDAY);
        fx(() -> document.edit("Correct Friday", "recorded as missed by mistake", s -> {
            List<SessionRecord> records = new ArrayList<>(s.sessionRecords());
            records.add(new SessionRecord("R1", FRIDAY, 5, SessionStatus.COMPLETED, 7, 0, 0, null, "", "", "Tech",
                    AT.plusSeconds(60)));
            return s.withSessionRecords(records);
        }));
        await();
        AdherenceRow r = rows(By.WEEK).get(0);
        // the later record of Friday wins: 33 / 35 = 94.3 green, 4 of 5 sessions = 80.0 green
        assertEquals("94.3", r.intervalText());
        assertEquals(Band.GREEN, r.intervalBand());
        assertEquals("80.0", r.sessionText());
        assertEquals(CellState.COMPLETED, fx(() -> model.heatMapProperty().get().cell(0, 4).state()));
    }

    @Test
    void groupMeanAndSampleSdOfVmax30_32_34AreMean32Sd2() throws Exception {
        Study study = Study.newFromTemplate("Three rats", MONDAY)
                .withGroups(List.of(new Group("CON", false, true), new Group("HIIT", true, true)))
                .withAnimals(List.of(Animal.of("A", "HIIT", Sex.MALE), Animal.of("B", "HIIT", Sex.MALE),
                        Animal.of("C", "HIIT", Sex.MALE), Animal.of("K", "CON", Sex.MALE)))
                .withStepTestResults(List.of(direct("A", 0, "30"), direct("B", 0, "32"), direct("C", 1, "34"),
                        direct("K", 0, "28"), direct("A", 14, "33"), direct("B", 14, "35.5")));
        open(study, MONDAY.plusDays(20));
        TrendsViewModel trends = model.trends();
        // the training group is chosen first; C's test the next day belongs to the same time point
        assertEquals("HIIT", fx(() -> trends.vmaxGroupProperty().get()));
        VmaxTrend trend = fx(() -> trends.vmaxTrendProperty().get());
        assertEquals(List.of(MONDAY.minusDays(2), MONDAY.plusDays(12)),
                trend.points().stream().map(VmaxTimeline.TimePoint::first).toList());
        MeanSd first = trend.stats().get(0);
        assertEquals(3, first.n());
        assertEquals(0, new BigDecimal("32.0").compareTo(first.mean()));
        assertEquals(0, new BigDecimal("2.0").compareTo(first.sd()));
        // 33 and 35.5: mean 34.25, SD √((1.25² + 1.25²) / 1) = 1.7678 → 1.77
        assertEquals(new MeanSd(2, new BigDecimal("34.25"), new BigDecimal("1.77")), trend.stats().get(1));
        assertEquals("A", trend.animal());
        assertEquals(new BigDecimal("33"), trend.animalTests().get(1).vmax());
        fx(() -> {
            trends.vmaxGroupProperty().set("CON");
            return null;
        });
        VmaxTrend con = fx(() -> trends.vmaxTrendProperty().get());
        assertEquals("K", con.animal());
        assertEquals(new MeanSd(1, new BigDecimal("28.00"), null), con.stats().get(0));
        assertNull(con.stats().get(1));
    }

    private static StepTestResult direct(String animal, int daysAfterSaturday, String vmax) {
        return new StepTestResult(animal, MONDAY.minusDays(2).plusDays(daysAfterSaturday),
                new Measurement.DirectVmax(new BigDecimal(vmax)), "Tech", true, "");
    }

    @Test
    void alertsNameTheAnimalOrGroupsAndFollowTheVmaxThreshold() throws Exception {
        open(AdherenceSamples.twoWeeks(), LocalDate.of(2026, 11, 28));
        List<AdherenceAlert> alerts = fx(() -> List.copyOf(model.alerts()));
        assertEquals(List.of(AdherenceAlert.Kind.VMAX_CHANGE, AdherenceAlert.Kind.PARTIAL_STREAK,
                AdherenceAlert.Kind.GROUP_GAP), alerts.stream().map(AdherenceAlert::kind).toList());
        assertEquals(List.of("R17", "R24", "HIIT / T2D+HIIT"), alerts.stream().map(AdherenceAlert::subject).toList());
        assertTrue(alerts.get(0).message().contains("+20.0 %"), alerts.get(0).message());
        fx(() -> {
            model.vmaxChangeTextProperty().set("25 %");
            return null;
        });
        assertEquals(List.of("R24", "HIIT / T2D+HIIT"),
                fx(() -> model.alerts().stream().map(AdherenceAlert::subject).toList()));
        fx(() -> {
            model.vmaxChangeTextProperty().set("fifteen");
            return null;
        });
        assertFalse(fx(() -> model.vmaxChangeValidProperty().get()));
        assertEquals(new BigDecimal("25"), fx(() -> model.vmaxChangeProperty().get()));
        assertEquals(2, fx(() -> model.alerts().size()));
        fx(() -> {
            model.vmaxChangeTextProperty().set("19,5");
            return null;
        });
        assertTrue(fx(() -> model.vmaxChangeValidProperty().get()));
        assertEquals(3, fx(() -> model.alerts().size()));
    }

    @Test
    void bodyWeightsPerGroupOrAnimal() throws Exception {
        open(AdherenceSamples.twoWeeks(), LocalDate.of(2026, 11, 28));
        TrendsViewModel trends = model.trends();
        List<WeightSubject> subjects = fx(() -> List.copyOf(trends.weightSubjects()));
        assertEquals(List.of(new WeightSubject(true, "HIIT"), new WeightSubject(true, "T2D+HIIT")),
                subjects.subList(0, 2));
        assertEquals(new WeightSubject(false, "R15"), subjects.get(2));
        assertEquals(2 + 14, subjects.size());
        assertEquals(7, fx(() -> trends.weightLinesProperty().get().size()));
        List<WeightData.Line> r15 = fx(() -> {
            trends.weightSubjectProperty().set(new WeightSubject(false, "R15"));
            return trends.weightLinesProperty().get();
        });
        assertEquals(1, r15.size());
        // weighed on Mondays and Thursdays of weeks 1 and 2
        assertEquals(List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 23),
                LocalDate.of(2026, 11, 26)), r15.get(0).weighings().stream().map(WeightData.Weighing::date).toList());
    }

    @Test
    void percentagesAreTypedWithAPointACommaOrAPercentSign() {
        assertEquals(new BigDecimal("12.5"), AdherenceViewModel.parsePercent(" 12,5 % ").orElseThrow());
        assertEquals(0, new BigDecimal("15").compareTo(AdherenceViewModel.parsePercent("15.0").orElseThrow()));
        assertTrue(AdherenceViewModel.parsePercent("-1").isEmpty());
        assertTrue(AdherenceViewModel.parsePercent("").isEmpty());
    }
}
