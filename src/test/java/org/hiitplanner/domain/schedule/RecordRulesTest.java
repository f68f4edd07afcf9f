package org.hiitplanner.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.schedule.RecordProblem.Code;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** The demo study starts on Monday 2026-11-16; today is Wednesday 2026-12-02 (week 3). */
class RecordRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** Tuesday of week 1: session 2, 4 intervals. */
    static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    static SessionRecord record(String animal, LocalDate date, int number, SessionStatus status, int intervals) {
        return new SessionRecord(animal, date, number, status, intervals, 0, 0, null, "",
                status == SessionStatus.EXCUSED ? "ill" : "", "Tech", Instant.parse("2026-12-02T10:00:00Z"));
    }

    /** The demo with R04 moved to HIIT and its only step test failed in the first stage: no Vmax. */
    static Study demoWithR04WithoutVmax() {
        Study demo = DemoStudy.create();
        List<Animal> animals = demo.animals().stream()
                .map(a -> a.id().equals("R04") ? a.withGroup("HIIT") : a).toList();
        List<StepTestResult> results = new ArrayList<>(demo.stepTestResults().stream()
                .filter(r -> !r.animalId().equals("R04")).toList());
        results.add(new StepTestResult("R04", LocalDate.of(2026, 11, 14), new Measurement.TotalTime(95), "Tech",
                true, ""));
        return demo.withAnimals(animals).withStepTestResults(results);
    }

    private static List<Code> codes(Study study, SessionRecord r) {
        return RecordRules.of(study, TODAY).check(r).stream().map(RecordProblem::code).toList();
    }

    @Test
    void r04WithoutVmaxCanOnlyBeMissedOrExcused() {
        Study s = demoWithR04WithoutVmax();
        assertEquals(List.of(Code.NO_PRESCRIPTION), codes(s, record("R04", TUESDAY, 2, SessionStatus.COMPLETED, 4)));
        assertEquals(List.of(Code.NO_PRESCRIPTION), codes(s, record("R04", TUESDAY, 2, SessionStatus.PARTIAL, 2)));
        assertEquals(List.of(), codes(s, record("R04", TUESDAY, 2, SessionStatus.MISSED, 0)));
        assertEquals(List.of(), codes(s, record("R04", TUESDAY, 2, SessionStatus.EXCUSED, 0)));
        RecordRules rules = RecordRules.of(s, TODAY);
        RecordRules.Choices c = RecordRules.choices(rules.plannedFor("R04", TUESDAY).orElseThrow(), TODAY);
        assertFalse(c.allows(SessionStatus.COMPLETED));
        assertEquals(Code.NO_PRESCRIPTION, c.why(SessionStatus.COMPLETED).orElseThrow().code());
        assertFalse(c.allows(SessionStatus.PARTIAL));
        assertTrue(c.allows(SessionStatus.MISSED));
        assertTrue(c.allows(SessionStatus.EXCUSED));
    }

    @Test
    void aRecordForMonday7DecemberIsRefusedOnWednesday2December() {
        SessionRecord monday = record("R15", LocalDate.of(2026, 12, 7), 16, SessionStatus.COMPLETED, 7);
        assertEquals(List.of(Code.FUTURE), codes(DemoStudy.create(), monday));
        assertEquals(TODAY, RecordRules.of(DemoStudy.create(), TODAY).check(monday).get(0).limit());
        RecordRules rules = RecordRules.of(DemoStudy.create(), TODAY);
        RecordRules.Choices c = RecordRules.choices(rules.plannedFor("R15", LocalDate.of(2026, 12, 7)).orElseThrow(),
                TODAY);
        for (SessionStatus st : SessionStatus.values()) {
            assertEquals(Code.FUTURE, c.why(st).orElseThrow().code(), st.name());
        }
        // today itself may be recorded: Wednesday 2 December is session 13 of week 3 (6 intervals)
        assertEquals(List.of(), codes(DemoStudy.create(), record("R15", TODAY, 13, SessionStatus.COMPLETED, 6)));
    }

    @Test
    void intervalsMustMatchTheStatus() {
        Study demo = DemoStudy.create();
        assertEquals(List.of(), codes(demo, record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 4)));
        assertEquals(List.of(Code.COMPLETED_TOO_MANY), codes(demo, record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 99)));
        assertEquals(List.of(Code.PARTIAL_OUT_OF_RANGE), codes(demo, record("R15", TUESDAY, 2, SessionStatus.PARTIAL, 6)));
        assertEquals(List.of(Code.PARTIAL_OUT_OF_RANGE), codes(demo, record("R15", TUESDAY, 2, SessionStatus.PARTIAL, 4)));
        assertEquals(List.of(Code.PARTIAL_OUT_OF_RANGE), codes(demo, record("R15", TUESDAY, 2, SessionStatus.PARTIAL, 0)));
        assertEquals(List.of(), codes(demo, record("R15", TUESDAY, 2, SessionStatus.PARTIAL, 3)));
        assertEquals(List.of(Code.COMPLETED_TOO_FEW), codes(demo, record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 2)));
        assertEquals(List.of(Code.NOT_RUN_WITH_INTERVALS), codes(demo, record("R15", TUESDAY, 2, SessionStatus.EXCUSED, 1)));
        RecordProblem p = RecordRules.of(demo, TODAY).check(record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 99)).get(0);
        assertEquals(4, p.expected());
        assertEquals(99, p.intervals());
        assertEquals("Session record of R15 on 2026-11-17: completed means all 4 planned intervals, not 99", p.text());
    }

    @Test
    void aRecordOutsideThePlanNamesWhy() {
        Study demo = DemoStudy.create();
        LocalDate saturday = LocalDate.of(2026, 11, 21);
        assertEquals(List.of(Code.GROUP_DOES_NOT_TRAIN), codes(demo, record("R01", TUESDAY, 2, SessionStatus.COMPLETED, 4)));
        assertEquals("CON", RecordRules.of(demo, TODAY).check(record("R01", TUESDAY, 2, SessionStatus.MISSED, 0))
                .get(0).group());
        assertEquals(List.of(Code.NOT_A_TRAINING_DAY), codes(demo, record("R15", saturday, 5, SessionStatus.COMPLETED, 4)));
        LocalDate in2030 = LocalDate.of(2030, 1, 7);
        assertEquals(List.of(Code.OUTSIDE_PROTOCOL), RecordRules.of(demo, in2030)
                .check(record("R15", in2030, 2, SessionStatus.COMPLETED, 4)).stream().map(RecordProblem::code).toList());
        assertEquals(List.of(Code.FUTURE, Code.OUTSIDE_PROTOCOL),
                codes(demo, record("R15", in2030, 2, SessionStatus.COMPLETED, 4)));
        assertEquals(List.of(Code.WRONG_SESSION_NUMBER), codes(demo, record("R15", TUESDAY, 999, SessionStatus.COMPLETED, 4)));
        assertEquals(2, RecordRules.of(demo, TODAY).check(record("R15", TUESDAY, 999, SessionStatus.MISSED, 0))
                .get(0).expected());
        assertEquals(List.of(Code.UNKNOWN_ANIMAL), codes(demo, record("R99", TUESDAY, 2, SessionStatus.MISSED, 0)));
        Study excluded = demo.withAnimals(demo.animals().stream().map(a -> a.id().equals("R15")
                ? a.withExclusion(new Exclusion(TUESDAY, "injured paw")) : a).toList());
        assertEquals(List.of(Code.AFTER_EXCLUSION), codes(excluded, record("R15", TUESDAY, 2, SessionStatus.MISSED, 0)));
        Study skipped = demo.withCalendar(demo.calendar().withSkipDates(List.of(TUESDAY)));
        assertEquals(List.of(Code.SKIP_DATE), codes(skipped, record("R15", TUESDAY, 2, SessionStatus.MISSED, 0)));
    }

    @Test
    void checkAllNamesEachBrokenRecordThatCountsAtItsPlace() {
        Study demo = DemoStudy.create();
        SessionRecord good = record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 4);
        SessionRecord tooMany = record("R16", TUESDAY, 2, SessionStatus.COMPLETED, 99);
        SessionRecord wrong = record("R17", TUESDAY, 2, SessionStatus.COMPLETED, 2);
        // R17's wrong record is corrected by a later one: the correction counts, the history is not an error
        SessionRecord corrected = new SessionRecord("R17", TUESDAY, 2, SessionStatus.PARTIAL, 2, 0, 0, null, "",
                "", "Tech", Instant.parse("2026-12-02T11:00:00Z"));
        SessionRecord control = record("R01", TUESDAY, 2, SessionStatus.COMPLETED, 4);
        Study s = demo.withSessionRecords(List.of(good, tooMany, wrong, corrected, control));
        List<RecordRules.BrokenRecord> broken = RecordRules.of(s, TODAY).checkAll();
        assertEquals(List.of(1, 4), broken.stream().map(RecordRules.BrokenRecord::index).toList());
        assertEquals(List.of(Code.COMPLETED_TOO_MANY), broken.get(0).codes());
        assertEquals("$.sessionRecords[4]", broken.get(1).finding().path());
        assertTrue(broken.get(1).finding().isError());
    }

    @Test
    void ofTwoRecordsWithTheSameRecordedAtTheLaterInTheFileCounts() {
        SessionRecord first = record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 99);
        SessionRecord second = record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 4);
        Study s = DemoStudy.create().withSessionRecords(List.of(first, second));
        assertEquals(List.of(), RecordRules.of(s, TODAY).checkAll());
        Study reversed = DemoStudy.create().withSessionRecords(List.of(second, first));
        assertEquals(List.of(1), RecordRules.of(reversed, TODAY).checkAll().stream()
                .map(RecordRules.BrokenRecord::index).toList());
    }

    @Test
    void editsThatLeaveRecordsOutsideThePlanNameThem() {
        SessionRecord tuesday = record("R15", TUESDAY, 2, SessionStatus.COMPLETED, 4);
        SessionRecord r22 = record("R22", TUESDAY, 2, SessionStatus.COMPLETED, 4);
        Study before = DemoStudy.create().withSessionRecords(List.of(tuesday, r22));
        Study excluded = before.withAnimals(before.animals().stream().map(a -> a.id().equals("R15")
                ? a.withExclusion(new Exclusion(LocalDate.of(2026, 11, 16), "ill")) : a).toList());
        assertEquals(List.of(tuesday), records(RecordRules.orphanedBy(before, excluded)));
        assertEquals(List.of(Code.AFTER_EXCLUSION), RecordRules.orphanedBy(before, excluded).get(0).codes());
        Study skip = before.withCalendar(before.calendar().withSkipDates(List.of(TUESDAY)));
        assertEquals(List.of(tuesday, r22), records(RecordRules.orphanedBy(before, skip)));
        Study stops = before.withGroups(before.groups().stream()
                .map(g -> g.name().equals("T2D+HIIT") ? new Group(g.name(), false, g.tested()) : g).toList());
        assertEquals(List.of(r22), records(RecordRules.orphanedBy(before, stops)));
        Study later = before.withAnimals(before.animals().stream().map(a -> a.id().equals("R15")
                ? a.withExclusion(new Exclusion(LocalDate.of(2026, 11, 18), "ill")) : a).toList());
        assertEquals(List.of(), RecordRules.orphanedBy(before, later));
    }

    private static List<SessionRecord> records(List<RecordRules.BrokenRecord> broken) {
        return broken.stream().map(RecordRules.BrokenRecord::record).toList();
    }
}
