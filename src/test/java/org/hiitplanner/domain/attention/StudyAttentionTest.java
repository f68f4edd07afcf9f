package org.hiitplanner.domain.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.attention.Attention.Code;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** What a PI must not miss, worked on the demo study (start Monday 2026-11-16, planned tests 11-14, 11-28, …). */
class StudyAttentionTest {
    private static final LocalDate WEDNESDAY_WEEK_3 = LocalDate.of(2026, 12, 2);
    private final StudyAttention attention = new StudyAttention(new ScheduleEngine());
    private final Study demo = DemoStudy.create();

    private static List<String> ids(int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(String.format("R%02d", i));
        }
        return out;
    }

    private static SessionRecord completed(String id, String day, int number, int intervals, String grams) {
        return new SessionRecord(id, LocalDate.parse(day), number, SessionStatus.COMPLETED, intervals, 0, 0,
                grams == null ? null : new BigDecimal(grams), "", "", "T", Instant.parse(day + "T09:00:00Z"));
    }

    @Test
    void theDemoOnWednesdayOfWeek3HasNoWeek2TestAndNoRecordSinceTheStart() {
        List<Attention> items = attention.check(demo, WEDNESDAY_WEEK_3);

        assertEquals(List.of(Code.TEST_RESULTS_MISSING, Code.SESSIONS_NOT_RECORDED),
                items.stream().map(Attention::code).toList());
        Attention test = items.get(0);
        assertEquals(LocalDate.of(2026, 11, 28), test.date());
        assertEquals(ids(1, 28), test.animals());
        assertEquals(28, test.count());
        // 12 training days from Monday 11-16 to Tuesday 12-01, 14 trained rats each: 168 sessions
        Attention sessions = items.get(1);
        assertEquals(168, sessions.count());
        assertEquals(12, sessions.dates().size());
        assertEquals(LocalDate.of(2026, 11, 16), sessions.dates().get(0));
        assertEquals(LocalDate.of(2026, 12, 1), sessions.dates().get(11));
        assertEquals("168 past sessions have no record, on 12 days: 2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19,"
                + " 2026-11-20, 2026-11-23, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27, 2026-11-30, 2026-12-01",
                sessions.text());
    }

    @Test
    void onTuesdayOfWeek2OnlyTheSixDaysBeforeTodayAreUnrecorded() {
        List<Attention> items = attention.check(demo, LocalDate.of(2026, 11, 24));
        assertEquals(1, items.size());
        assertEquals(6 * 14, items.get(0).count(), "Mon–Fri of week 1 and Monday of week 2");
        assertEquals(List.of(), attention.check(demo, LocalDate.of(2026, 11, 16)), "the first morning: all is well");
    }

    @Test
    void aResultTwoDaysEarlyCountsAnInvalidOneDoesNotAndAnExcludedAnimalIsNotExpected() {
        List<StepTestResult> results = new ArrayList<>(demo.stepTestResults());
        ids(1, 20).forEach(id -> results.add(new StepTestResult(id, LocalDate.of(2026, 11, 26),
                new Measurement.TotalTime(1500), "T", true, "")));
        results.add(new StepTestResult("R21", LocalDate.of(2026, 11, 28), new Measurement.TotalTime(90), "T", false,
                "refused"));
        results.add(new StepTestResult("R22", LocalDate.of(2026, 11, 25), new Measurement.TotalTime(1500), "T", true,
                "three days early: not for this test"));
        Study s = demo.withStepTestResults(results).withAnimals(demo.animals().stream().map(a -> a.id().equals("R28")
                ? a.withExclusion(new Exclusion(LocalDate.of(2026, 11, 20), "Injured paw")) : a).toList());

        Attention missing = attention.check(s, WEDNESDAY_WEEK_3).get(0);

        assertEquals(Code.TEST_RESULTS_MISSING, missing.code());
        assertEquals(ids(21, 27), missing.animals());
        assertEquals(27, missing.count());
        assertEquals("The planned step test of 2026-11-28 has no result for 7 of 27 animals: R21, R22, R23, R24,"
                + " R25, R26, R27", missing.text());
        assertEquals(List.of(Code.SESSIONS_NOT_RECORDED), attention.check(s, LocalDate.of(2026, 11, 28)).stream()
                .map(Attention::code).toList(), "on the test day itself the results may still come");
    }

    @Test
    void aRecordedDayIsNoLongerListed() {
        List<SessionRecord> monday = new ArrayList<>();
        ids(15, 28).forEach(id -> monday.add(completed(id, "2026-11-16", 1, 4, null)));
        Attention sessions = attention.check(demo.withSessionRecords(monday), LocalDate.of(2026, 11, 24)).get(0);
        assertEquals(5 * 14, sessions.count());
        assertEquals(LocalDate.of(2026, 11, 17), sessions.dates().get(0));
    }

    @Test
    void anOpenWeightFlagComesFirstAndAStimulusEventForTwoWeeks() {
        SessionRecord heavy = completed("R15", "2026-11-16", 1, 4, "350");
        SessionRecord light = completed("R15", "2026-11-23", 6, 5, "280");
        SessionRecord stimuli = new SessionRecord("R17", LocalDate.of(2026, 11, 24), 7, SessionStatus.PARTIAL, 3, 25,
                140, null, "", "", "T", Instant.parse("2026-11-24T09:00:00Z"));
        Study s = demo.withSessionRecords(List.of(heavy, light, stimuli));

        List<Attention> items = attention.check(s, WEDNESDAY_WEEK_3);

        // 350 g → 280 g is 20.0 % below the baseline: at the endpoint of 20 %
        assertEquals(new Attention(Code.WEIGHT_LOSS_OPEN, LocalDate.of(2026, 11, 23), List.of("R15"), List.of(), 0,
                new BigDecimal("20.0"), new BigDecimal("20")), items.get(0));
        assertEquals(new Attention(Code.STIMULI_ABOVE_LIMIT, LocalDate.of(2026, 11, 24), List.of("R17"), List.of(),
                0, new BigDecimal("25"), new BigDecimal("20")), items.get(1));
        assertEquals("Welfare: animal R17 had 25 stimuli on 2026-11-24, above the limit of 20 per session",
                items.get(1).text());
        // 168 planned sessions, 3 of them recorded
        assertEquals(165, items.get(3).count());
        // the stimulus event is listed for 14 days: up to 12-07, not on 12-08
        assertEquals(Code.STIMULI_ABOVE_LIMIT, attention.check(s, LocalDate.of(2026, 12, 7)).get(1).code());
        assertEquals(Code.TEST_RESULTS_MISSING, attention.check(s, LocalDate.of(2026, 12, 8)).get(1).code());
    }

    @Test
    void animalsWithoutAVmaxForTheComingWeek() {
        Study s = demo.withStepTestResults(demo.stepTestResults().stream()
                .filter(r -> !r.animalId().equals("R15") && !r.animalId().equals("R22")).toList());
        List<Attention> items = attention.check(s, LocalDate.of(2026, 11, 16));
        assertEquals(List.of(new Attention(Code.TEST_RESULTS_MISSING, LocalDate.of(2026, 11, 14),
                List.of("R15", "R22"), List.of(), 28, null, null), new Attention(Code.NO_VMAX_AHEAD,
                LocalDate.of(2026, 11, 16), List.of("R15", "R22"), List.of(), 7, null, null)), items);
        assertEquals("2 animals have no Vmax for the sessions of the next 7 days, from 2026-11-16: R15, R22",
                items.get(1).text());
    }

    @Test
    void aNewStudySaysWhatToAddNext() {
        Study empty = Study.newFromTemplate("New study", LocalDate.of(2026, 12, 14));
        assertEquals(List.of(Code.ADD_GROUPS), codes(empty));
        Study grouped = empty.withGroups(List.of(new Group("CON", false, true)));
        assertEquals(List.of(Code.ADD_ANIMALS, Code.ADD_TRAINING_GROUP), codes(grouped));
        Study animals = grouped.withGroups(List.of(new Group("CON", false, true), new Group("HIIT", true, true)))
                .withAnimals(demo.animals().stream().filter(a -> a.group().equals("CON")).toList());
        List<Attention> items = attention.check(animals, WEDNESDAY_WEEK_3);
        assertEquals(List.of(Code.ADD_STEP_TESTS), items.stream().map(Attention::code).toList());
        assertEquals(ids(1, 7), items.get(0).animals());
        assertEquals("Next: enter the baseline step-test results of 7 animals to get each animal's Vmax",
                items.get(0).text());
        assertEquals(List.of(Code.ADD_GROUPS, Code.ADD_TREADMILL), codes(empty.withTreadmills(List.of())));
    }

    private List<Code> codes(Study s) {
        return attention.check(s, WEDNESDAY_WEEK_3).stream().map(Attention::code).toList();
    }
}
