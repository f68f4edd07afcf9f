package org.hiitplanner.ui.today;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.RecordProblemTexts;

/**
 * The record form of one animal's session: what the technician types, checked on every change so that each bad
 * field names its problem; the input is kept until the record is written or the form is cancelled.
 */
public final class RecordForm {
    private final RunCard card;
    private final Messages messages;
    private final ObjectProperty<SessionStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<Integer> intervals = new SimpleObjectProperty<>(this, "intervals");
    private final StringProperty stimuli = new SimpleStringProperty(this, "stimuli", "");
    private final StringProperty gridSeconds = new SimpleStringProperty(this, "gridSeconds", "");
    private final StringProperty weight = new SimpleStringProperty(this, "weight", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty excuseReason = new SimpleStringProperty(this, "excuseReason", "");
    private final ReadOnlyStringWrapper statusError = new ReadOnlyStringWrapper(this, "statusError", "");
    private final ReadOnlyStringWrapper intervalsError = new ReadOnlyStringWrapper(this, "intervalsError", "");
    private final ReadOnlyStringWrapper stimuliError = new ReadOnlyStringWrapper(this, "stimuliError", "");
    private final ReadOnlyStringWrapper gridError = new ReadOnlyStringWrapper(this, "gridError", "");
    private final ReadOnlyStringWrapper weightError = new ReadOnlyStringWrapper(this, "weightError", "");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper(this, "reasonError", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper intervalsEditable = new ReadOnlyBooleanWrapper(this, "intervalsEditable");
    private final ReadOnlyBooleanWrapper reasonEnabled = new ReadOnlyBooleanWrapper(this, "reasonEnabled");

    RecordForm(RunCard card, Messages messages) {
        this.card = card;
        this.messages = messages;
        SessionRecord r = card.latest();
        if (r == null) {
            status.set(firstAllowed());
            intervals.set(status.get() == SessionStatus.COMPLETED ? card.plannedIntervals() : 0);
        } else {
            status.set(r.status());
            intervals.set(Math.min(r.intervalsCompleted(), card.plannedIntervals()));
            stimuli.set(String.valueOf(r.stimuli()));
            gridSeconds.set(String.valueOf(r.secondsOnGrid()));
            weight.set(r.bodyWeight().map(BigDecimal::toPlainString).orElse(""));
            notes.set(r.notes());
            excuseReason.set(r.excuseReason());
        }
        status.addListener((o, a, s) -> statusChanged(s));
        statusChanged(status.get());
        for (Observable field : new Observable[] {intervals, stimuli, gridSeconds, weight, excuseReason}) {
            field.addListener(o -> check());
        }
        check();
    }

    /** The status a new record starts with: completed when allowed, else the first allowed one. */
    private SessionStatus firstAllowed() {
        for (SessionStatus s : new SessionStatus[] {SessionStatus.COMPLETED, SessionStatus.MISSED,
            SessionStatus.PARTIAL, SessionStatus.EXCUSED}) {
            if (allows(s)) {
                return s;
            }
        }
        return SessionStatus.COMPLETED;
    }

    /**
     * Completed means every planned interval; missed and excused mean none; partial is typed, from 1 to one
     * fewer than planned (a value outside becomes one fewer than planned).
     */
    private void statusChanged(SessionStatus s) {
        if (s == null) {
            status.set(firstAllowed());
            return;
        }
        if (s == SessionStatus.COMPLETED) {
            intervals.set(card.plannedIntervals());
        } else if (s != SessionStatus.PARTIAL) {
            intervals.set(0);
        } else if (intervals.get() == null || intervals.get() < 1 || intervals.get() >= card.plannedIntervals()) {
            intervals.set(Math.max(1, card.plannedIntervals() - 1));
        }
        intervalsEditable.set(s == SessionStatus.PARTIAL);
        reasonEnabled.set(s == SessionStatus.EXCUSED);
        check();
    }

    /** Checks every field and names the problem of each bad one; true when all are good. */
    boolean check() {
        Integer n = intervals.get();
        SessionStatus s = status.get();
        statusError.set(allows(s) ? "" : messages.get("today.form.error.status", whyNot(s)));
        if (s == SessionStatus.PARTIAL) {
            int max = card.choices().maxIntervals(s);
            intervalsError.set(n == null || n < 1 || n > max || n >= card.plannedIntervals()
                    ? messages.get("today.form.error.partial", Math.max(1, max), card.plannedIntervals()) : "");
        } else {
            intervalsError.set(n == null || n < 0 || n > card.plannedIntervals()
                    ? messages.get("today.form.error.intervals", card.plannedIntervals()) : "");
        }
        stimuliError.set(count(stimuli.get()).isPresent() ? "" : messages.get("today.form.error.count"));
        gridError.set(count(gridSeconds.get()).isPresent() ? "" : messages.get("today.form.error.count"));
        weightError.set(weight().isPresent() ? "" : messages.get("today.form.error.weight"));
        reasonError.set(status.get() == SessionStatus.EXCUSED && excuseReason.get().isBlank()
                ? messages.get("today.form.error.reason") : "");
        return statusError.get().isEmpty() && intervalsError.get().isEmpty() && stimuliError.get().isEmpty()
                && gridError.get().isEmpty()
                && weightError.get().isEmpty() && reasonError.get().isEmpty();
    }

    /** A whole number ≥ 0; an empty field is 0. */
    private static Optional<Integer> count(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(0);
        }
        return Fields.parseInt(text).filter(i -> i >= 0);
    }

    /** The weight: empty optional when bad, an optional of null when not weighed. */
    private Optional<Optional<BigDecimal>> weight() {
        String text = weight.get();
        if (text == null || text.isBlank()) {
            return Optional.of(Optional.empty());
        }
        return Fields.parseDecimal(text).filter(w -> w.signum() > 0).map(Optional::of);
    }

    /** The record the form describes; call only after {@link #check()} returned true. */
    SessionRecord toRecord(String operator, Instant at) {
        SessionStatus s = status.get();
        return new SessionRecord(card.animalId(), card.session().date(), card.session().number(), s,
                intervals.get(), count(stimuli.get()).orElseThrow(), count(gridSeconds.get()).orElseThrow(),
                weight().orElseThrow().orElse(null), notes.get(), s == SessionStatus.EXCUSED ? excuseReason.get() : "",
                operator, at);
    }

    void setMessage(String text) {
        message.set(text);
    }

    public RunCard card() {
        return card;
    }

    public ObjectProperty<SessionStatus> statusProperty() {
        return status;
    }

    /**
     * Intervals completed: all planned when completed, 1 to planned − 1 when partial, 0 when missed or excused;
     * null while the typed text is not a number.
     */
    public ObjectProperty<Integer> intervalsProperty() {
        return intervals;
    }

    public StringProperty stimuliProperty() {
        return stimuli;
    }

    public StringProperty gridSecondsProperty() {
        return gridSeconds;
    }

    /** Body weight in g, optional; a comma is read as the decimal point. */
    public StringProperty weightProperty() {
        return weight;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty excuseReasonProperty() {
        return excuseReason;
    }

    /** True when the record rules allow this status for the session today (not after today, a Vmax to run). */
    public boolean allows(SessionStatus s) {
        return card.choices().allows(s);
    }

    /** Why a status is not allowed, as the control says it; empty when it is allowed. */
    public String whyNot(SessionStatus s) {
        return card.choices().why(s).map(p -> RecordProblemTexts.text(messages, p)).orElse("");
    }

    /** True when no status at all may be recorded (a future day). */
    public boolean nothingAllowed() {
        for (SessionStatus s : SessionStatus.values()) {
            if (allows(s)) {
                return false;
            }
        }
        return true;
    }

    /** The fewest intervals the chosen status allows. */
    public int minIntervals() {
        return card.choices().minIntervals(status.get());
    }

    /** The most intervals the chosen status allows. */
    public int maxIntervals() {
        return card.choices().maxIntervals(status.get());
    }

    /** Why the chosen status may not be recorded; empty when it may. */
    public ReadOnlyStringProperty statusErrorProperty() {
        return statusError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty intervalsErrorProperty() {
        return intervalsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stimuliErrorProperty() {
        return stimuliError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty gridErrorProperty() {
        return gridError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty weightErrorProperty() {
        return weightError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    /** Why the record was not written (no operator, no reason for a correction, the writer's error); or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True only for a partial session: completed means all planned intervals, missed and excused none. */
    public ReadOnlyBooleanProperty intervalsEditableProperty() {
        return intervalsEditable.getReadOnlyProperty();
    }

    /** True only for an excused session, which needs a reason. */
    public ReadOnlyBooleanProperty reasonEnabledProperty() {
        return reasonEnabled.getReadOnlyProperty();
    }
}
