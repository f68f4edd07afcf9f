package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.export.pdf.Table.Align;
import org.hiitplanner.export.pdf.Table.Cell;
import org.hiitplanner.export.pdf.Table.Column;
import org.hiitplanner.export.pdf.Table.Para;

/**
 * One animal's sheet: who it is, its step tests and Vmax history, then its whole schedule week by week (one row
 * per session, weeks in alternating shades; the header row is repeated on every page).
 */
final class AnimalSheet implements Sheet {
    private static final float BODY = 8.5f;
    private static final List<Column> COLUMNS = List.of(
            new Column("Date", 56, Align.LEFT), new Column("Day", 26, Align.LEFT),
            new Column("Week", 30, Align.RIGHT), new Column("Sess.", 30, Align.RIGHT),
            new Column("Vmax", 36, Align.RIGHT), new Column("Warm-up", 42, Align.RIGHT),
            new Column("High", 34, Align.RIGHT), new Column("Low", 30, Align.RIGHT),
            new Column("Cool-down", 46, Align.RIGHT), new Column("Int.", 26, Align.RIGHT),
            new Column("Total", 34, Align.RIGHT), new Column("Dist. (m)", 40, Align.RIGHT),
            Column.text("Warnings", 93));
    private static final String LEGEND = "Speeds and Vmax in m/min · Sess. = session number · Int. = intervals "
            + "of high + low · Total = session time mm:ss · Dist. = distance in metres";

    private final SheetContext ctx;
    private final PageWriter w;
    private final Animal animal;

    AnimalSheet(SheetContext ctx) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.animal = ctx.study().animal(ctx.request().animalId()).orElseThrow(() ->
                new IllegalArgumentException("animal " + ctx.request().animalId() + " is not in the study"));
    }

    @Override
    public String title() {
        return "Animal sheet · " + animal.id();
    }

    @Override
    public void write() throws IOException {
        List<PlannedSession> sessions = ctx.engine().schedule(ctx.study(), ScheduleQuery.animal(animal.id()));
        ctx.step(0, sessions.size() + 1L, "Animal sheet: " + animal.id());
        w.newPage();
        identity(sessions);
        heading("Step tests and Vmax");
        new AnimalTests(ctx, animal, sessions).write();
        w.down(10);
        heading("Schedule");
        if (sessions.isEmpty()) {
            ctx.paragraph("No training sessions: the animal's group does not train, or the animal was excluded "
                    + "before the first session.", ctx.fonts().regular(11), 3);
            return;
        }
        schedule(sessions);
    }

    private void identity(List<PlannedSession> sessions) throws IOException {
        Fonts f = ctx.fonts();
        ctx.paragraph("Animal " + animal.id(), f.bold(18), 2);
        List<String> parts = new ArrayList<>();
        parts.add(ctx.groupTitle() + " " + ctx.groupLabel(animal.id(), animal.group()));
        parts.add(animal.sex().name().toLowerCase(Locale.ROOT));
        animal.birth().ifPresent(b -> parts.add("born " + Formats.date(b)));
        ctx.study().treadmillOf(animal).ifPresent(t -> parts.add("treadmill " + t.name()));
        ctx.paragraph(String.join(" · ", parts), f.regular(11), 3);
        if (animal.excluded().isPresent()) {
            Exclusion e = animal.excluded().get();
            ctx.paragraph("EXCLUDED from " + Formats.date(e.from()) + ": " + e.reason(), f.bold(11, Style.ALERT), 4);
        }
        ctx.paragraph(summary(sessions), f.regular(10, Style.GREY), 3);
        w.down(8);
    }

    private static String summary(List<PlannedSession> sessions) {
        if (sessions.isEmpty()) {
            return "0 sessions planned.";
        }
        long noVmax = sessions.stream().filter(s -> !s.prescription().hasSpeeds()).count();
        long warned = sessions.stream().filter(s -> s.prescription().hasSpeeds() && s.hasWarnings()).count();
        PlannedSession first = sessions.get(0);
        PlannedSession last = sessions.get(sessions.size() - 1);
        return sessions.size() + " sessions in weeks " + first.week() + "–" + last.week() + ", "
                + Formats.date(first.date()) + " to " + Formats.date(last.date()) + " · " + noVmax
                + " without Vmax · " + warned + " with speed warnings";
    }

    private void heading(String text) throws IOException {
        Style s = ctx.fonts().bold(13);
        w.ensure(s.leading() + 40);
        ctx.paragraph(text, s, 1);
        w.down(3);
    }

    private void schedule(List<PlannedSession> sessions) throws IOException {
        ctx.paragraph(LEGEND, ctx.fonts().regular(8, Style.GREY), 2);
        w.down(2);
        Table table = new Table(w, COLUMNS, ctx.fonts().bold(8), animal.id() + " · schedule, continued");
        table.start(table.height(row(sessions.get(0))));
        int band = 0;
        int week = sessions.get(0).week();
        for (int i = 0; i < sessions.size(); i++) {
            PlannedSession s = sessions.get(i);
            if (s.week() != week) {
                week = s.week();
                band++;
                ctx.step(i, sessions.size() + 1L, "Animal sheet: " + animal.id() + ", week " + week);
            }
            table.row(row(s), band % 2 == 1 ? Table.BAND_SHADE : null);
        }
        ctx.step(sessions.size(), sessions.size() + 1L, "Animal sheet written");
        warningList(sessions);
    }

    /** Every distinct warning in full, with the sessions it concerns. */
    private void warningList(List<PlannedSession> sessions) throws IOException {
        Map<String, List<Integer>> bySession = new LinkedHashMap<>();
        for (PlannedSession s : sessions) {
            for (String warning : s.prescription().warnings()) {
                bySession.computeIfAbsent(warning, k -> new ArrayList<>()).add(s.number());
            }
        }
        if (bySession.isEmpty()) {
            return;
        }
        w.down(8);
        heading("Warnings");
        Style style = ctx.fonts().regular(9, Style.ALERT);
        for (Map.Entry<String, List<Integer>> e : bySession.entrySet()) {
            String which = (e.getValue().size() == 1 ? "Session " : "Sessions ") + Formats.ranges(e.getValue());
            ctx.paragraph("⚠ " + which + ": " + e.getKey(), style, 4);
        }
    }

    private List<Cell> row(PlannedSession s) {
        Fonts f = ctx.fonts();
        Style body = f.regular(BODY);
        Prescription p = s.prescription();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(Formats.date(s.date()), body));
        cells.add(Cell.of(Formats.shortWeekday(s.date()), body));
        cells.add(Cell.of(Integer.toString(s.week()), body));
        cells.add(Cell.of(Integer.toString(s.number()), body));
        cells.add(s.vmaxInForce().isPresent() ? Cell.of(Formats.vmax(s.vmax().vmax()), body)
                : Cell.of("NO VMAX", f.bold(BODY - 1, Style.ALERT)).shaded(Table.ALERT_SHADE));
        cells.add(Cell.of(Formats.speed(p.warmUpSpeed()), body));
        cells.add(Cell.of(Formats.speed(p.highSpeed()), f.bold(BODY)));
        cells.add(Cell.of(Formats.speed(p.lowSpeed()), body));
        cells.add(Cell.of(Formats.speed(p.coolDownSpeed()), body));
        cells.add(Cell.of(Integer.toString(p.intervals()), body));
        cells.add(Cell.of(Formats.clock(p.totalSeconds()), body));
        cells.add(Cell.of(Formats.metres(p.distanceMetres()), body));
        cells.add(warnings(p));
        return cells;
    }

    private Cell warnings(Prescription p) {
        if (p.warnings().isEmpty()) {
            return Cell.of("", ctx.fonts().regular(BODY));
        }
        Style s = ctx.fonts().regular(7f, Style.ALERT);
        return new Cell(List.of(new Para("⚠ " + String.join("; ", p.warnings()), s, 3)), Table.ALERT_SHADE);
    }
}
