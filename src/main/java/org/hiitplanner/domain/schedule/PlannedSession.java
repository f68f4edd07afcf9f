package org.hiitplanner.domain.schedule;

import java.time.Instant;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;

import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.steptest.VmaxInForce;

/**
 * One animal's session on one day.
 *
 * @param animalId     the animal
 * @param group        its group
 * @param treadmill    the treadmill it runs on
 * @param date         the day
 * @param week         protocol week, from 1
 * @param number       session number in the study calendar, from 1
 * @param vmax         the Vmax in force and its test date, or null when there is none
 * @param prescription speeds, durations, totals and warnings
 */
public record PlannedSession(String animalId, String group, String treadmill, LocalDate date, int week, int number,
                             VmaxInForce vmax, Prescription prescription) {

    public Optional<VmaxInForce> vmaxInForce() {
        return Optional.ofNullable(vmax);
    }

    public boolean hasWarnings() {
        return !prescription.warnings().isEmpty();
    }

    /** The one-action record "completed as planned": all planned intervals, no stimuli, no weight. */
    public SessionRecord completedAsPlanned(String operator, Instant recordedAt) {
        return new SessionRecord(animalId, date, number, SessionStatus.COMPLETED, prescription.intervals(), 0, 0,
                null, "", "", operator, recordedAt);
    }
}
