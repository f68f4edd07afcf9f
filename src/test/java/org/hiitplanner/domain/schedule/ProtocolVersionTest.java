package org.hiitplanner.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/**
 * A protocol change after the start is a new version from a date: the demo's week 2 (5 intervals at 85 %) becomes
 * 6 intervals at 90 % from Wednesday 2026-11-25. R15 (Vmax 35.47 from its baseline, 13 stages + 88 s) ran on
 * Tuesday at 85 % = 30.1495 → 30.1 m/min and keeps it; from Wednesday it runs at 90 % = 31.923 → 31.9.
 */
class ProtocolVersionTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);
    private final ScheduleEngine engine = new ScheduleEngine();

    private static Study changedFromWednesday() {
        Study demo = DemoStudy.create();
        return demo.withNewProtocolVersion(new ProtocolVersion(WEDNESDAY,
                demo.protocol().withWeek(2, new ProtocolWeek(6, new BigDecimal("90"))), "PI: animals coped well"));
    }

    private PlannedSession r15On(Study study, LocalDate date) {
        return engine.schedule(study, ScheduleQuery.ALL).stream()
                .filter(p -> p.animalId().equals("R15") && p.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void sessionsBeforeTheVersionKeepTheirSpeedsAndLaterOnesUseTheNewVersion() {
        Study study = changedFromWednesday();

        PlannedSession tuesday = r15On(study, TUESDAY);
        PlannedSession wednesday = r15On(study, WEDNESDAY);

        assertEquals(new BigDecimal("35.47"), tuesday.vmax().vmax());
        assertEquals(new BigDecimal("30.1"), tuesday.prescription().highSpeed());
        assertEquals(5, tuesday.prescription().intervals());
        assertEquals(new BigDecimal("31.9"), wednesday.prescription().highSpeed());
        assertEquals(6, wednesday.prescription().intervals());
        assertEquals(r15On(DemoStudy.create(), TUESDAY), tuesday, "Tuesday is exactly as it was planned before");
    }

    @Test
    void theVersionInForceIsNumberedAndTheEditorEditsTheLatest() {
        Study study = changedFromWednesday();

        assertEquals(1, study.protocolVersionOn(TUESDAY));
        assertEquals(2, study.protocolVersionOn(WEDNESDAY));
        assertEquals(new BigDecimal("85"), study.protocolOn(TUESDAY).week(2).highPercent());
        assertEquals(new BigDecimal("90"), study.protocol().week(2).highPercent());
        Study edited = study.withProtocol(study.protocol().withWeek(3, new ProtocolWeek(7, new BigDecimal("85"))));
        assertEquals(6, edited.firstProtocol().week(3).intervals(), "version 1 is untouched");
        assertEquals(7, edited.protocolOn(WEDNESDAY).week(3).intervals());
    }

    @Test
    void aNewVersionMustStartAfterTheCurrentOne() {
        Study study = changedFromWednesday();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> study.withNewProtocolVersion(
                new ProtocolVersion(TUESDAY, study.protocol(), "too early")));

        assertEquals("a new protocol version must take effect after 2026-11-25 (was 2026-11-24)", e.getMessage());
        assertEquals(List.of(WEDNESDAY, LocalDate.of(2026, 12, 7)), study.withNewProtocolVersion(new ProtocolVersion(
                LocalDate.of(2026, 12, 7), study.protocol(), "later")).protocolVersions().stream()
                .map(ProtocolVersion::effectiveFrom).toList());
    }
}
