package org.hiitplanner.ui.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.app.DemoStudies;
import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.domain.adherence.AdherenceAlert;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.junit.jupiter.api.Test;

/** The alerts of the demo the window opens on first start, on Wednesday 2026-12-02 of its week 3. */
class AdherenceDemoAlertsTest {
    @Test
    void theWelfareEventComesFirstThenR23sThreePartialSessions() {
        AdherenceSnapshot s = AdherenceSnapshot.compute(new DerivedStudies(new ScheduleEngine())
                .of(DemoStudies.inProgress(LocalDate.of(2026, 12, 2))), LocalDate.of(2026, 12, 1));
        List<AdherenceAlert> alerts = s.alerts(new BigDecimal("100"));
        assertEquals(new AdherenceAlert(AdherenceAlert.Kind.WELFARE_EVENT, "R17", "Animal R17 had 25 stimuli on "
                + "2026-11-24, above the limit of 20 per session"), alerts.get(0));
        assertEquals(new AdherenceAlert(AdherenceAlert.Kind.PARTIAL_STREAK, "R23", "Animal R23 had 3 partial "
                + "sessions in a row, from 2026-11-23 to 2026-11-25"), alerts.get(1));
        assertEquals(2, alerts.size());
        assertTrue(s.alerts(BigDecimal.ZERO).size() > 2, "every week-2 test changed Vmax");
    }
}
