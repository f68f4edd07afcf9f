package org.hiitplanner.ui.common;

import org.hiitplanner.domain.schedule.RecordProblem;

/**
 * The window's text of a record-rule problem, from the message bundle ({@code record.problem.<CODE>}). Arguments:
 * {0} animal, {1} date, {2} session number, {3} status, {4} intervals, {5} planned intervals or the plan's
 * session number, {6} today, the exclusion date or the study's end, {7} group, {8} planned intervals − 1.
 */
public final class RecordProblemTexts {
    private RecordProblemTexts() {
    }

    public static String text(Messages messages, RecordProblem p) {
        String status = p.status() == null ? "" : messages.get("today.status." + p.status().name());
        return messages.get("record.problem." + p.code().name(), p.animalId(), p.date().toString(), p.sessionNumber(),
                status, p.intervals(), p.expected(), p.limit() == null ? "" : p.limit().toString(), p.group(),
                Math.max(0, p.expected() - 1));
    }
}
