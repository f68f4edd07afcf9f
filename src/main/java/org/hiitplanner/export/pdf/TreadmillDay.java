package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * One treadmill's part of the day run sheet: its heading, then its heats in running order, each a header and one
 * block per animal, with the changeover between heats. A heat is not split across pages: if it does not fit below
 * the previous one it starts a new page (with the treadmill's name repeated). Only a heat taller than a whole page
 * is split, between animals, with its header repeated.
 */
final class TreadmillDay {
    private static final float GAP = 5f;
    private static final float CHANGEOVER_ROW = 20f;
    private static final float MAX_NOTES_EXTRA = 40f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final HeatPlan plan;
    private final TreadmillHeading heading;
    private final boolean ownPhases;

    TreadmillDay(SheetContext ctx, HeatPlan plan, Treadmill treadmill) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.plan = plan;
        this.heading = new TreadmillHeading(ctx, plan, treadmill);
        this.ownPhases = plan.belt() == BeltType.INDEPENDENT_LANES;
    }

    /** Number of sessions this part reports progress on: the animals in heats. */
    int size() {
        return plan.animalCount();
    }

    /**
     * Writes the treadmill's part from the cursor on.
     *
     * @param done  sessions written before, for progress
     * @param total sessions of the whole sheet
     */
    void write(int done, int total) throws IOException {
        heading.draw();
        if (plan.heats().isEmpty()) {
            ctx.paragraph("No heats: no animal on this treadmill can run today.", ctx.fonts().bold(14), 2);
            return;
        }
        float extra = notesExtra();
        int n = done;
        for (Heat heat : plan.heats()) {
            n = heat(heat, extra, n, total);
        }
    }

    private int heat(Heat heat, float notesExtra, int done, int total) throws IOException {
        HeatHeader header = new HeatHeader(ctx, heat, false);
        List<DayBlock> blocks = new ArrayList<>();
        float height = header.height();
        for (HeatRunner r : heat.runners()) {
            DayBlock block = new DayBlock(ctx, r, ownPhases, notesExtra);
            blocks.add(block);
            height += GAP + block.height();
        }
        float changeover = changeoverHeight(heat);
        boolean whole = changeover + height <= w.contentHeight() - heading.continuedHeight();
        float start = whole ? changeover + height : changeover + header.height() + GAP + blocks.get(0).height();
        if (!w.fits(start)) {
            newPage();
        }
        changeover(heat);
        header.draw();
        for (int i = 0; i < blocks.size(); i++) {
            ctx.step(done + i, total, "Day run sheet: " + heat.runners().get(i).animalId());
            w.down(GAP);
            if (!w.fits(blocks.get(i).height())) {
                newPage();
                new HeatHeader(ctx, heat, true).draw();
                w.down(GAP);
            }
            blocks.get(i).draw();
        }
        w.down(GAP);
        return done + blocks.size();
    }

    private void newPage() throws IOException {
        w.newPage();
        heading.drawContinued();
    }

    private float changeoverHeight(Heat heat) {
        return heat.number() > 1 && plan.options().changeoverSeconds() > 0 ? CHANGEOVER_ROW : 0f;
    }

    /** "——— changeover 10 min (08:22–08:32) ———" between two heats. */
    private void changeover(Heat heat) throws IOException {
        if (changeoverHeight(heat) == 0f) {
            return;
        }
        int seconds = plan.options().changeoverSeconds();
        String text = "changeover " + Units.minutes(seconds) + " (" + Formats.span(heat.start().minusSeconds(seconds),
                heat.start()) + ")";
        Style s = ctx.fonts().bold(11, Style.GREY);
        float centre = w.left() + w.width() / 2;
        float half = ctx.fonts().width(s, ctx.fonts().printable(text)) / 2;
        float mid = w.y() - CHANGEOVER_ROW / 2;
        w.textCentered(text, centre, mid - s.ascent() / 2, s);
        w.hline(w.left() + 40, centre - half - 8, mid, 0.8f);
        w.hline(centre + half + 8, w.right() - 40, mid, 0.8f);
        w.down(CHANGEOVER_ROW);
    }

    /**
     * Extra room for each animal's notes so that as many full heats as fit on the first page fill it (at most
     * {@value #MAX_NOTES_EXTRA} pt).
     */
    private float notesExtra() {
        float room = w.contentHeight() - heading.height();
        int lanes = plan.heats().stream().mapToInt(h -> h.runners().size()).max().orElse(1);
        float heat = new HeatHeader(ctx, plan.heats().get(0), false).height() + CHANGEOVER_ROW + GAP
                + lanes * (DayBlock.plainHeight(ownPhases) + GAP);
        int perPage = (int) (room / heat);
        if (perPage < 1) {
            return 0f;
        }
        return Math.max(0f, Math.min(MAX_NOTES_EXTRA, (room / perPage - heat) / lanes - 0.5f));
    }
}
