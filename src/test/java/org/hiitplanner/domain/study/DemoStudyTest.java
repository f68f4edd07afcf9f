package org.hiitplanner.domain.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.junit.jupiter.api.Test;

class DemoStudyTest {
    private final Study demo = DemoStudy.create();

    @Test
    void twentyEightMaleWistarRatsInFourGroupsOfSeven() {
        assertEquals(28, demo.animals().size());
        Map<String, Long> perGroup = demo.animals().stream()
                .collect(Collectors.groupingBy(a -> a.group(), Collectors.counting()));
        assertEquals(Map.of("CON", 7L, "T2D", 7L, "HIIT", 7L, "T2D+HIIT", 7L), perGroup);
        assertEquals(List.of("HIIT", "T2D+HIIT"),
                demo.groups().stream().filter(g -> g.trains()).map(g -> g.name()).toList());
        assertEquals("Wistar", demo.info().strain());
        assertTrue(demo.protocol().note().contains("assumption"));
    }

    @Test
    void everyAnimalHasABaselineVmaxBetween25And40() {
        VmaxHistory h = VmaxHistory.of(demo.stepTestResults(), demo.stepTestProtocol());
        BigDecimal min = new BigDecimal("25");
        BigDecimal max = new BigDecimal("40");
        demo.animals().forEach(a -> {
            BigDecimal v = h.inForce(a.id(), demo.startDate()).orElseThrow().vmax();
            assertTrue(v.compareTo(min) >= 0 && v.compareTo(max) <= 0, a.id() + " " + v);
        });
        long distinct = demo.animals().stream().map(a -> h.inForce(a.id(), demo.startDate()).orElseThrow().vmax())
                .distinct().count();
        assertTrue(distinct >= 20, "varied results, got " + distinct + " distinct");
    }

    @Test
    void validatesCleanlyAndSchedulesFourteenAnimalsForFortySessions() {
        assertFalse(StudyValidator.hasErrors(new StudyValidator().validate(demo)));
        assertEquals(List.of(), new StudyValidator().validate(demo));
        List<PlannedSession> s = new ScheduleEngine().schedule(demo);
        assertEquals(14 * 40, s.size());
        assertTrue(s.stream().allMatch(p -> p.prescription().hasSpeeds() && !p.hasWarnings()));
    }

    @Test
    void theSameStartGivesTheSameStudy() {
        assertEquals(demo, DemoStudy.create(DemoStudy.DEFAULT_START));
    }

    @Test
    void theDemoInProgressOnWednesday20261202StartsOnTheBundledStartAndItsRecordsFollowTheRules() {
        java.time.LocalDate wednesday = java.time.LocalDate.of(2026, 12, 2);
        DemoInProgress progress = DemoStudy.inProgress(wednesday);
        assertEquals(demo, progress.base());
        assertEquals(28, progress.week2().size());
        // 12 training days before Wednesday of week 3 × 14 trained rats
        assertEquals(168, progress.records().size());
        java.util.List<org.hiitplanner.domain.steptest.StepTestResult> tests = new java.util.ArrayList<>(
                demo.stepTestResults());
        tests.addAll(progress.week2());
        Study all = demo.withStepTestResults(tests).withSessionRecords(progress.records());
        assertEquals(List.of(), org.hiitplanner.domain.schedule.RecordRules.findings(all, wednesday));
        assertEquals(1, progress.records().stream().filter(r -> r.stimuli() > 20).count());
        assertEquals(progress, DemoStudy.inProgress(wednesday));
    }
}
