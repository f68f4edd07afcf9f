package org.hiitplanner.ui.today;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.DaySheet.TreadmillDay;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;
import org.hiitplanner.ui.today.TodayRow.TreadmillHeading;

/**
 * The rows of one day: per treadmill its heading, then each heat's heading followed by its animals by lane, then the
 * animals in no heat (no Vmax) as they come. Without a plan for a treadmill its animals follow its heading directly.
 */
final class TodayRows {
    private final TodayData data;
    private final CardTexts cardTexts;
    private final HeatTexts heatTexts;
    private final LocalDate today;

    /** @param today the clock's day: what may be recorded for a card depends on it (nothing after today) */
    TodayRows(TodayData data, CardTexts cardTexts, HeatTexts heatTexts, LocalDate today) {
        this.data = data;
        this.cardTexts = cardTexts;
        this.heatTexts = heatTexts;
        this.today = today;
    }

    /**
     * @param plans the day's heats per treadmill, as {@code StudyHeats.day} gives them; empty when they could not
     *              be planned
     */
    List<TodayRow> of(DaySheet sheet, List<HeatPlan> plans) {
        Map<String, SessionRecord> latest = data.latestOn(sheet.date());
        List<TodayRow> out = new ArrayList<>();
        for (TreadmillDay t : sheet.treadmills()) {
            Optional<HeatPlan> plan = plans.stream().filter(p -> p.treadmill().equals(t.treadmill().name()))
                    .findFirst();
            Map<String, HeatRunner> runners = plan.map(TodayRows::runners).orElse(Map.of());
            Map<String, RunCard> cards = new LinkedHashMap<>();
            for (PlannedSession s : t.sessions()) {
                cards.put(s.animalId(), card(s, latest.get(s.animalId()), runners.get(s.animalId())));
            }
            int open = (int) cards.values().stream().filter(c -> c.latest() == null).count();
            out.add(new TreadmillHeading(t.treadmill(), cards.size(), open, plan.map(heatTexts::day).orElse(""),
                    plan.map(HeatPlan::fits).orElse(true), plan.map(HeatPlan::warnings).orElse(List.of())));
            for (Heat heat : plan.map(HeatPlan::heats).orElse(List.of())) {
                List<RunCard> inHeat = heat.runners().stream().map(r -> cards.remove(r.animalId()))
                        .filter(Objects::nonNull).toList();
                int notRecorded = (int) inHeat.stream().filter(c -> c.latest() == null).count();
                out.add(new HeatHeading(t.treadmill().name(), heat, heatTexts.title(heat), notRecorded));
                out.addAll(inHeat);
            }
            out.addAll(cards.values());
        }
        return List.copyOf(out);
    }

    private RunCard card(PlannedSession s, SessionRecord r, HeatRunner runner) {
        return new RunCard(s, data.groupOrCode(s.animalId(), s.group()), r, data.flagsOf(s.animalId()),
                cardTexts.state(s, r), cardTexts.by(r), runner, runner == null ? "" : heatTexts.own(runner),
                RecordRules.choices(s, today));
    }

    private static Map<String, HeatRunner> runners(HeatPlan plan) {
        Map<String, HeatRunner> out = new HashMap<>();
        plan.heats().forEach(h -> h.runners().forEach(r -> out.put(r.animalId(), r)));
        return out;
    }
}
