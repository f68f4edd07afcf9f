package org.hiitplanner.ui.heats;

import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.ui.common.Messages;

/**
 * One line of a heats table, as text: a heat (number, start–end, belt speeds per phase) or an animal in it (lane,
 * id, group, own high speed, high speed run and signed deviation in m/min and %).
 *
 * @param heat    true for a heat's line, false for an animal's
 * @param belt    a heat's belt speeds: warm-up, high, low, cool-down ("own" on independent lanes); empty for an animal
 * @param outside an animal outside the tolerance
 */
record HeatLine(boolean heat, String title, String time, List<String> belt, String lane, String animal, String group,
                String own, String run, String deviation, String percent, boolean outside) {

    /** A heat's line followed by its animals' lines, for every heat of the plan. */
    static List<List<HeatLine>> of(HeatPlan plan, Messages m) {
        List<List<HeatLine>> out = new ArrayList<>();
        Tolerance tolerance = plan.options().tolerance();
        String own = m.get("heats.ownSpeeds");
        for (Heat h : plan.heats()) {
            List<HeatLine> lines = new ArrayList<>();
            lines.add(new HeatLine(true, m.get("heats.heat", h.number()), h.start() + "–" + h.end(),
                    h.beltSpeeds().map(HeatLine::speeds).orElse(List.of(own, own, own, own)), "", "", "", "", "", "",
                    "", false));
            for (HeatRunner r : h.runners()) {
                lines.add(runner(r, tolerance));
            }
            out.add(lines);
        }
        return out;
    }

    private static List<String> speeds(PhaseSpeeds s) {
        return List.of(s.warmUp().toPlainString(), s.high().toPlainString(), s.low().toPlainString(),
                s.coolDown().toPlainString());
    }

    /** The belt speed of one phase (0 warm-up … 3 cool-down), or "" for an animal's line. */
    String belt(int phase) {
        return belt.isEmpty() ? "" : belt.get(phase);
    }

    private static HeatLine runner(HeatRunner r, Tolerance tolerance) {
        var own = r.own().high();
        var dev = r.deviation().high();
        boolean outside = dev.abs().compareTo(tolerance.allowedFor(own)) > 0;
        return new HeatLine(false, "", "", List.of(), Integer.toString(r.lane()), r.animalId(), r.session().group(),
                own.toPlainString(), r.run().high().toPlainString(), HeatTexts.signed(dev),
                HeatTexts.percent(dev, own), outside);
    }
}
