package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.pdf.Table.Align;
import org.hiitplanner.export.pdf.Table.Cell;
import org.hiitplanner.export.pdf.Table.Column;
import org.hiitplanner.export.pdf.Table.Para;

/**
 * The week overview (landscape): for the protocol week that contains the requested date, every trained animal
 * (rows) × the week's session days (columns); each cell the high speed and the intervals, marked when there is
 * no Vmax or a warning. The warnings are listed in full below the table.
 */
final class WeekSheet implements Sheet {
    private static final String LEGEND = "Each cell: high speed in m/min (bold) × number of intervals. "
            + "NO VMAX = no valid step test: do not run. ⚠ = a speed was clamped to the treadmill (see the warnings "
            + "below the table). — = no session.";

    private final SheetContext ctx;
    private final PageWriter w;
    private final int week;
    private final List<SessionDay> days;

    WeekSheet(SheetContext ctx) {
        this.ctx = ctx;
        this.w = ctx.writer();
        Study study = ctx.study();
        this.week = TrainingCalendar.weekOf(study.startDate(), study.protocol().weekCount(), ctx.request().date());
        this.days = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .filter(d -> d.week() == week).toList();
    }

    private LocalDate weekStart() {
        return ctx.study().startDate().plusDays(7L * (week - 1));
    }

    @Override
    public String title() {
        if (week == 0) {
            return "Week overview · " + Formats.date(ctx.request().date());
        }
        return "Week overview · week " + week + " · " + Formats.date(weekStart()) + " to "
                + Formats.date(weekStart().plusDays(6));
    }

    @Override
    public void write() throws IOException {
        w.newPage();
        if (week == 0 || days.isEmpty()) {
            nothing();
            return;
        }
        List<PlannedSession> sessions = ctx.engine().schedule(ctx.study(),
                new ScheduleQuery(null, weekStart(), weekStart().plusDays(6)));
        Map<String, Map<LocalDate, PlannedSession>> byAnimal = new LinkedHashMap<>();
        sessions.stream().sorted(java.util.Comparator.comparing(PlannedSession::animalId)).forEach(s ->
                byAnimal.computeIfAbsent(s.animalId(), k -> new LinkedHashMap<>()).put(s.date(), s));
        intro(byAnimal.size());
        if (byAnimal.isEmpty()) {
            ctx.paragraph("No trained animal is active in this week.", ctx.fonts().bold(14), 2);
            return;
        }
        table(byAnimal);
        warnings(sessions);
    }

    private void intro(int animals) throws IOException {
        Fonts f = ctx.fonts();
        int intervals = ctx.study().protocol().week(week).intervals();
        String percent = Formats.plain(ctx.study().protocol().week(week).highPercent());
        ctx.paragraph("Week " + week + " · " + days.size() + " session days · " + animals
                + (animals == 1 ? " animal" : " animals") + " · " + intervals + " intervals at " + percent
                + " % Vmax · high " + Formats.clock(ctx.study().protocol().highSeconds()) + ", low "
                + Formats.clock(ctx.study().protocol().lowSeconds()), f.bold(13), 2);
        ctx.paragraph(LEGEND, f.regular(9, Style.GREY), 3);
        w.down(4);
    }

    private void table(Map<String, Map<LocalDate, PlannedSession>> byAnimal) throws IOException {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Animal", 1.1f, Align.LEFT));
        columns.add(new Column(ctx.groupTitle(), 1f, Align.LEFT));
        columns.add(new Column("Vmax m/min (test)", 1.3f, Align.LEFT));
        for (SessionDay d : days) {
            columns.add(new Column(Formats.shortWeekday(d.date()) + " " + Formats.dayMonth(d.date()) + " · session "
                    + d.number(), 1.25f, Align.CENTER));
        }
        Table table = new Table(w, columns, ctx.fonts().bold(9), "Week " + week + ", continued");
        int done = 0;
        for (Map.Entry<String, Map<LocalDate, PlannedSession>> e : byAnimal.entrySet()) {
            ctx.step(done, byAnimal.size(), "Week overview: " + e.getKey());
            List<Cell> cells = row(e.getKey(), e.getValue());
            if (done == 0) {
                table.start(table.height(cells));
            }
            table.row(cells, done % 2 == 1 ? Table.BAND_SHADE : null);
            done++;
        }
        ctx.step(done, byAnimal.size(), "Week overview written");
    }

    private List<Cell> row(String animalId, Map<LocalDate, PlannedSession> sessions) {
        Fonts f = ctx.fonts();
        PlannedSession any = sessions.values().iterator().next();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(animalId, f.bold(11)));
        cells.add(Cell.of(ctx.groupLabel(animalId, any.group()), f.regular(10)));
        cells.add(Cell.of(vmaxText(sessions.values()), f.regular(9)));
        for (SessionDay d : days) {
            PlannedSession s = sessions.get(d.date());
            cells.add(s == null ? Cell.of(Formats.DASH, f.regular(11)) : cell(s));
        }
        return cells;
    }

    /** The Vmax values in force during the week, e.g. "35.47 (2026-11-14)", or "none". */
    private static String vmaxText(java.util.Collection<PlannedSession> sessions) {
        Set<String> values = new LinkedHashSet<>();
        for (PlannedSession s : sessions) {
            values.add(s.vmaxInForce().map(v -> Formats.vmax(v.vmax()) + " (" + Formats.date(v.testDate()) + ")")
                    .orElse("none"));
        }
        return String.join(" → ", values);
    }

    private Cell cell(PlannedSession s) {
        Fonts f = ctx.fonts();
        if (!s.prescription().hasSpeeds()) {
            return new Cell(List.of(new Para("NO VMAX", f.bold(11, Style.ALERT), 1),
                    new Para("do not run", f.regular(8.5f, Style.ALERT), 1)), Table.ALERT_SHADE);
        }
        String speed = Formats.speed(s.prescription().highSpeed());
        String detail = "× " + s.prescription().intervals();
        if (s.hasWarnings()) {
            return new Cell(List.of(Para.line("⚠ " + speed, f.bold(13, Style.ALERT), detail,
                    f.regular(9.5f, Style.ALERT))), Table.ALERT_SHADE);
        }
        return new Cell(List.of(Para.line(speed, f.bold(13), detail, f.regular(9.5f))), null);
    }

    private void warnings(List<PlannedSession> sessions) throws IOException {
        Map<String, Set<String>> byAnimal = new LinkedHashMap<>();
        for (PlannedSession s : sessions) {
            if (s.prescription().hasSpeeds()) {
                s.prescription().warnings().forEach(warning ->
                        byAnimal.computeIfAbsent(s.animalId(), k -> new LinkedHashSet<>()).add(warning));
            }
        }
        if (byAnimal.isEmpty()) {
            return;
        }
        w.down(8);
        ctx.paragraph("Warnings", ctx.fonts().bold(11), 1);
        Style style = ctx.fonts().regular(9, Style.ALERT);
        for (Map.Entry<String, Set<String>> e : byAnimal.entrySet()) {
            ctx.paragraph("⚠ " + e.getKey() + ": " + String.join("; ", e.getValue()), style, 4);
        }
    }

    private void nothing() throws IOException {
        Study study = ctx.study();
        ctx.step(0, 1, "Week overview: no sessions");
        String why = week == 0
                ? Formats.longDate(ctx.request().date()) + " is outside the study's training weeks ("
                + Formats.date(study.startDate()) + " to " + Formats.date(study.endDate()) + ")."
                : "Week " + week + " has no session days (all skip dates).";
        ctx.paragraph("No sessions to show.", ctx.fonts().bold(20), 2);
        w.down(6);
        ctx.paragraph(why, ctx.fonts().regular(12), 4);
    }
}
