package org.hiitplanner.ui.today;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.schedule.SpeedUnit;

/**
 * One animal's run on the shown day, as its card shows it.
 *
 * @param session     the planned session
 * @param groupOrCode its group, or its blinded code when the study is blinded
 * @param latest      the latest record of the session, or null when it is not recorded
 * @param flags       welfare flags of the animal, e.g. a body-weight loss; empty when none
 * @param stateText   "Not recorded", "Completed", "Partial 5/7", …
 * @param byText      who recorded the latest record and when; empty when not recorded
 */
public record RunCard(PlannedSession session, String groupOrCode, SessionRecord latest, List<String> flags,
                      String stateText, String byText) implements TodayRow {
    public RunCard {
        Objects.requireNonNull(session);
        Objects.requireNonNull(groupOrCode);
        flags = List.copyOf(flags);
        Objects.requireNonNull(stateText);
        Objects.requireNonNull(byText);
    }

    public String animalId() {
        return session.animalId();
    }

    public String treadmill() {
        return session.treadmill();
    }

    public Optional<SessionRecord> record() {
        return Optional.ofNullable(latest);
    }

    /** The status of the latest record; empty when not recorded. */
    public Optional<SessionStatus> status() {
        return record().map(SessionRecord::status);
    }

    public int plannedIntervals() {
        return session.prescription().intervals();
    }

    /** The high speed in m/min as on the treadmill's display, e.g. "26.1"; an em dash without Vmax. */
    public String highSpeed() {
        return speed(session.prescription().highSpeed());
    }

    public String lowSpeed() {
        return speed(session.prescription().lowSpeed());
    }

    /** The warm-up speed, and the cool-down speed after a slash when the two differ. */
    public String warmUpCoolDownSpeed() {
        Prescription p = session.prescription();
        String warm = speed(p.warmUpSpeed());
        String cool = speed(p.coolDownSpeed());
        return warm.equals(cool) ? warm : warm + " / " + cool;
    }

    /** The Vmax in force, e.g. "30.75"; an em dash when there is none. */
    public String vmax() {
        return session.vmaxInForce().map(v -> speed(v.vmax())).orElse("—");
    }

    /** The session's total time, m:ss. */
    public String totalTime() {
        return Fields.minutesSeconds(session.prescription().totalSeconds());
    }

    private static String speed(BigDecimal metresPerMinute) {
        return SpeedUnit.M_PER_MIN.format(metresPerMinute);
    }
}
