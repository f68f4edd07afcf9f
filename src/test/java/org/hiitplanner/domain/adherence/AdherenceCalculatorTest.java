package org.hiitplanner.domain.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class AdherenceCalculatorTest {
    private final AdherenceCalculator calculator = new AdherenceCalculator();
    private final List<PlannedSession> week = Week.planned("R1", "HIIT", 1, 7);
    private final java.time.LocalDate friday = TestStudies.MONDAY.plusDays(4);

    @Test
    void aWeekWithOneMissedSessionIsYellow() {
        AdherenceReport report = calculator.compute(week, Week.records(week, SessionStatus.MISSED), friday);
        Adherence a = report.animal("R1");
        assertEquals(new Adherence(35, 26, 5, 3), a);
        assertEquals(Optional.of(new BigDecimal("74.3")), a.intervalAdherence());
        assertEquals(Optional.of(new BigDecimal("60.0")), a.sessionCompletion());
        assertEquals(Optional.of(Band.YELLOW), a.intervalBand(Band.DEFAULT_GREEN_FROM, Band.DEFAULT_YELLOW_FROM));
        assertEquals(Optional.of(Band.YELLOW), a.sessionBand(Band.DEFAULT_GREEN_FROM, Band.DEFAULT_YELLOW_FROM));
    }

    @Test
    void anExcusedSessionCountsInNeither() {
        AdherenceReport report = calculator.compute(week, Week.records(week, SessionStatus.EXCUSED), friday);
        Adherence a = report.animal("R1");
        assertEquals(new Adherence(28, 26, 4, 3), a);
        assertEquals(Optional.of(new BigDecimal("92.9")), a.intervalAdherence());
        assertEquals(Optional.of(new BigDecimal("75.0")), a.sessionCompletion());
        assertEquals(Band.GREEN, Band.of(a.intervalAdherence().orElseThrow()));
    }

    @Test
    void aPlannedSessionWithoutRecordCountsAsNotCompleted() {
        List<SessionRecord> four = Week.records(week, SessionStatus.MISSED).subList(0, 4);
        assertEquals(new Adherence(35, 26, 5, 3), calculator.compute(week, four, friday).animal("R1"));
    }

    @Test
    void sessionsAfterTheAsOfDateAreNotCounted() {
        AdherenceReport report = calculator.compute(week, Week.records(week, SessionStatus.MISSED),
                TestStudies.MONDAY.plusDays(2));
        assertEquals(new Adherence(21, 19, 3, 2), report.overall());
        assertEquals(Optional.of(new BigDecimal("90.5")), report.overall().intervalAdherence());
    }

    @Test
    void theRecordEnteredLastWinsAndStrayRecordsAreReported() {
        List<SessionRecord> records = new ArrayList<>(Week.records(week, SessionStatus.MISSED));
        PlannedSession fri = week.get(4);
        records.add(new SessionRecord("R1", fri.date(), fri.number(), SessionStatus.COMPLETED, 7, 0, 0, null,
                "corrected", "", "Tech", Week.AT.plusSeconds(60)));
        SessionRecord stray = new SessionRecord("R9", friday, 5, SessionStatus.COMPLETED, 7, 0, 0, null, "", "",
                "Tech", Week.AT);
        records.add(stray);
        AdherenceReport report = calculator.compute(week, records, friday);
        assertEquals(new Adherence(35, 33, 5, 4), report.animal("R1"));
        assertEquals(List.of(stray), report.unmatched());
    }

    @Test
    void aggregatesPerGroupAndPerWeekOverTwoAnimals() {
        List<PlannedSession> planned = new ArrayList<>();
        List<PlannedSession> a1 = Week.planned("A1", "HIIT", 1, 7);
        List<PlannedSession> b1 = Week.planned("B1", "T2D-HIIT", 1, 7);
        List<PlannedSession> a2 = Week.planned("A1", "HIIT", 2, 8);
        List<PlannedSession> b2 = Week.planned("B1", "T2D-HIIT", 2, 8);
        planned.addAll(a1);
        planned.addAll(b1);
        planned.addAll(a2);
        planned.addAll(b2);
        List<SessionRecord> records = new ArrayList<>(Week.records(a1, SessionStatus.EXCUSED));
        records.addAll(Week.records(b1, SessionStatus.MISSED));
        a2.forEach(p -> records.add(Week.record(p, SessionStatus.COMPLETED, 8)));
        // B1 has no records in week 2: 5 sessions of 8 planned, none completed
        AdherenceReport report = calculator.compute(planned, records, TestStudies.MONDAY.plusDays(13));

        assertEquals(new Adherence(28 + 40, 26 + 40, 4 + 5, 3 + 5), report.group("HIIT"));
        assertEquals(new Adherence(35 + 40, 26, 10, 3), report.group("T2D-HIIT"));
        assertEquals(new Adherence(63, 52, 9, 6), report.week(1));
        assertEquals(Optional.of(new BigDecimal("82.5")), report.week(1).intervalAdherence());
        assertEquals(new Adherence(80, 40, 10, 5), report.week(2));
        assertEquals(Optional.of(new BigDecimal("50.0")), report.week(2).intervalAdherence());
        assertEquals(Band.YELLOW, Band.of(new BigDecimal("50.0")));
        assertEquals(List.of("A1", "B1"), List.copyOf(report.byAnimal().keySet()));
        assertEquals(report.week(1).plus(report.week(2)), report.overall());
    }

    @Test
    void worksOnTheRealScheduleEngine() {
        Study study = TestStudies.withAnimals(TestStudies.oneRat(1365), Animal.of("R2", "HIIT", Sex.MALE));
        List<PlannedSession> planned = new ScheduleEngine().schedule(study);
        List<SessionRecord> records = new ArrayList<>();
        planned.stream().filter(p -> p.animalId().equals("R1") && p.week() == 1)
                .forEach(p -> records.add(p.completedAsPlanned("Tech", Instant.EPOCH)));
        AdherenceReport report = calculator.compute(planned, records, TestStudies.MONDAY.plusDays(6));
        // default template week 1: 4 intervals, Mon–Fri
        assertEquals(new Adherence(20, 20, 5, 5), report.animal("R1"));
        assertEquals(new Adherence(20, 0, 5, 0), report.animal("R2"));
        assertEquals(Optional.of(new BigDecimal("50.0")), report.group("HIIT").intervalAdherence());
        assertTrue(report.unmatched().isEmpty());
    }

    @Test
    void countedRecordsKeepTheLastRecordedOfADayUpToTheAsOfDate() {
        List<SessionRecord> records = new ArrayList<>(Week.records(week, SessionStatus.MISSED));
        PlannedSession wed = week.get(2);
        SessionRecord corrected = new SessionRecord("R1", wed.date(), wed.number(), SessionStatus.COMPLETED, 7, 0, 0,
                null, "corrected", "", "Tech", Week.AT.plusSeconds(60));
        records.add(0, corrected);
        List<SessionRecord> counted = AdherenceCalculator.countedRecords(records, wed.date());
        // Mon, Tue and the corrected Wed (7 intervals, not the partial 5); Thu and Fri are after the as-of date
        assertEquals(List.of(records.get(1), records.get(2), corrected), counted);
    }

    @Test
    void nothingPlannedHasNoPercentage() {
        assertEquals(Optional.empty(), Adherence.NONE.intervalAdherence());
        assertEquals(Optional.empty(), calculator.compute(List.of(), List.of(), friday).animal("R1").sessionCompletion());
    }

    @Test
    void aRecordThePlanDoesNotExplainIsLeftOutAndThePercentagesIgnoreIt() {
        // Wednesday's record says completed 99 of 7: left out, so Wednesday counts as planned without a record
        List<SessionRecord> records = new ArrayList<>(Week.records(week, SessionStatus.MISSED));
        PlannedSession wed = week.get(2);
        records.set(2, Week.record(wed, SessionStatus.COMPLETED, 99));
        AdherenceReport report = calculator.compute(week, records, friday, friday);
        assertEquals(1, report.leftOut());
        assertEquals(List.of(records.get(2)), report.unmatched());
        // Mon 7, Tue 7, Wed —, Thu 7, Fri missed: 21 of 35 intervals (60.0 %), 3 of 5 sessions
        assertEquals(new Adherence(35, 21, 5, 3), report.animal("R1"));
        assertEquals(Optional.of(new BigDecimal("60.0")), report.animal("R1").intervalAdherence());
    }

    @Test
    void aRecordDatedAfterTodayIsLeftOut() {
        // the as-of date is Friday, but today is Thursday: Friday's record cannot have happened yet
        List<SessionRecord> records = Week.records(week, SessionStatus.MISSED);
        AdherenceReport report = calculator.compute(week, records, friday, friday.minusDays(1));
        assertEquals(1, report.leftOut());
        assertEquals(new Adherence(35, 26, 5, 3), report.animal("R1"));
    }

    @Test
    void ofTwoRecordsWithTheSameRecordedAtTheLaterInTheFileCounts() {
        PlannedSession mon = week.get(0);
        SessionRecord first = Week.record(mon, SessionStatus.MISSED, 0);
        SessionRecord second = Week.record(mon, SessionStatus.COMPLETED, 7);
        assertEquals(first.recordedAt(), second.recordedAt());
        assertEquals(new Adherence(7, 7, 1, 1), calculator.compute(week, List.of(first, second),
                TestStudies.MONDAY).animal("R1"));
        assertEquals(new Adherence(7, 0, 1, 0), calculator.compute(week, List.of(second, first),
                TestStudies.MONDAY).animal("R1"));
    }
}
