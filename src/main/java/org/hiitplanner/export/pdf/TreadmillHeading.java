package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.NotPlanned;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * What the day run sheet says about one treadmill before its heats: the profile ("Treadmill Exer-3 rat · 3 lanes ·
 * one belt · incline 0°"), the heat settings (changeover, day window, tolerance, order), the day ("14 animals in 5
 * heats · 08:00–10:45 · 165 min in all"), the plan's warnings (tolerance, window overrun, incline) and the
 * animals that are not planned, with the reason.
 * On a following page only "Treadmill NAME (continued)".
 */
final class TreadmillHeading {
    private static final float GAP = 6f;
    private static final int WARNING_LINES = 3;

    /** One line of text to print. */
    private record Line(String text, Style style) {
    }

    private final SheetContext ctx;
    private final PageWriter w;
    private final HeatPlan plan;
    private final Treadmill treadmill;
    private final List<Line> lines;

    TreadmillHeading(SheetContext ctx, HeatPlan plan, Treadmill treadmill) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.plan = plan;
        this.treadmill = treadmill;
        this.lines = lines();
    }

    /** Height of the full heading (the first page of the treadmill). */
    float height() {
        float h = GAP;
        for (Line line : lines) {
            h += line.style().leading();
        }
        return h;
    }

    /** Height of the heading on a following page. */
    float continuedHeight() {
        return ctx.fonts().bold(13).leading() + GAP;
    }

    /** The full heading at the cursor; moves the cursor below it (to a new page, line by line, if need be). */
    void draw() throws IOException {
        for (Line line : lines) {
            w.ensure(line.style().leading());
            w.text(line.text(), w.left(), w.y() - line.style().ascent() - 1, line.style());
            w.down(line.style().leading());
        }
        w.down(GAP);
    }

    /** "Treadmill NAME (continued)" at the cursor. */
    void drawContinued() throws IOException {
        Style s = ctx.fonts().bold(13);
        w.text(nameLine(s, " (continued)"), w.left(), w.y() - s.ascent() - 1, s);
        w.down(continuedHeight());
    }

    private List<Line> lines() {
        List<Line> out = new ArrayList<>();
        Style head = ctx.fonts().bold(13);
        out.add(new Line(nameLine(head, profile()), head));
        wrap(out, ctx.fonts().regular(9.5f), settings(), 2);
        wrap(out, ctx.fonts().bold(11.5f), day(), 2);
        Style alert = ctx.fonts().bold(10.5f, Style.ALERT);
        for (String warning : plan.warnings()) {
            wrap(out, alert, "⚠ WARNING: " + warning, WARNING_LINES);
        }
        if (!plan.notPlanned().isEmpty()) {
            out.add(new Line("NOT PLANNED — do not run:", ctx.fonts().bold(12, Style.ALERT)));
            for (NotPlanned n : plan.notPlanned()) {
                String who = n.animalId() + " " + ctx.groupLabel(n.animalId(), n.session().group());
                wrap(out, alert, "• " + who + " — " + n.reason() + ". Run a step test first.", WARNING_LINES);
            }
        }
        return out;
    }

    private void wrap(List<Line> out, Style style, String text, int maxLines) {
        for (String line : w.layout().wrap(style, text, w.width(), maxLines)) {
            out.add(new Line(line, style));
        }
    }

    /**
     * "Treadmill NAME" and the details, the name shortened if needed so that the details show; a name that starts
     * with the word ("Treadmill 1") is not prefixed again.
     */
    private String nameLine(Style s, String details) {
        Fonts f = ctx.fonts();
        String prefix = startsWithWord(treadmill.name()) ? "" : "Treadmill ";
        float room = w.width() - f.width(s, prefix) - f.width(s, f.printable(details));
        String text = prefix + w.layout().fit(s, treadmill.name(), Math.max(room, w.width() / 3)) + details;
        return w.layout().fit(s, text, w.width());
    }

    /** True for "Treadmill 1", "treadmill B"; false for "Exer-3 rat", "Treadmills". */
    static boolean startsWithWord(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return n.equals("treadmill") || n.startsWith("treadmill ");
    }

    /** " · 3 lanes · one belt · incline 0°". */
    private String profile() {
        String lanes = plan.lanes() + (plan.lanes() == 1 ? " lane" : " lanes");
        String belt = plan.belt() == BeltType.SINGLE_BELT ? "one belt" : "independent lanes";
        return " · " + lanes + " · " + belt + " · incline " + Formats.plain(treadmill.incline()) + "°";
    }

    /** "Changeover 10 min between heats · day window 08:00–10:30 · tolerance ±5 % … · counterbalanced order". */
    private String settings() {
        HeatOptions o = plan.options();
        String order = o.order() == RunOrder.SEEDED_RANDOM ? "random order (seed " + o.seed() + ")"
                : "counterbalanced order";
        return "Changeover " + Units.minutes(o.changeoverSeconds()) + " between heats"
                + o.dayWindow().map(d -> " · day window " + Formats.span(d.start(), d.end())).orElse("")
                + " · tolerance " + o.tolerance().label() + " · " + order;
    }

    /** "14 animals in 5 heats · 08:00–10:45 · 165 min in all". */
    private String day() {
        int animals = plan.animalCount();
        int heats = plan.heatCount();
        return animals + (animals == 1 ? " animal" : " animals") + " in " + heats + (heats == 1 ? " heat" : " heats")
                + " · " + Formats.span(plan.firstStart(), plan.end()) + " · " + Units.minutes(plan.totalSeconds())
                + " in all";
    }
}
