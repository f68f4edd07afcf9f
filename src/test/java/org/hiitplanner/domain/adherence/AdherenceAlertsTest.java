package org.hiitplanner.domain.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.junit.jupiter.api.Test;

class AdherenceAlertsTest {
    private final AdherenceAlerts alerts = new AdherenceAlerts();

    private VmaxHistory history() {
        StepTestResult base = TestStudies.total("R1", TestStudies.MONDAY.minusDays(2), 1365); // 30.75
        StepTestResult invalid = new StepTestResult("R1", TestStudies.MONDAY.plusDays(5),
                new Measurement.DirectVmax(new BigDecimal("60.00")), "Tech", false, "refused");
        StepTestResult week2 = new StepTestResult("R1", TestStudies.MONDAY.plusDays(12),
                new Measurement.DirectVmax(new BigDecimal("35.00")), "Tech", true, "");
        return VmaxHistory.of(List.of(base, invalid, week2), StepTestProtocol.defaults(TestStudies.MONDAY, 8));
    }

    @Test
    void vmaxChangeAboveTheThresholdAlerts() {
        assertEquals(new BigDecimal("13.8"), AdherenceAlerts.changePercent(new BigDecimal("30.75"),
                new BigDecimal("35.00")));
        List<AdherenceAlert> found = alerts.vmaxChanges(history(), List.of("R1", "R2"), BigDecimal.TEN);
        assertEquals(1, found.size());
        assertEquals(AdherenceAlert.Kind.VMAX_CHANGE, found.get(0).kind());
        assertEquals("R1", found.get(0).subject());
        assertTrue(found.get(0).message().contains("+13.8 %"), found.get(0).message());
        assertEquals(List.of(), alerts.vmaxChanges(history(), List.of("R1"), new BigDecimal("15")));
    }

    @Test
    void aDropCountsToo() {
        assertEquals(new BigDecimal("-12.1"), AdherenceAlerts.changePercent(new BigDecimal("35.00"),
                new BigDecimal("30.75")));
    }

    private List<SessionRecord> records(SessionStatus... statuses) {
        List<PlannedSession> week = Week.planned("R1", "HIIT", 1, 7);
        List<SessionRecord> list = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            int intervals = statuses[i] == SessionStatus.PARTIAL ? 4 : statuses[i] == SessionStatus.COMPLETED ? 7 : 0;
            list.add(Week.record(week.get(i), statuses[i], intervals));
        }
        return list;
    }

    @Test
    void threePartialSessionsInARowAlert() {
        List<SessionRecord> records = records(SessionStatus.COMPLETED, SessionStatus.PARTIAL, SessionStatus.PARTIAL,
                SessionStatus.PARTIAL);
        List<AdherenceAlert> found = alerts.partialStreaks(records, AdherenceAlerts.DEFAULT_PARTIAL_STREAK);
        assertEquals(1, found.size());
        assertEquals(AdherenceAlert.Kind.PARTIAL_STREAK, found.get(0).kind());
        assertTrue(found.get(0).message().contains("from 2025-01-07 to 2025-01-09"), found.get(0).message());
    }

    @Test
    void anInterruptedRunDoesNotAlert() {
        List<SessionRecord> records = records(SessionStatus.PARTIAL, SessionStatus.COMPLETED, SessionStatus.PARTIAL,
                SessionStatus.PARTIAL);
        assertEquals(List.of(), alerts.partialStreaks(records, 3));
    }

    @Test
    void recordsInAnyOrderAreSortedByDate() {
        List<SessionRecord> records = new ArrayList<>(records(SessionStatus.PARTIAL, SessionStatus.PARTIAL,
                SessionStatus.PARTIAL, SessionStatus.PARTIAL));
        java.util.Collections.reverse(records);
        assertEquals(1, alerts.partialStreaks(records, 3).size());
    }

    @Test
    void groupsMoreThanTenPointsApartAlert() {
        AdherenceCalculator calculator = new AdherenceCalculator();
        List<PlannedSession> a = Week.planned("A1", "HIIT", 1, 7);
        List<PlannedSession> b = Week.planned("B1", "T2D-HIIT", 1, 7);
        List<PlannedSession> planned = new ArrayList<>(a);
        planned.addAll(b);
        List<SessionRecord> records = new ArrayList<>(Week.records(a, SessionStatus.EXCUSED));
        records.addAll(Week.records(b, SessionStatus.MISSED));
        AdherenceReport report = calculator.compute(planned, records, TestStudies.MONDAY.plusDays(4));

        List<AdherenceAlert> found = alerts.groupGaps(report, AdherenceAlerts.DEFAULT_GROUP_GAP_POINTS);
        assertEquals(1, found.size());
        assertEquals("HIIT / T2D-HIIT", found.get(0).subject());
        assertTrue(found.get(0).message().contains("(92.9 %)"), found.get(0).message());
        assertTrue(found.get(0).message().contains("(74.3 %)"), found.get(0).message());
        assertTrue(found.get(0).message().contains("differ by 18.6 points"), found.get(0).message());
        assertEquals(List.of(), alerts.groupGaps(report, new BigDecimal("18.6")));
    }

    private static SessionRecord weighed(String id, String day, int stimuli, String grams, String at) {
        return new SessionRecord(id, java.time.LocalDate.parse(day), 1, SessionStatus.COMPLETED, 4, stimuli, 0,
                grams == null ? null : new BigDecimal(grams), "", "", "T", java.time.Instant.parse(at));
    }

    @Test
    void welfareEventsAreAlertsInDateOrderAndACorrectedRecordCountsAsCorrected() {
        org.hiitplanner.domain.session.WelfareLimits limits = org.hiitplanner.domain.session.WelfareLimits.defaults();
        List<SessionRecord> records = List.of(
                weighed("R2", "2026-11-17", 25, null, "2026-11-17T10:00:00Z"),
                weighed("R1", "2026-11-16", 0, "350", "2026-11-16T10:00:00Z"),
                // 350 g → 280 g: 20.0 % below the baseline, at the endpoint of 20 %
                weighed("R1", "2026-11-23", 3, "280", "2026-11-23T10:00:00Z"),
                // 21 stimuli entered by mistake, corrected to 12: no event
                weighed("R3", "2026-11-18", 21, null, "2026-11-18T10:00:00Z"),
                weighed("R3", "2026-11-18", 12, null, "2026-11-18T11:00:00Z"),
                // exactly the limit of 20 is no event
                weighed("R4", "2026-11-19", 20, null, "2026-11-19T10:00:00Z"));

        List<AdherenceAlert> found = alerts.welfareEvents(records, limits);

        assertEquals(List.of("R2", "R1"), found.stream().map(AdherenceAlert::subject).toList());
        assertTrue(found.stream().allMatch(a -> a.kind() == AdherenceAlert.Kind.WELFARE_EVENT));
        assertEquals("Animal R2 had 25 stimuli on 2026-11-17, above the limit of 20 per session",
                found.get(0).message());
        assertTrue(found.get(1).message().contains("20.0 % below its baseline of 350 g"), found.get(1).message());
    }
}
