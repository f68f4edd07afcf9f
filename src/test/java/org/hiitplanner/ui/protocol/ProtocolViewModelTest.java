package org.hiitplanner.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.schedule.PhaseKind;
import org.hiitplanner.domain.schedule.PlannedPhase;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Outcome;
import org.junit.jupiter.api.Test;

/** R15 of the demo study has Vmax 35.47 (baseline 2026-11-14). */
class ProtocolViewModelTest {
    private final StudyDocument document = new StudyDocument(DemoStudy.create(), null);
    private final ProtocolViewModel model = new ProtocolViewModel(document);
    private final ScheduleEngine engine = new ScheduleEngine();

    private PlannedSession r15On(String date) {
        return engine.schedule(document.study(), new ScheduleQuery("R15", LocalDate.parse(date),
                LocalDate.parse(date))).get(0);
    }

    @Test
    void editingAWeekChangesTheScheduleAndIsUndoable() {
        // week 2 (Mon 2026-11-23) at 85 %: 35.47 × 0.85 = 30.1495 → 30.1
        assertEquals(new BigDecimal("30.1"), r15On("2026-11-23").prescription().highSpeed());
        assertInstanceOf(Outcome.Done.class, model.editWeek(2, 6, new BigDecimal("90"), false));
        // 35.47 × 0.90 = 31.923 → 31.9, and 6 intervals: 300 + 6 × 180 + 300 = 1680 s
        PlannedSession s = r15On("2026-11-23");
        assertEquals(new BigDecimal("31.9"), s.prescription().highSpeed());
        assertEquals(1680, s.prescription().totalSeconds());
        assertEquals(new ProtocolViewModel.WeekRow(2, 6, new BigDecimal("90"), 1680), model.weeks().get(1));
        document.undo();
        assertEquals(new BigDecimal("30.1"), r15On("2026-11-23").prescription().highSpeed());
        assertEquals(5, model.weeks().get(1).intervals());
    }

    @Test
    void aWarningNeedsAcceptanceAndAHardLimitIsRejected() {
        Outcome warn = model.editWeek(3, 12, new BigDecimal("85"), false);
        assertEquals(new Outcome.NeedsAcceptance(List.of("Week 3: 12 intervals is outside the usual 4–10")), warn);
        assertEquals(6, document.study().protocol().week(3).intervals(), "nothing changes before acceptance");
        assertInstanceOf(Outcome.Done.class, model.editWeek(3, 12, new BigDecimal("85"), true));
        assertEquals(12, document.study().protocol().week(3).intervals());
        assertEquals(new Outcome.Rejected("Week 3: intervals must be between 1 and 20 (was 21)"),
                model.editWeek(3, 21, new BigDecimal("85"), true));
        assertEquals(12, document.study().protocol().week(3).intervals());
    }

    @Test
    void theChartFollowsTheChosenAnimalAndWeek() {
        model.chartAnimalProperty().set("R15");
        model.chartWeekProperty().set(8);
        ProtocolViewModel.Profile p = model.profileProperty().get();
        assertEquals(new BigDecimal("35.47"), p.vmax());
        // week 8: warm-up, 10 × (high + low), cool-down; high at 100 % → 35.5
        assertEquals(22, p.phases().size());
        PlannedPhase high = p.phases().get(1);
        assertEquals(PhaseKind.HIGH, high.kind());
        assertEquals(new BigDecimal("35.5"), high.speed());
        model.editWeek(8, 10, new BigDecimal("95"), false);
        // 35.47 × 0.95 = 33.6965 → 33.7
        assertEquals(new BigDecimal("33.7"), model.profileProperty().get().phases().get(1).speed());
    }

    @Test
    void calendarEditsAddAndRemoveSessions() {
        int before = engine.schedule(document.study(), ScheduleQuery.animal("R15")).size();
        model.addSkipDate(LocalDate.of(2026, 12, 25));
        assertEquals(before - 1, engine.schedule(document.study(), ScheduleQuery.animal("R15")).size());
        model.setTrainingDay(DayOfWeek.SATURDAY, true);
        assertEquals(before - 1 + 8, engine.schedule(document.study(), ScheduleQuery.animal("R15")).size());
        model.removeSkipDate(LocalDate.of(2026, 12, 25));
        assertEquals(before + 8, engine.schedule(document.study(), ScheduleQuery.animal("R15")).size());
        assertTrue(document.canUndoProperty().get());
    }

    @Test
    void resetRestoresTheTemplate() {
        model.editWeek(1, 9, new BigDecimal("99"), true);
        model.addWeek();
        assertEquals(9, model.weeks().size());
        model.resetToTemplate();
        assertEquals(8, model.weeks().size());
        assertEquals(4, model.weeks().get(0).intervals());
        assertEquals("Reset protocol to the default template", document.undoTextProperty().get());
    }

    @Test
    void aSkipDateOnADayWithRecordsNamesThemAndAsksFirst() {
        LocalDate tuesday = LocalDate.of(2026, 11, 17);
        document.edit("record", st -> st.withAddedRecord(new org.hiitplanner.domain.session.SessionRecord("R22",
                tuesday, 2, org.hiitplanner.domain.session.SessionStatus.MISSED, 0, 0, 0, null, "", "", "Tech",
                java.time.Instant.parse("2026-11-17T12:00:00Z"))));
        List<String> asked = new java.util.ArrayList<>();
        org.hiitplanner.ui.common.OrphanGuard guard = new org.hiitplanner.ui.common.OrphanGuard(
                new org.hiitplanner.ui.common.Messages(java.util.Locale.ENGLISH));
        guard.setConfirm(q -> asked.add(q) && false);
        model.setOrphanGuard(guard);
        assertInstanceOf(Outcome.Rejected.class, model.addSkipDate(tuesday));
        assertTrue(document.study().calendar().skipDates().isEmpty());
        assertTrue(asked.get(0).contains("R22 on 2026-11-17 (Missed)"), asked.get(0));
        assertInstanceOf(Outcome.Done.class, model.addSkipDate(LocalDate.of(2026, 12, 25)), "no records then");
        guard.setConfirm(q -> true);
        assertInstanceOf(Outcome.Done.class, model.addSkipDate(tuesday));
        assertEquals(1, document.study().sessionRecords().size(), "the record stays in the file");
    }
}
