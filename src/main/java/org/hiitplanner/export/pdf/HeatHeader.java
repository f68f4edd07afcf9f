package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.heats.Heat;

/**
 * The head of one heat on the day run sheet: "Heat 2 · 08:32–08:54", how many animals and how long; on a single
 * belt the belt's speed for each phase in large type (what the technician sets), on independent lanes a line saying
 * that each lane runs its animal's own speeds; and the heat's warnings (e.g. sessions of different lengths).
 */
final class HeatHeader {
    private static final float PAD = 6f;
    private static final float TITLE_ROW = 24f;
    private static final float PHASE_ROW = 60f;
    private static final float WARNING_SIZE = 10f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final Heat heat;
    private final boolean continued;
    private final List<String> warningLines;

    HeatHeader(SheetContext ctx, Heat heat, boolean continued) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.heat = heat;
        this.continued = continued;
        this.warningLines = new ArrayList<>();
        for (String warning : heat.warnings()) {
            warningLines.addAll(w.layout().wrap(warningStyle(), "⚠ " + warning, w.width() - 2 * PAD, 3));
        }
    }

    /** "Heat 2 · 08:32–08:54". */
    static String title(Heat heat) {
        return "Heat " + heat.number() + " · " + Formats.span(heat.start(), heat.end());
    }

    private Style warningStyle() {
        return ctx.fonts().bold(WARNING_SIZE, Style.ALERT);
    }

    float height() {
        float h = PAD + TITLE_ROW + warningLines.size() * warningStyle().leading() + PAD;
        return heat.beltSpeeds().isPresent() ? h + PHASE_ROW + PAD : h;
    }

    /** Draws the header with its top at the cursor and moves the cursor below it. */
    void draw() throws IOException {
        Fonts f = ctx.fonts();
        float top = w.y();
        float h = height();
        w.fill(w.left(), top - PAD - TITLE_ROW, w.width(), PAD + TITLE_ROW, Table.HEADER_SHADE);
        w.box(w.left(), top - h, w.width(), h, 2f);
        Style titleStyle = f.bold(18);
        String title = title(heat) + (continued ? " (continued)" : "");
        float baseline = top - PAD - 18;
        w.text(title, w.left() + PAD, baseline, titleStyle);
        Style info = f.regular(11);
        float room = w.width() - 3 * PAD - f.width(titleStyle, f.printable(title));
        if (f.width(info, f.printable(info())) <= room) {
            w.textRight(info(), w.right() - PAD, baseline, info);
        }
        float y = top - PAD - TITLE_ROW;
        for (String line : warningLines) {
            w.text(line, w.left() + PAD, y - warningStyle().ascent() - 2, warningStyle());
            y -= warningStyle().leading();
        }
        if (heat.beltSpeeds().isPresent()) {
            y -= PAD;
            new DayPhases(w, DayPhases.Figures.belt(heat, heat.beltSpeeds().get())).draw(w.left() + PAD,
                    w.width() - 2 * PAD, y, PHASE_ROW);
        }
        w.down(h);
    }

    /** "belt for all 3 animals · 22:00" or "independent lanes: each at its own speeds · 25:00". */
    private String info() {
        int n = heat.runners().size();
        String length = Formats.clock(heat.durationSeconds());
        if (heat.beltSpeeds().isPresent()) {
            return "belt speeds for " + (n == 1 ? "1 animal" : "all " + n + " animals") + " · " + length;
        }
        return "independent lanes: each at its own speeds · " + length;
    }
}
