package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.schedule.Prescription;

/**
 * The four phases of a session side by side, in type readable at arm's length: the high speed in
 * {@value DayBlock#HIGH_SPEED_SIZE} pt bold, the other speeds in {@value DayBlock#SPEED_SIZE} pt and the durations
 * in {@value DayBlock#DURATION_SIZE} pt. Either one animal's own speeds or the speeds of a heat's belt.
 */
final class DayPhases {
    private static final float[] WEIGHTS = {1f, 1.45f, 1.15f, 1f};
    private static final float GAP = 6f;
    private static final List<String> PHASES = List.of("Warm-up", "High", "Low", "Cool-down");

    private final PageWriter w;
    private final Figures p;

    /**
     * What the phases show.
     *
     * @param speeds    m/min per phase
     * @param timing    the prescription whose phase lengths are shown
     * @param intervals e.g. "5 intervals", "4–5 intervals"
     * @param clamped   the phases ("High", …) whose speed was clamped to the treadmill's limits
     */
    record Figures(PhaseSpeeds speeds, Prescription timing, String intervals, Set<String> clamped) {
        Figures {
            Objects.requireNonNull(speeds, "speeds");
            Objects.requireNonNull(timing, "timing");
            Objects.requireNonNull(intervals, "intervals");
            clamped = Set.copyOf(clamped);
        }

        /** An animal's own prescription (it must have speeds). */
        static Figures of(Prescription p) {
            return new Figures(PhaseSpeeds.of(p), p, p.intervals() + " intervals", clamped(p));
        }

        /** The belt's speeds of a heat on a single belt, timed as its longest session. */
        static Figures belt(Heat heat, PhaseSpeeds belt) {
            Prescription longest = heat.runners().stream().map(r -> r.session().prescription())
                    .max(Comparator.comparingInt(Prescription::totalSeconds)).orElseThrow();
            int fewest = heat.runners().stream().mapToInt(r -> r.session().prescription().intervals()).min()
                    .orElseThrow();
            int most = heat.runners().stream().mapToInt(r -> r.session().prescription().intervals()).max()
                    .orElseThrow();
            Set<String> clamped = new LinkedHashSet<>();
            for (HeatRunner r : heat.runners()) {
                clamped.addAll(clamped(r.session().prescription()));
            }
            String intervals = (fewest == most ? Integer.toString(most) : fewest + "–" + most) + " intervals";
            return new Figures(belt, longest, intervals, clamped);
        }

        /** Phases with a warning about their speed (e.g. "High speed 41.2 m/min is above …"). */
        private static Set<String> clamped(Prescription p) {
            Set<String> set = new LinkedHashSet<>();
            for (String phase : PHASES) {
                if (p.warnings().stream().anyMatch(warning -> warning.startsWith(phase + " speed"))) {
                    set.add(phase);
                }
            }
            return set;
        }
    }

    DayPhases(PageWriter w, Figures figures) {
        this.w = w;
        this.p = figures;
    }

    void draw(float x, float width, float top, float height) throws IOException {
        float total = 0;
        for (float f : WEIGHTS) {
            total += f;
        }
        float usable = width - GAP * (WEIGHTS.length - 1);
        float[] widths = new float[WEIGHTS.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = usable * WEIGHTS[i] / total;
        }
        Prescription t = p.timing();
        PhaseSpeeds v = p.speeds();
        phase(x, widths[0], top, height, "WARM-UP", "Warm-up", v.warmUp(), Formats.clock(t.warmUpSeconds()));
        x += widths[0] + GAP;
        phase(x, widths[1], top, height, "HIGH · " + p.intervals(), "High", v.high(),
                Formats.clock(t.highSeconds()) + " each");
        x += widths[1] + GAP;
        phase(x, widths[2], top, height, "LOW · after each high", "Low", v.low(),
                Formats.clock(t.lowSeconds()) + " each");
        x += widths[2] + GAP;
        phase(x, widths[3], top, height, "COOL-DOWN", "Cool-down", v.coolDown(), Formats.clock(t.coolDownSeconds()));
    }

    private void phase(float x, float width, float top, float height, String caption, String phase,
                       BigDecimal speed, String duration) throws IOException {
        Fonts f = w.fonts();
        boolean high = "High".equals(phase);
        boolean warned = p.clamped().contains(phase);
        if (high) {
            w.fill(x, top - height, width, height, Table.BAND_SHADE);
        }
        w.box(x, top - height, width, height, high ? 2f : 0.7f);
        float inner = width - 8;
        Style cap = f.bold(8.5f, warned ? Style.ALERT : Style.GREY);
        String text = warned ? "⚠ " + phase.toUpperCase(Locale.ROOT) + " · CLAMPED" : caption;
        w.text(w.layout().fit(cap, text, inner), x + 4, top - 3 - cap.ascent(), cap);
        Style number = high ? f.bold(DayBlock.HIGH_SPEED_SIZE) : f.regular(DayBlock.SPEED_SIZE);
        Style unit = f.regular(10);
        String value = Formats.speed(speed);
        float speedBaseline = top - 13 - number.ascent();
        w.text(value, x + 4, speedBaseline, number);
        float unitX = x + 4 + f.width(number, value) + 3;
        if (unitX + f.width(unit, "m/min") <= x + width - 4) {
            w.text("m/min", unitX, speedBaseline, unit);
        }
        Style dur = high ? f.bold(DayBlock.DURATION_SIZE) : f.regular(DayBlock.DURATION_SIZE);
        w.text(w.layout().fit(dur, duration, inner), x + 4, top - height + 6, dur);
    }
}
