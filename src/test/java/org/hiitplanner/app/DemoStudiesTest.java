package org.hiitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hiitplanner.domain.adherence.Adherence;
import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.attention.Attention;
import org.hiitplanner.domain.attention.StudyAttention;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.junit.jupiter.api.Test;

/** The demo the window opens on first start, in its week 3, built through the gate. */
class DemoStudiesTest {
    private static final LocalDate WEDNESDAY_WEEK_3 = LocalDate.of(2026, 12, 2);
    private final Study demo = DemoStudies.inProgress(WEDNESDAY_WEEK_3);

    @Test
    void startsOnTheMondayTwoWeeksBeforeTheWeekOfToday() {
        assertEquals(LocalDate.of(2026, 11, 16), demo.startDate());
        assertEquals(LocalDate.of(2026, 11, 16), DemoStudies.inProgress(LocalDate.of(2026, 11, 30)).startDate());
        assertEquals(LocalDate.of(2026, 11, 16), DemoStudies.inProgress(LocalDate.of(2026, 12, 6)).startDate());
        assertEquals(LocalDate.of(2026, 11, 23), DemoStudies.inProgress(LocalDate.of(2026, 12, 7)).startDate());
    }

    @Test
    void everyRecordPassesTheRecordRulesAndTheAuditTrailIsAnIntactChain() {
        assertEquals(List.of(), RecordRules.findings(demo, WEDNESDAY_WEEK_3));
        assertEquals(List.of(), new StudyValidator().validate(demo));
        assertEquals(Optional.empty(), demo.auditLog().verify());
        assertTrue(demo.sessionRecords().stream().allMatch(r -> r.recordedAt()
                .isBefore(Instant.parse("2026-12-02T00:00:00Z"))));
        List<AuditEntry> entries = demo.auditLog().entries();
        assertEquals(1, entries.stream().filter(e -> e.what().startsWith("welfare event")).count());
        assertEquals(168, entries.stream().filter(e -> e.what().startsWith("session record")).count());
        assertEquals(Instant.parse("2026-11-16T11:30:00Z"), entries.get(0).at());
        assertEquals(Instant.parse("2026-12-01T11:30:00Z"), entries.get(entries.size() - 1).at());
        assertTrue(entries.stream().allMatch(e -> e.operator().equals("Demo Technician")));
    }

    @Test
    void twelveDaysOfFourteenRatsWithAFewPartialOneMissedOneExcused() {
        // Mon 11-16 … Tue 12-01: 12 training days × 14 trained rats
        assertEquals(168, demo.sessionRecords().size());
        Map<SessionStatus, Long> byStatus = demo.sessionRecords().stream()
                .collect(Collectors.groupingBy(SessionRecord::status, Collectors.counting()));
        assertEquals(Map.of(SessionStatus.COMPLETED, 161L, SessionStatus.PARTIAL, 5L, SessionStatus.MISSED, 1L,
                SessionStatus.EXCUSED, 1L), byStatus);
        // planned intervals: week 1 5 × 4, week 2 5 × 5, week 3 2 × 6 = 57 per rat, × 14 = 798; R20's excused
        // session (5) counts in neither: 793. Lost: R16 1, R23 1 + 2 + 1, R17 2, R25's missed session 4 = 11.
        Adherence overall = new AdherenceCalculator().compute(new ScheduleEngine().schedule(demo),
                demo.sessionRecords(), LocalDate.of(2026, 12, 1)).overall();
        assertEquals(new Adherence(793, 782, 167, 161), overall);
        assertEquals(new BigDecimal("98.6"), overall.intervalAdherence().orElseThrow());
        assertEquals(new BigDecimal("96.4"), overall.sessionCompletion().orElseThrow());
    }

    @Test
    void theWeek2TestOfEveryRatAndTheOneWelfareEventIsAllThePiMustNotMiss() {
        VmaxHistory history = VmaxHistory.of(demo.stepTestResults(), demo.stepTestVersions());
        assertEquals(28, demo.stepTestResults().stream().filter(r -> r.date().equals(LocalDate.of(2026, 11, 28)))
                .count());
        assertEquals(LocalDate.of(2026, 11, 28), history.inForce("R15", WEDNESDAY_WEEK_3).orElseThrow().testDate());
        List<Attention> items = new StudyAttention(new ScheduleEngine()).check(demo, WEDNESDAY_WEEK_3);
        assertEquals(List.of("Welfare: animal R17 had 25 stimuli on 2026-11-24, above the limit of 20 per session"),
                items.stream().map(Attention::text).toList());
    }

    @Test
    void theSameDayGivesTheSameDemo() {
        assertEquals(demo, DemoStudies.inProgress(WEDNESDAY_WEEK_3));
        assertEquals(DemoStudy.create(), demo.withSessionRecords(List.of()).withStepTestResults(DemoStudy.create()
                .stepTestResults()).withAuditLog(DemoStudy.create().auditLog()));
    }
}
