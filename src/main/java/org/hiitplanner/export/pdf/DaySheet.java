package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The day run sheet: per treadmill, its profile and the day's heats (the plan of {@code StudyHeats}, the same the
 * {@code heats} command prints) in running order; per heat its time, the belt's speeds in large type (on a single
 * belt), and per animal its lane, Vmax and boxes to fill in; the changeovers, the warnings and the animals that
 * are not planned. A day without sessions prints one page saying so and why.
 */
final class DaySheet implements Sheet {
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

    /** "Day run sheet · Wed 2026-12-02 · week 3, session 2". */
    @Override
    public String shortTitle() {
        String when = "Day run sheet · " + Formats.shortWeekday(date) + " " + Formats.date(date);
        return day.map(d -> when + " · week " + d.week() + ", session " + d.number()).orElse(when);
    }

    @Override
    public void write() throws IOException {
        Study study = ctx.study();
        List<PlannedSession> sessions = ctx.engine().schedule(study, ScheduleQuery.day(date));
        w.newPage();
        if (sessions.isEmpty()) {
            nothingToday();
            return;
        }
        List<TreadmillDay> parts = new ArrayList<>();
        for (HeatPlan plan : ctx.heats().day(study, sessions)) {
            Treadmill treadmill = study.treadmills().stream().filter(t -> t.name().equals(plan.treadmill()))
                    .findFirst().orElseThrow();
            parts.add(new TreadmillDay(ctx, plan, treadmill));
        }
        int total = parts.stream().mapToInt(TreadmillDay::size).sum();
        int done = 0;
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.newPage();
            }
            parts.get(i).write(done, total);
            done += parts.get(i).size();
        }
        ctx.step(total, total, "Day run sheet written");
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
