package org.hiitplanner.ui.today;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.ui.common.Messages;

/** The words of the heats on the Today screen: a heat's title, a treadmill's day, an animal's own speed. */
final class HeatTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private final Messages messages;

    HeatTexts(Messages messages) {
        this.messages = messages;
    }

    /** "Heat 2 · 08:32–08:54". */
    String title(Heat heat) {
        return messages.get("today.heat.title", heat.number(), time(heat.start()), time(heat.end()));
    }

    /** "Heat 2 on Exer-3 rat", for questions and messages about a whole heat. */
    String where(String treadmill, int heat) {
        return messages.get("today.heat.where", heat, treadmill);
    }

    /** "5 heats · 08:00–10:30 · 150 min", with the day window when the treadmill has one. */
    String day(HeatPlan plan) {
        String text = messages.get("today.treadmill.day", plan.heatCount(), time(plan.firstStart()),
                time(plan.end()), Units.plain(plan.totalMinutes()));
        return plan.options().dayWindow()
                .map(w -> text + messages.get("today.treadmill.window", time(w.start()), time(w.end())))
                .orElse(text);
    }

    /** "own 26.4 m/min · −0.3 (−1.1 %)": the animal's own high speed and how far its lane's is from it. */
    String own(HeatRunner runner) {
        BigDecimal own = runner.own().high();
        BigDecimal off = runner.deviation().high();
        if (off.signum() == 0) {
            return messages.get("today.card.ownExact", RunCard.speed(own));
        }
        return messages.get("today.card.own", RunCard.speed(own), Units.signed(off),
                Units.signed(runner.highDeviationPercent()));
    }

    private static String time(LocalTime t) {
        return TIME.format(t);
    }
}
