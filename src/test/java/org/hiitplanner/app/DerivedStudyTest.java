package org.hiitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** The derived state of a study value is computed once and shared; another value gets its own. */
class DerivedStudyTest {
    private static final LocalDate MONDAY_WEEK_1 = DemoStudy.DEFAULT_START;
    private static final LocalDate SATURDAY_WEEK_1 = MONDAY_WEEK_1.plusDays(5);

    private final ScheduleEngine engine = new ScheduleEngine();
    private final DerivedStudies studies = new DerivedStudies(engine);

    @Test
    void oneStudyValueHasOneDerivedStateForEveryScreen() {
        Study demo = DemoStudy.create();
        DerivedStudy first = studies.of(demo);
        assertSame(first, studies.of(demo));
        assertSame(first.schedule(), studies.of(demo).schedule());
        // 14 trained animals × 8 weeks × 5 sessions
        assertEquals(560, first.schedule().sessions().size());
        assertEquals(40, first.schedule().of("R15").size());
        assertEquals(14, first.schedule().on(MONDAY_WEEK_1).size());
        assertEquals(List.of(), first.schedule().on(SATURDAY_WEEK_1));
    }

    @Test
    void anotherStudyValueGetsItsOwnEvenWhenEqual() {
        Study demo = DemoStudy.create();
        Study edited = demo.withProtocol(demo.protocol().withWeek(1, ProtocolWeek.of(5, "90")));
        DerivedStudy before = studies.of(demo);
        DerivedStudy after = studies.of(edited);
        assertNotSame(before, after);
        assertNotSame(before, studies.of(DemoStudy.create()), "by identity, never by costly equality");
        assertEquals(14, after.schedule().on(MONDAY_WEEK_1).size());
        assertEquals(5, after.schedule().on(MONDAY_WEEK_1).get(0).prescription().intervals());
        assertEquals(4, before.schedule().on(MONDAY_WEEK_1).get(0).prescription().intervals());
    }

    @Test
    void theHeatsOfADayArePlannedOnceAsTheHeatsCommandPlansThem() {
        Study demo = DemoStudy.create();
        DerivedStudy d = studies.of(demo);
        var expected = new StudyHeats(new HeatPlanner()).day(demo, engine.schedule(demo,
                ScheduleQuery.day(MONDAY_WEEK_1)));
        assertEquals(expected, d.heatsOn(MONDAY_WEEK_1));
        assertSame(d.heatsOn(MONDAY_WEEK_1), d.heatsOn(MONDAY_WEEK_1));
        assertEquals(List.of(), d.heatsOn(SATURDAY_WEEK_1));
    }

    @Test
    void adherenceIsThatOfTheCalculatorOncePerDate() {
        Study demo = DemoStudy.create();
        DerivedStudy d = studies.of(demo);
        LocalDate friday = MONDAY_WEEK_1.plusDays(4);
        assertEquals(new AdherenceCalculator().compute(engine.schedule(demo), demo.sessionRecords(), friday),
                d.adherence(friday));
        assertSame(d.adherence(friday), d.adherence(friday));
        // 14 animals × 5 sessions of week 1 are planned up to Friday
        assertEquals(70, d.adherence(friday).overall().sessionsPlanned());
    }

    @Test
    void theAuditCheckOfAnEditChecksOnlyTheNewEntries() {
        Study stored = studyWithTrail(AuditLog.of(trail(560).entries()));
        assertEquals(0, stored.auditLog().verifiedCount());
        assertEquals(Optional.empty(), studies.of(stored).auditProblem());
        assertEquals(560, stored.auditLog().verifiedCount());

        Study edited = stored.withAuditLog(stored.auditLog().append(Instant.parse("2026-12-01T08:00:00Z"), "ana",
                "protocol week 3 intervals", "6", "7", "PI approved"));
        assertEquals(561, edited.auditLog().verifiedCount(), "nothing left to check");
        assertEquals(Optional.empty(), studies.of(edited).auditProblem());
    }

    @Test
    void aDamagedTrailIsReportedAtItsFirstBadEntry() {
        List<AuditEntry> entries = new ArrayList<>(trail(10).entries());
        AuditEntry e = entries.get(6);
        entries.set(6, new AuditEntry(e.sequence(), e.at(), e.operator(), e.what(), e.oldValue(), "99", e.reason(),
                e.previousHash(), e.hash()));
        Study damaged = studyWithTrail(AuditLog.of(entries));
        assertEquals(7, studies.of(damaged).auditProblem().orElseThrow().sequence());
    }

    @Test
    void fourThreadsAskingAtOnceGetOneSchedule() throws Exception {
        DerivedStudy d = studies.of(DemoStudy.create());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PlannedSchedule>> asked = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                asked.add(pool.submit(() -> {
                    start.await();
                    return d.schedule();
                }));
            }
            start.countDown();
            for (Future<PlannedSchedule> f : asked) {
                assertSame(d.schedule(), f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Study studyWithTrail(AuditLog log) {
        return DemoStudy.create().withAuditLog(log);
    }

    private static AuditLog trail(int n) {
        AuditLog log = AuditLog.empty();
        Instant t = Instant.parse("2026-11-14T07:00:00Z");
        for (int i = 1; i <= n; i++) {
            log = log.append(t.plusSeconds(60L * i), "ana", "protocol week " + (1 + i % 8) + " intervals",
                    Integer.toString(i), Integer.toString(i + 1), "");
        }
        return log;
    }
}
