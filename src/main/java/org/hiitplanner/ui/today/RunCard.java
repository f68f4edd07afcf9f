package org.hiitplanner.ui.today;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.schedule.RecordProblem;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.SpeedUnit;

/**
 * One animal's run on the shown day, as its card shows it: in a heat, the speeds its lane runs (on a single belt the
 * belt's) and its own prescription with the deviation; without a heat (no Vmax), its own prescription.
 *
 * @param session     the planned session
 * @param groupOrCode its group, or its blinded code when the study is blinded
 * @param latest      the latest record of the session, or null when it is not recorded
 * @param flags       welfare flags of the animal, e.g. a body-weight loss; empty when none
 * @param stateText   "Not recorded", "Completed", "Partial 5/7", …
 * @param byText      who recorded the latest record and when; empty when not recorded
 * @param runner      its lane and speeds in its heat; null when it is in no heat
 * @param ownText     its own high speed and the deviation, "own 26.4 m/min · −0.3 (−1.1 %)"; empty without a heat
 * @param choices     what the record rules allow to record for it today, and why not the rest
 */
public record RunCard(PlannedSession session, String groupOrCode, SessionRecord latest, List<String> flags,
                      String stateText, String byText, HeatRunner runner, String ownText,
                      RecordRules.Choices choices) implements TodayRow {
    public RunCard {
        Objects.requireNonNull(session);
        Objects.requireNonNull(choices);
        Objects.requireNonNull(groupOrCode);
        flags = List.copyOf(flags);
        Objects.requireNonNull(stateText);
        Objects.requireNonNull(byText);
        Objects.requireNonNull(ownText);
        if (runner != null && !runner.session().equals(session)) {
            throw new IllegalArgumentException("the heat runner of " + session.animalId() + " is another session");
        }
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

    /** Why "completed as planned" is not allowed (no Vmax, a future day); empty when it is. */
    public Optional<RecordProblem> whyNotComplete() {
        return choices.why(SessionStatus.COMPLETED);
    }

    public int plannedIntervals() {
        return session.prescription().intervals();
    }

    /** Its heat and lane; empty when it is in no heat (no Vmax). */
    public Optional<HeatRunner> heatRunner() {
        return Optional.ofNullable(runner);
    }

    /** Its lane, e.g. "2"; an em dash when it is in no heat. */
    public String lane() {
        return runner == null ? "—" : Integer.toString(runner.lane());
    }

    /** Its own prescribed high speed in m/min as on the treadmill's display, e.g. "26.1"; an em dash without Vmax. */
    public String highSpeed() {
        return speed(session.prescription().highSpeed());
    }

    public String lowSpeed() {
        return speed(session.prescription().lowSpeed());
    }

    /** Its own warm-up speed, and its cool-down speed after a slash when the two differ. */
    public String warmUpCoolDownSpeed() {
        Prescription p = session.prescription();
        return warmCool(p.warmUpSpeed(), p.coolDownSpeed());
    }

    /** The high speed its lane runs: the belt's in a heat on a single belt, else its own. */
    public String runHighSpeed() {
        return runner == null ? highSpeed() : speed(runner.run().high());
    }

    public String runLowSpeed() {
        return runner == null ? lowSpeed() : speed(runner.run().low());
    }

    public String runWarmUpCoolDownSpeed() {
        PhaseSpeeds run = runner == null ? null : runner.run();
        return run == null ? warmUpCoolDownSpeed() : warmCool(run.warmUp(), run.coolDown());
    }

    /** The Vmax in force, e.g. "30.75"; an em dash when there is none. */
    public String vmax() {
        return session.vmaxInForce().map(v -> Units.vmax(v.vmax())).orElse("—");
    }

    /** The session's total time, m:ss. */
    public String totalTime() {
        return Fields.minutesSeconds(session.prescription().totalSeconds());
    }

    static String speed(BigDecimal metresPerMinute) {
        return SpeedUnit.M_PER_MIN.format(metresPerMinute);
    }

    static String warmCool(BigDecimal warmUp, BigDecimal coolDown) {
        String warm = speed(warmUp);
        String cool = speed(coolDown);
        return warm.equals(cool) ? warm : warm + " / " + cool;
    }
}
