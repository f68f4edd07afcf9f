package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;

/**
 * One animal on the day run sheet: id, group (or blinded code), lane, Vmax in force; the phases with speeds and
 * durations in large type; a tick box per interval; boxes for stimuli, time on the grid, body weight, notes,
 * operator and signature. Without a Vmax it says "NO VMAX — do not run" instead of speeds.
 */
final class DayBlock {
    static final float HIGH_SPEED_SIZE = 28f;
    static final float SPEED_SIZE = 18f;
    static final float DURATION_SIZE = 14f;
    private static final float PAD = 7f;
    private static final float GAP = 5f;
    private static final float TOP_ROW = 26f;
    private static final float PHASE_ROW = 60f;
    private static final float TICK_ROW = 22f;
    private static final float FIELD_ROW = 30f;
    private static final float NOTES_ROW = 28f;
    private static final float WARNING_SIZE = 10.5f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final PlannedSession session;
    private final int lane;
    private final List<String> warningLines;
    private final float notesHeight;

    /**
     * @param notesExtra points added to the notes box, so that the blocks fill the page (less what the warnings
     *                   take)
     */
    DayBlock(SheetContext ctx, PlannedSession session, int lane, float notesExtra) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.session = session;
        this.lane = lane;
        this.warningLines = warningLines();
        this.notesHeight = NOTES_ROW + Math.max(0f, notesExtra - warningLines.size() * warningStyle().leading());
    }

    /** Height of a block with speeds, without warnings and without extra room for notes. */
    static float plainHeight() {
        return 2 * PAD + TOP_ROW + GAP + PHASE_ROW + GAP + TICK_ROW + GAP + FIELD_ROW + GAP + NOTES_ROW;
    }

    private List<String> warningLines() {
        List<String> lines = new ArrayList<>();
        Style s = warningStyle();
        for (String warning : session.prescription().warnings()) {
            if (session.prescription().hasSpeeds()) {
                lines.addAll(w.layout().wrap(s, "⚠ WARNING: " + warning, innerWidth(), 3));
            }
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
        float h = 2 * PAD + TOP_ROW + GAP + PHASE_ROW + GAP + FIELD_ROW + GAP + notesHeight;
        if (session.prescription().hasSpeeds()) {
            h += TICK_ROW + GAP;
        }
        return h + warningLines.size() * warningStyle().leading();
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
        if (session.prescription().hasSpeeds()) {
            new DayPhases(w, session.prescription()).draw(w.left() + PAD, innerWidth(), y, PHASE_ROW);
            y -= PHASE_ROW + GAP;
            tickRow(y);
            y -= TICK_ROW + GAP;
        } else {
            noVmax(y);
            y -= PHASE_ROW + GAP;
        }
        formRows(y);
        w.down(h);
    }

    private void topRow(float top) throws IOException {
        Fonts f = ctx.fonts();
        float x = w.left() + PAD;
        float baseline = top - 20;
        Style idStyle = fittedBold(session.animalId(), 20f, 170f);
        w.text(w.layout().fit(idStyle, session.animalId(), 170f), x, baseline, idStyle);
        x += f.width(idStyle, f.printable(w.layout().fit(idStyle, session.animalId(), 170f))) + 10;
        Style groupStyle = f.regular(14);
        String group = ctx.groupLabel(session.animalId(), session.group());
        float laneX = w.left() + PAD + 0.52f * innerWidth();
        w.text(w.layout().fit(groupStyle, group, laneX - x - 8), x, baseline, groupStyle);
        w.text("Lane " + lane, laneX, baseline, f.bold(16));
        float right = w.right() - PAD;
        if (session.vmaxInForce().isPresent()) {
            w.textRight("Vmax " + Formats.vmax(session.vmax().vmax()) + " m/min", right, top - 11, f.bold(12));
            w.textRight("test " + Formats.date(session.vmax().testDate()), right, top - 23, f.regular(9));
        } else {
            w.textRight("Vmax none", right, top - 11, f.bold(12, Style.ALERT));
        }
    }

    /** Bold at {@code size}, made smaller (down to 11 pt) if the text would not fit in {@code width}. */
    private Style fittedBold(String text, float size, float width) {
        Style s = ctx.fonts().bold(size);
        float needed = ctx.fonts().width(s, ctx.fonts().printable(text));
        return needed <= width ? s : s.sized(Math.max(11f, size * width / needed));
    }

    private void noVmax(float top) throws IOException {
        Fonts f = ctx.fonts();
        float x = w.left() + PAD;
        w.fill(x, top - PHASE_ROW, innerWidth(), PHASE_ROW, Table.ALERT_SHADE);
        w.box(x, top - PHASE_ROW, innerWidth(), PHASE_ROW, 2.5f);
        float centre = x + innerWidth() / 2;
        w.textCentered("NO VMAX — do not run", centre, top - 30, f.bold(24, Style.ALERT));
        Prescription p = session.prescription();
        String why = "No valid step test on or before this day. Planned: " + p.intervals() + " intervals, "
                + Formats.clock(p.totalSeconds()) + ". Run a step test first.";
        Style s = f.regular(10);
        w.textCentered(w.layout().fit(s, why, innerWidth() - 10), centre, top - 48, s);
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
        String total = "Total " + Formats.clock(p.totalSeconds()) + " · " + Formats.metres(p.distanceMetres()) + " m";
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
