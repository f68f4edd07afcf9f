package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;

/**
 * One animal of a heat on the day run sheet: lane, id, group (or blinded code), Vmax in force; a tick box per
 * interval; boxes for stimuli, time on the grid, body weight, notes, operator and signature. On a single belt it
 * shows the animal's own high speed and its deviation ("own 26.4 · −0.3"), the belt's speeds being in the heat's
 * header; on independent lanes it shows the animal's own phases with speeds and durations in large type.
 */
final class DayBlock {
    static final float HIGH_SPEED_SIZE = 28f;
    static final float SPEED_SIZE = 18f;
    static final float DURATION_SIZE = 14f;
    private static final float PAD = 6f;
    private static final float GAP = 4f;
    private static final float TOP_ROW = 25f;
    private static final float PHASE_ROW = 56f;
    private static final float TICK_ROW = 22f;
    private static final float FIELD_ROW = 28f;
    private static final float NOTES_ROW = 26f;
    private static final float WARNING_SIZE = 10.5f;
    private static final float LANE_WIDTH = 70f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final HeatRunner runner;
    private final PlannedSession session;
    private final boolean ownPhases;
    private final List<String> warningLines;
    private final float notesHeight;

    /**
     * @param ownPhases  true on independent lanes: print the animal's own phases; false on a single belt
     * @param notesExtra points added to the notes box, so that the blocks fill the page (less what the warnings
     *                   take)
     */
    DayBlock(SheetContext ctx, HeatRunner runner, boolean ownPhases, float notesExtra) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.runner = runner;
        this.session = runner.session();
        this.ownPhases = ownPhases;
        this.warningLines = warningLines();
        this.notesHeight = NOTES_ROW + Math.max(0f, notesExtra - warningLines.size() * warningStyle().leading());
    }

    /** Height of a block without warnings and without extra room for notes. */
    static float plainHeight(boolean ownPhases) {
        float h = 2 * PAD + TOP_ROW + GAP + TICK_ROW + GAP + FIELD_ROW + GAP + NOTES_ROW;
        return ownPhases ? h + PHASE_ROW + GAP : h;
    }

    private List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        for (String warning : session.prescription().warnings()) {
            lines.addAll(w.layout().wrap(warningStyle(), "⚠ WARNING: " + warning, innerWidth(), 3));
        }
        return lines;
    }

    private Style warningStyle() {
        return ctx.fonts().bold(WARNING_SIZE, Style.ALERT);
    }

    private float innerWidth() {
        return w.width() - 2 * PAD;
    }

    float height() {
        return plainHeight(ownPhases) - NOTES_ROW + notesHeight + warningLines.size() * warningStyle().leading();
    }

    /** Draws the block with its top at the cursor and moves the cursor below it. */
    void draw() throws IOException {
        float top = w.y();
        float h = height();
        w.box(w.left(), top - h, w.width(), h, 1.2f);
        float y = top - PAD;
        topRow(y);
        y -= TOP_ROW;
        for (String line : warningLines) {
            w.text(line, w.left() + PAD, y - warningStyle().ascent(), warningStyle());
            y -= warningStyle().leading();
        }
        y -= GAP;
        if (ownPhases) {
            new DayPhases(w, DayPhases.Figures.of(session.prescription())).draw(w.left() + PAD, innerWidth(), y,
                    PHASE_ROW);
            y -= PHASE_ROW + GAP;
        }
        tickRow(y);
        y -= TICK_ROW + GAP;
        formRows(y);
        w.down(h);
    }

    /** "Lane 2  R15  HIIT   own 28.4 · −0.3   Vmax 35.47 m/min". */
    private void topRow(float top) throws IOException {
        Fonts f = ctx.fonts();
        float x = w.left() + PAD;
        float baseline = top - 20;
        w.text("Lane " + runner.lane(), x, baseline, f.bold(16));
        x += Math.max(LANE_WIDTH, f.width(f.bold(16), "Lane " + runner.lane()) + 12);
        Style idStyle = fittedBold(session.animalId(), 20f, 150f);
        String id = w.layout().fit(idStyle, session.animalId(), 150f);
        w.text(id, x, baseline, idStyle);
        x += f.width(idStyle, f.printable(id)) + 10;
        float ownX = w.left() + PAD + 0.5f * innerWidth();
        Style groupStyle = f.regular(14);
        String group = ctx.groupLabel(session.animalId(), session.group());
        w.text(w.layout().fit(groupStyle, group, ownX - x - 8), x, baseline, groupStyle);
        if (!ownPhases) {
            w.text("own " + Formats.speed(runner.own().high()) + " · " + Units.signed(runner.deviation().high()),
                    ownX, top - 11, f.bold(12));
            w.text("own high · belt − own, m/min", ownX, top - 23, f.regular(8, Style.GREY));
        }
        float right = w.right() - PAD;
        w.textRight("Vmax " + Formats.vmax(session.vmax().vmax()) + " m/min", right, top - 11, f.bold(12));
        w.textRight("test " + Formats.date(session.vmax().testDate()), right, top - 23, f.regular(9));
    }

    /** Bold at {@code size}, made smaller (down to 11 pt) if the text would not fit in {@code width}. */
    private Style fittedBold(String text, float size, float width) {
        Style s = ctx.fonts().bold(size);
        float needed = ctx.fonts().width(s, ctx.fonts().printable(text));
        return needed <= width ? s : s.sized(Math.max(11f, size * width / needed));
    }

    private void tickRow(float top) throws IOException {
        Fonts f = ctx.fonts();
        Prescription p = session.prescription();
        Style label = f.bold(11);
        float x = w.left() + PAD;
        float baseline = top - TICK_ROW / 2 - label.ascent() / 2;
        w.text("Intervals done", x, baseline, label);
        x += f.width(label, "Intervals done") + 8;
        Style totalStyle = f.regular(11);
        String total = "Total " + Formats.clock(p.totalSeconds())
                + (ownPhases ? " · " + Formats.metres(p.distanceMetres()) + " m" : "");
        float totalWidth = f.width(totalStyle, total);
        w.textRight(total, w.right() - PAD, baseline, totalStyle);
        float room = w.right() - PAD - totalWidth - 10 - x;
        float size = Math.min(TICK_ROW - 2, room / p.intervals() - 4);
        for (int i = 1; i <= p.intervals(); i++) {
            Forms.tickBox(w, x, top - TICK_ROW + (TICK_ROW - size) / 2, size, Integer.toString(i));
            x += size + 4;
        }
    }

    private void formRows(float top) throws IOException {
        float x = w.left() + PAD;
        Forms.fields(w, List.of(new Forms.Field("Stimuli (count)", 1f), new Forms.Field("Seconds on the grid", 1.1f),
                new Forms.Field("Body weight (g)", 1.1f), new Forms.Field("Operator", 1.4f),
                new Forms.Field("Signature", 1.6f)), x, innerWidth(), top, FIELD_ROW);
        Forms.fields(w, List.of(new Forms.Field("Notes", 1f)), x, innerWidth(), top - FIELD_ROW - GAP,
                notesHeight);
    }
}
