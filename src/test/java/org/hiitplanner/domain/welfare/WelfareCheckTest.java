package org.hiitplanner.domain.welfare;

import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.session.WelfareClearance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.junit.jupiter.api.Test;

/**
 * R03 weighs 350.0 g at its first session (baseline), 300.0 g a week later (−14.3 %) and 280.0 g after two weeks:
 * (350 − 280) / 350 = 20.0 %, at the default endpoint of 20 %. A session with 21 stimuli is above the limit of 20.
 */
class WelfareCheckTest {
    private static final LocalDate D1 = LocalDate.of(2026, 11, 16);
    private final WelfareCheck check = new WelfareCheck();
    private final WelfareLimits limits = WelfareLimits.defaults();

    private static SessionRecord weighed(LocalDate date, String grams, int stimuli, int minute) {
        return new SessionRecord("R03", date, 1, SessionStatus.COMPLETED, 5, stimuli, 0,
                grams == null ? null : new BigDecimal(grams), "", "", "T", Instant.parse("2026-11-16T09:00:00Z")
                .plusSeconds(86_400L * (date.toEpochDay() - D1.toEpochDay()) + 60L * minute));
    }

    private final List<SessionRecord> records = List.of(weighed(D1, "350.0", 0, 0),
            weighed(D1.plusDays(7), "300.0", 3, 0), weighed(D1.plusDays(14), "280.0", 21, 0));

    @Test
    void lossIsMeasuredFromTheFirstWeightAndFlaggedAtTheEndpoint() {
        assertEquals(new BigDecimal("14.3"), WelfareCheck.lossPercent(new BigDecimal("350.0"), new BigDecimal("300.0")));
        assertEquals(new BigDecimal("20.0"), WelfareCheck.lossPercent(new BigDecimal("350.0"), new BigDecimal("280.0")));
        assertTrue(check.weightLoss(records.get(1), records, limits).isEmpty());
        assertEquals("Animal R03 weighed 280 g on 2026-11-30, 20.0 % below its baseline of 350 g (2026-11-16);"
                + " endpoint 20 %", check.weightLoss(records.get(2), records, limits).orElseThrow().message());
    }

    @Test
    void theFlagStaysUntilAPiClearsItAndComesBackWithALaterBreach() {
        assertEquals(D1.plusDays(14), check.openWeightFlag("R03", records, List.of(), limits).orElseThrow().date());

        WelfareClearance cleared = new WelfareClearance("R03", D1.plusDays(14), "PI", Instant.parse(
                "2026-11-30T15:00:00Z"), "vet: stable, extra food");
        assertTrue(check.openWeightFlag("R03", records, List.of(cleared), limits).isEmpty());

        List<SessionRecord> later = new java.util.ArrayList<>(records);
        later.add(weighed(D1.plusDays(15), "275.0", 0, 0));
        assertEquals(D1.plusDays(15), check.openWeightFlag("R03", later, List.of(cleared), limits).orElseThrow()
                .date());
    }

    @Test
    void stimuliAboveTheLimitAreFlaggedPerSessionAndACorrectionSupersedesTheRecord() {
        assertEquals("Animal R03 had 21 stimuli on 2026-11-30, above the limit of 20 per session",
                check.stimuli(records.get(2), limits).orElseThrow().message());
        assertTrue(check.stimuli(records.get(1), limits).isEmpty());

        Map<String, List<WelfareFlag>> flags = check.flagsByAnimal(records, List.of(), limits);
        assertEquals(List.of(WelfareFlag.Kind.WEIGHT_LOSS, WelfareFlag.Kind.STIMULI),
                flags.get("R03").stream().map(WelfareFlag::kind).toList());

        List<SessionRecord> corrected = new java.util.ArrayList<>(records);
        corrected.add(weighed(D1.plusDays(14), "290.0", 12, 5));
        assertEquals(Map.of(), check.flagsByAnimal(corrected, List.of(), limits),
                "290 g is 17.1 % below 350 g and 12 stimuli are within the limit");
    }
}
