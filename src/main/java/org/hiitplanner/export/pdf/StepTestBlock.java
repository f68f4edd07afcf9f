package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.VmaxInForce;

/**
 * One animal on the step-test sheet: a title line, the stage table in bands of up to ten stages (rows: stage,
 * speed, start time, a box to tick) and boxes for total time, operator, valid yes/no and a note.
 */
final class StepTestBlock {
    private static final float PAD = 5f;
    private static final float TITLE = 18f;
    private static final float ROW = 11.5f;
    private static final float BAND_GAP = 3f;
    private static final float FIELDS = 26f;
    private static final float LABEL_WIDTH = 40f;
    private static final float MIN_CELL = 40f;
    private static final int MAX_PER_BAND = 10;
    private static final float GAP_AFTER = 6f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final Animal animal;
    private final int stages;
    private final Optional<VmaxInForce> vmax;
    private final int perBand;

    StepTestBlock(SheetContext ctx, Animal animal, int stages, Optional<VmaxInForce> vmax) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.animal = animal;
        this.stages = stages;
        this.vmax = vmax;
        float inner = w.width() - 2 * PAD - LABEL_WIDTH;
        this.perBand = Math.max(1, Math.min(MAX_PER_BAND, (int) (inner / MIN_CELL)));
    }

    private int bands() {
        return (stages + perBand - 1) / perBand;
    }

    float height() {
        return 2 * PAD + TITLE + bands() * (4 * ROW + BAND_GAP) + FIELDS + GAP_AFTER;
    }

    void draw() throws IOException {
        float top = w.y();
        float h = height() - GAP_AFTER;
        w.box(w.left(), top - h, w.width(), h, 1.2f);
        float y = top - PAD;
        title(y);
        y -= TITLE;
        for (int b = 0; b < bands(); b++) {
            band(b * perBand + 1, Math.min(stages, (b + 1) * perBand), y);
            y -= 4 * ROW + BAND_GAP;
        }
        fields(y);
        w.down(height());
    }

    private void title(float top) throws IOException {
        Fonts f = ctx.fonts();
        float x = w.left() + PAD;
        float baseline = top - 14;
        Style id = f.bold(15);
        String idText = w.layout().fit(id, animal.id(), 200);
        w.text(idText, x, baseline, id);
        x += f.width(id, idText) + 10;
        Style group = f.regular(11);
        String known = vmax.map(v -> "Vmax in force " + Formats.vmax(v.vmax()) + " m/min (" + Formats.date(v.testDate())
                + ")").orElse("no valid test yet");
        Style knownStyle = f.regular(9.5f, Style.GREY);
        float knownWidth = f.width(knownStyle, f.printable(known));
        w.textRight(known, w.right() - PAD, baseline, knownStyle);
        String label = ctx.groupLabel(animal.id(), animal.group());
        w.text(w.layout().fit(group, label, w.right() - PAD - knownWidth - 10 - x), x, baseline, group);
    }

    private void band(int from, int to, float top) throws IOException {
        Fonts f = ctx.fonts();
        StepTestProtocol p = ctx.study().stepTestProtocolOn(ctx.request().date());
        float x0 = w.left() + PAD;
        float cell = (w.width() - 2 * PAD - LABEL_WIDTH) / perBand;
        Style label = f.bold(8.5f);
        String[] labels = {"Stage", "m/min", "Start", "Done"};
        for (int r = 0; r < labels.length; r++) {
            w.text(labels[r], x0, top - r * ROW - 9, label);
        }
        w.hline(x0, x0 + LABEL_WIDTH + cell * (to - from + 1), top - ROW, 0.4f);
        for (int n = from; n <= to; n++) {
            float cx = x0 + LABEL_WIDTH + (n - from) * cell;
            float centre = cx + cell / 2;
            w.line(cx, top, cx, top - 4 * ROW, 0.4f);
            w.textCentered(Integer.toString(n), centre, top - 9, f.bold(9.5f));
            w.textCentered(Formats.plain(p.stageSpeed(n)), centre, top - ROW - 9, f.regular(9.5f));
            w.textCentered(Formats.clock((n - 1) * p.stageSeconds()), centre, top - 2 * ROW - 9, f.regular(9f));
            Forms.tickBox(w, centre - 5f, top - 4 * ROW + 1, 10f, null);
        }
        float right = x0 + LABEL_WIDTH + cell * (to - from + 1);
        w.line(right, top, right, top - 4 * ROW, 0.4f);
    }

    private void fields(float top) throws IOException {
        float x = w.left() + PAD;
        float width = w.width() - 2 * PAD;
        Forms.fields(w, List.of(new Forms.Field("Total time (mm:ss)", 1.1f), new Forms.Field("Operator", 1.4f),
                new Forms.Field("Valid", 0.9f), new Forms.Field("Note", 2.6f)), x, width, top - 2, FIELDS - 4);
        float validX = x + (width - 3 * Forms.GAP) * 2.5f / 6f + 2 * Forms.GAP;
        Style s = ctx.fonts().regular(9);
        float boxY = top - FIELDS + 5;
        Forms.tickBox(w, validX + 4, boxY, 9f, null);
        w.text("yes", validX + 16, boxY + 1.5f, s);
        Forms.tickBox(w, validX + 38, boxY, 9f, null);
        w.text("no", validX + 50, boxY + 1.5f, s);
    }
}
