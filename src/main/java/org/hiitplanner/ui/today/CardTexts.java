package org.hiitplanner.ui.today;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.ui.common.Messages;

/** The words of a card: the state of its session and who recorded it when. */
final class CardTexts {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private final Messages messages;
    private final ZoneId zone;

    CardTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** "Not recorded", "Completed", "Partial 5/7", "Missed" or "Excused". */
    String state(PlannedSession planned, SessionRecord latest) {
        if (latest == null) {
            return messages.get("today.state.none");
        }
        return messages.get("today.state." + latest.status().name(), latest.intervalsCompleted(),
                planned.prescription().intervals());
    }

    /** "by Anna at 09:12", with the date when it was recorded on another day than the session's. */
    String by(SessionRecord latest) {
        if (latest == null) {
            return "";
        }
        LocalDateTime at = LocalDateTime.ofInstant(latest.recordedAt(), zone);
        String operator = latest.operator().isEmpty() ? "—" : latest.operator();
        return at.toLocalDate().equals(latest.date()) ? messages.get("today.by", operator, TIME.format(at))
                : messages.get("today.byOn", operator, at.toLocalDate().toString(), TIME.format(at));
    }

    /** A record in a few words for the status line: "R15 completed 5/5". */
    String summary(SessionRecord r, PlannedSession planned) {
        return messages.get("today.recorded", r.animalId(), state(planned, r));
    }
}
