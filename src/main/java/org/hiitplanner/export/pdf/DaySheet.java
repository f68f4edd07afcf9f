package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The day run sheet: per treadmill, every animal that trains that day with its lane, Vmax and phases in large
 * type, and boxes to fill in. A day without sessions prints one page saying so and why.
 */
final class DaySheet implements Sheet {
    private static final float BLOCK_GAP = 8f;
    private static final float HEADING = 24f;

    private final SheetContext ctx;
    private final PageWriter w;
    private final LocalDate date;
    private final Optional<SessionDay> day;

    DaySheet(SheetContext ctx) {
        this.ctx = ctx;
        this.w = ctx.writer();
        this.date = ctx.request().date();
        Study study = ctx.study();
        this.day = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .filter(d -> d.date().equals(date)).findFirst();
    }

    @Override
    public String title() {
        String when = "Day run sheet · " + Formats.longDate(date);
        return day.map(d -> when + " · week " + d.week() + ", session " + d.number()).orElse(when);
    }

    @Override
    public void write() throws IOException {
        List<PlannedSession> sessions = ctx.engine().schedule(ctx.study(), ScheduleQuery.day(date));
        w.newPage();
        if (sessions.isEmpty()) {
            nothingToday();
            return;
        }
        Map<String, List<PlannedSession>> byTreadmill = byTreadmill(sessions);
        int done = 0;
        for (Map.Entry<String, List<PlannedSession>> e : byTreadmill.entrySet()) {
            done = treadmill(e.getKey(), e.getValue(), done, sessions.size());
        }
        ctx.step(sessions.size(), sessions.size(), "Day run sheet written");
    }

    /** Sessions by treadmill, in the study's order of treadmills; within one, by animal id (the engine's order). */
    private Map<String, List<PlannedSession>> byTreadmill(List<PlannedSession> sessions) {
        Map<String, List<PlannedSession>> map = new LinkedHashMap<>();
        for (Treadmill t : ctx.study().treadmills()) {
            map.put(t.name(), new ArrayList<>());
        }
        for (PlannedSession s : sessions) {
            map.computeIfAbsent(s.treadmill(), k -> new ArrayList<>()).add(s);
        }
        map.values().removeIf(List::isEmpty);
        return map;
    }

    private int treadmill(String name, List<PlannedSession> sessions, int done, int total) throws IOException {
        int lanes = lanes(name);
        float notesExtra = notesExtra();
        String details = " · " + lanes + (lanes == 1 ? " lane" : " lanes") + " · incline "
                + Formats.plain(ctx.study().protocol().inclineDegrees()) + "° · " + sessions.size()
                + (sessions.size() == 1 ? " animal" : " animals");
        for (int i = 0; i < sessions.size(); i++) {
            ctx.step(done + i, total, "Day run sheet: " + sessions.get(i).animalId());
            DayBlock block = new DayBlock(ctx, sessions.get(i), i % lanes + 1, notesExtra);
            if (i == 0) {
                w.ensure(HEADING + block.height());
                heading(name, details);
            } else if (w.ensure(block.height())) {
                heading(name, details + " (continued)");
            }
            block.draw();
            w.down(BLOCK_GAP);
        }
        return done + sessions.size();
    }

    /** Extra room for notes so that as many plain blocks as fit on a page fill it (at most 40 pt). */
    private float notesExtra() {
        float room = w.contentHeight() - HEADING + BLOCK_GAP;
        float each = DayBlock.plainHeight() + BLOCK_GAP;
        int perPage = (int) (room / each);
        return perPage < 1 ? 0f : Math.max(0f, Math.min(40f, room / perPage - each - 0.5f));
    }

    private int lanes(String treadmill) {
        return ctx.study().treadmills().stream().filter(t -> t.name().equals(treadmill)).findFirst()
                .map(Treadmill::lanes).orElse(1);
    }

    /** "Treadmill NAME · 3 lanes · 14 animals", the name shortened if needed so that the details show. */
    private void heading(String treadmill, String details) throws IOException {
        Style s = ctx.fonts().bold(13);
        Fonts f = ctx.fonts();
        float room = w.width() - f.width(s, "Treadmill ") - f.width(s, f.printable(details));
        String text = "Treadmill " + w.layout().fit(s, treadmill, Math.max(room, w.width() / 3)) + details;
        w.text(w.layout().fit(s, text, w.width()), w.left(), w.y() - s.ascent() - 2, s);
        w.down(HEADING);
    }

    private void nothingToday() throws IOException {
        ctx.step(0, 1, "Day run sheet: no sessions");
        Style big = ctx.fonts().bold(20);
        ctx.paragraph("No training sessions on " + Formats.longDate(date) + ".", big, 3);
        w.down(8);
        ctx.paragraph(reason(), ctx.fonts().regular(12), 6);
    }

    private String reason() {
        Study study = ctx.study();
        if (date.isBefore(study.startDate()) || date.isAfter(study.endDate())) {
            return "The day is outside the study's training weeks (" + Formats.date(study.startDate()) + " to "
                    + Formats.date(study.endDate()) + ").";
        }
        if (study.calendar().skipDates().contains(date)) {
            return "The day is a skip date (a holiday): no sessions, and the weeks do not shift.";
        }
        if (!study.calendar().trainingDays().contains(date.getDayOfWeek())) {
            return Formats.longDate(date).split(" ")[0] + " is not a training day of the study calendar.";
        }
        return "No animal of a training group is active on this day.";
    }
}
