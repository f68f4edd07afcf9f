package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;

import org.hiitplanner.domain.schedule.Prescription;

/**
 * The four phases of a session side by side, in type readable at arm's length: the high speed in
 * {@value DayBlock#HIGH_SPEED_SIZE} pt bold, the other speeds in {@value DayBlock#SPEED_SIZE} pt and the durations
 * in {@value DayBlock#DURATION_SIZE} pt.
 */
final class DayPhases {
    private static final float[] WEIGHTS = {1f, 1.45f, 1.15f, 1f};
    private static final float GAP = 6f;

    private final PageWriter w;
    private final Prescription p;

    DayPhases(PageWriter w, Prescription p) {
        this.w = w;
        this.p = p;
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
        phase(x, widths[0], top, height, "WARM-UP", "Warm-up", p.warmUpSpeed(), Formats.clock(p.warmUpSeconds()));
        x += widths[0] + GAP;
        phase(x, widths[1], top, height, "HIGH · " + p.intervals() + " intervals", "High", p.highSpeed(),
                Formats.clock(p.highSeconds()) + " each");
        x += widths[1] + GAP;
        phase(x, widths[2], top, height, "LOW · after each high", "Low", p.lowSpeed(),
                Formats.clock(p.lowSeconds()) + " each");
        x += widths[2] + GAP;
        phase(x, widths[3], top, height, "COOL-DOWN", "Cool-down", p.coolDownSpeed(),
                Formats.clock(p.coolDownSeconds()));
    }

    /** True if a warning is about this phase's speed (e.g. "High speed 41.2 m/min is above …"). */
    private boolean warned(String phase) {
        return p.warnings().stream().anyMatch(warning -> warning.startsWith(phase + " speed"));
    }

    private void phase(float x, float width, float top, float height, String caption, String phase,
                       BigDecimal speed, String duration) throws IOException {
        Fonts f = w.fonts();
        boolean high = "High".equals(phase);
        boolean warned = warned(phase);
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
