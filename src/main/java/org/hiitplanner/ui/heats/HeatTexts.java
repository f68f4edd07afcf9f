package org.hiitplanner.ui.heats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.NotPlanned;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Messages;

/** The words and numbers of the heats screen: day status, plan summaries, speeds and signed deviations. */
final class HeatTexts {

    private HeatTexts() {
    }

    /** "Monday 2026-11-16 · week 1, session 1 · 14 animals on 1 treadmill", or why there is nothing to plan. */
    static String dayStatus(LocalDate date, List<PlannedSession> day, List<HeatPlan> plans, Messages m) {
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, m.locale());
        if (day.isEmpty()) {
            return m.get("heats.day.none", weekday, date.toString());
        }
        PlannedSession first = day.get(0);
        return m.get("heats.day.status", weekday, date.toString(), first.week(), first.number(), day.size(),
                plans.size());
    }

    /** "3 lanes, one belt" or "5 independent lanes". */
    static String belt(int lanes, BeltType belt, Messages m) {
        return m.get(belt == BeltType.SINGLE_BELT ? "heats.belt.single" : "heats.belt.independent", lanes);
    }

    /** "Exer-3 rat: 3 lanes, one belt" for the what-if comparison. */
    static String profile(HeatPlan p, Messages m) {
        return m.get("heats.profile", p.treadmill(), belt(p.lanes(), p.belt(), m));
    }

    /** A speed or deviation in m/min with at least one decimal: "0.0", "1.25". */
    static String speed(BigDecimal v) {
        return (v.scale() < 1 ? v.setScale(1) : v).toPlainString();
    }

    /** "5 heats, 08:00–10:30 (150 min) · fits the day window 08:00–12:00". */
    static String summary(HeatPlan p, Messages m) {
        return m.get("heats.plan.summary", p.heatCount(), p.firstStart().toString(), p.end().toString(),
                minutes(p.totalSeconds()), speed(p.maxDeviation()), fits(p, m));
    }

    /** "fits 08:00–12:00", "does not fit 08:00–10:00", "no day window". */
    static String fits(HeatPlan p, Messages m) {
        return p.options().dayWindow()
                .map(w -> m.get(p.fits() ? "heats.fits.yes" : "heats.fits.no", TreadmillForm.window(w)))
                .orElse(m.get(p.fits() ? "heats.fits.noWindow" : "heats.fits.midnight"));
    }

    /** The day's warnings, each heat's (prefixed with its number) and why animals are not planned. */
    static List<String> warnings(HeatPlan p, Messages m) {
        List<String> out = new ArrayList<>(p.warnings());
        for (Heat h : p.heats()) {
            h.warnings().forEach(w -> out.add(m.get("heats.warning.heat", h.number(), w)));
        }
        for (NotPlanned n : p.notPlanned()) {
            out.add(m.get("heats.warning.notPlanned", n.animalId(), n.reason()));
        }
        return out;
    }

    /** "+0.5", "−0.4", "0.0". */
    static String signed(BigDecimal v) {
        return Units.signed(v);
    }

    /** The deviation in percent of the own speed, signed, to 0.1: "+1.9 %". */
    static String percent(BigDecimal deviation, BigDecimal own) {
        return own.signum() == 0 ? "" : Units.signed(Units.percentOfWhole(deviation, own)) + " %";
    }

    /** "150 min" or "95.5 min". */
    static String minutes(int seconds) {
        return Units.decimalMinutes(seconds);
    }

    /** One line of the profile table's speeds: "0–100 m/min in 0.1 steps". */
    static String speedRange(Treadmill t, Messages m) {
        return m.get("heats.table.speedRange", Units.plain(t.minSpeed()), Units.plain(t.maxSpeed()),
                Units.plain(t.resolution()));
    }
}
