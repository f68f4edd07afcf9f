package org.hiitplanner.ui.common;


/** The words for a day: its week and session, and who runs or why nobody does. */
public final class DayTexts {
    private DayTexts() {
    }

    /** "Week 2, session 7", "Week 2" on a day without sessions; empty outside the study. */
    public static String week(DaySheet d, Messages messages) {
        if (d.week() == 0) {
            return "";
        }
        return d.session() == 0 ? messages.get("schedule.day.week", d.week())
                : messages.get("schedule.day.weekSession", d.week(), d.session());
    }

    /** "14 animals on 1 treadmill", or why there are no sessions; empty while nothing is computed yet. */
    public static String what(DaySheet d, String weekday, Messages messages) {
        return switch (d.status()) {
            case SESSIONS -> d.sessionCount() == 0 ? "" // not computed yet
                    : messages.get("schedule.day.count", d.sessionCount(), d.treadmills().size());
            case NOT_TRAINING_DAY -> messages.get("schedule.day.empty.NOT_TRAINING_DAY", weekday);
            case BEFORE_START -> messages.get("schedule.day.empty.BEFORE_START", d.studyStart().toString());
            case AFTER_END -> messages.get("schedule.day.empty.AFTER_END", d.studyEnd().toString());
            default -> messages.get("schedule.day.empty." + d.status().name());
        };
    }

    /** The week and what the day holds, e.g. "Week 2, session 7 · 14 animals on 1 treadmill". */
    public static String status(DaySheet d, String weekday, Messages messages) {
        String week = week(d, messages);
        String what = what(d, weekday, messages);
        return week.isEmpty() || what.isEmpty() ? what : week + " · " + what;
    }
}
