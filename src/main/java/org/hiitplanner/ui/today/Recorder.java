package org.hiitplanner.ui.today;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.welfare.WelfareFlag;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.RecordProblemTexts;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * Writes the records of the Today screen: checks that there is a study file and an operator, asks for a reason
 * when a record is corrected (a new record is appended; the latest one counts), and reports what happened.
 */
final class Recorder {
    /** Until the view sets dialogs: a correction and a batch are refused. */
    private static final TodayPrompts REFUSE = new TodayPrompts() {
        @Override
        public Optional<String> askReason(String header, String question) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String question) {
            return false;
        }
    };

    private final StudyDocument document;
    private final RecordWriter writer;
    private final Clock clock;
    private final Messages messages;
    private final CardTexts texts;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private TodayPrompts prompts = REFUSE;

    Recorder(StudyDocument document, RecordWriter writer, Clock clock, Messages messages, CardTexts texts) {
        this.document = document;
        this.writer = writer;
        this.clock = clock;
        this.messages = messages;
        this.texts = texts;
    }

    void setPrompts(TodayPrompts newPrompts) {
        prompts = newPrompts == null ? REFUSE : newPrompts;
    }

    /**
     * What a batch of records is called in its confirmation, its audit entry and its report: the cards of a treadmill
     * or of one heat.
     *
     * @param where      "Exer-3 rat", or "heat 2 on Exer-3 rat"
     * @param confirmKey the question: count, where, operator
     * @param editKey    the audit entry: count, where, date
     * @param doneKey    the report: count, where
     * @param noneKey    when every card is already recorded
     */
    record Batch(String where, String confirmKey, String editKey, String doneKey, String noneKey) {
        static Batch treadmill(String name) {
            return new Batch(name, "today.all.confirm", "today.edit.many", "today.recordedMany", "today.all.none");
        }

        static Batch heat(String where) {
            return new Batch(where, "today.heat.confirm", "today.heat.edit", "today.heat.recorded", "today.heat.none");
        }
    }

    /** Records one card's session as completed as planned; a correction asks for a reason first. */
    boolean completeAsPlanned(RunCard card, String operator) {
        Optional<String> problem = problem(operator);
        if (problem.isPresent()) {
            return tell(problem.get(), true);
        }
        if (card.whyNotComplete().isPresent()) {
            return tell(RecordProblemTexts.text(messages, card.whyNotComplete().get()), true);
        }
        return writeCompleted(List.of(card), operator, null);
    }

    /**
     * Records those of {@code cards} not yet recorded as completed as planned, after a confirmation; a card the
     * record rules do not allow to complete (no Vmax, a future day) is left alone.
     */
    boolean completeAsPlanned(List<RunCard> cards, String operator, Batch batch) {
        Optional<String> problem = problem(operator);
        if (problem.isPresent()) {
            return tell(problem.get(), true);
        }
        List<RunCard> todo = cards.stream()
                .filter(c -> existing(c).isEmpty() && c.whyNotComplete().isEmpty()).toList();
        if (todo.isEmpty()) {
            return tell(messages.get(batch.noneKey()), false);
        }
        if (!prompts.confirm(messages.get(batch.confirmKey(), todo.size(), batch.where(), operator))) {
            return false;
        }
        return writeCompleted(todo, operator, batch);
    }

    private boolean writeCompleted(List<RunCard> todo, String operator, Batch batch) {
        Instant now = clock.instant();
        List<SessionRecord> records = todo.stream()
                .map(c -> c.session().completedAsPlanned(operator, now)).toList();
        Optional<String> error = write(todo, records, batch);
        return error.isEmpty() || tell(error.get(), true);
    }

    /** Writes the record of a form; when it cannot, the form and the status line say why. */
    boolean save(RecordForm form, String operator) {
        Optional<String> problem = problem(operator);
        if (problem.isEmpty() && !form.check()) {
            problem = Optional.of(messages.get("today.form.error.fix"));
        }
        Optional<String> error = problem.isPresent() ? problem
                : write(List.of(form.card()), List.of(form.toRecord(operator, clock.instant())), null);
        form.setMessage(error.orElse(""));
        return error.isEmpty() || tell(error.get(), true);
    }

    /** Why nothing can be recorded now: no study file, or no operator; empty when recording may go ahead. */
    private Optional<String> problem(String operator) {
        if (document.file() == null) {
            return Optional.of(messages.get("today.error.noFile"));
        }
        if (operator.isBlank()) {
            return Optional.of(messages.get("today.error.operator"));
        }
        return Optional.empty();
    }

    /**
     * Appends the records, with a reason asked for when one of them corrects an earlier record.
     *
     * @param batch what the records are called when there are several; null for one
     */
    private Optional<String> write(List<RunCard> cards, List<SessionRecord> records, Batch batch) {
        String reason = "";
        for (RunCard c : cards) {
            Optional<SessionRecord> earlier = existing(c);
            if (earlier.isPresent()) {
                Optional<String> answer = prompts.askReason(messages.get("today.reason.header", c.animalId(),
                        c.session().date().toString(), texts.state(c.session(), earlier.get()),
                        texts.by(earlier.get())), messages.get("today.reason.question"));
                if (answer.isEmpty() || answer.get().isBlank()) {
                    return Optional.of(messages.get("today.reason.cancelled"));
                }
                reason = answer.get().strip();
                break;
            }
        }
        Optional<String> clamped = clampedConfirmation(cards);
        if (clamped.isPresent() && clamped.get().isEmpty()) {
            return Optional.of(messages.get("today.clamped.cancelled"));
        }
        if (clamped.isPresent()) {
            reason = reason.isEmpty() ? clamped.get() : reason + " — " + clamped.get();
        }
        RunCard first = cards.get(0);
        String date = first.session().date().toString();
        boolean one = records.size() == 1;
        String description = one ? messages.get("today.edit.one", first.animalId(), date)
                : messages.get(batch.editKey(), records.size(), batch.where(), date);
        Optional<String> error = writer.write(description, reason, records);
        if (error.isEmpty()) {
            tell(one ? texts.summary(records.get(0), first.session())
                    : messages.get(batch.doneKey(), records.size(), batch.where()), false);
        }
        return error;
    }

    /**
     * Sessions run at a speed clamped at the treadmill's maximum need an explicit confirmation, which goes into
     * the audit trail as the reason: empty when none is clamped, an empty text when the user declined.
     */
    private Optional<String> clampedConfirmation(List<RunCard> cards) {
        List<String> clamped = cards.stream().flatMap(c -> c.session().prescription().warnings().stream()
                .filter(w -> w.contains("clamped")).map(w -> c.animalId() + ": " + w)).toList();
        if (clamped.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prompts.confirm(messages.get("today.clamped.confirm", String.join("\n", clamped)))
                ? "Confirmed: " + String.join("; ", clamped) : "");
    }


    /** The latest record of a card's session in the study as it is now (not as last computed). */
    private Optional<SessionRecord> existing(RunCard c) {
        Map<String, SessionRecord> latest = TodayData.latestOn(document.study().sessionRecords(),
                c.session().date());
        return Optional.ofNullable(latest.get(c.animalId()));
    }

    /**
     * A PI clears the animal's body-weight-loss flag: asks why, and adds a clearance that covers the weighings up
     * to the flagged one (saved at once, audited). False when there is nothing to clear or nothing was written.
     */
    boolean clearWeightFlag(String animalId, String operator) {
        Optional<String> problem = problem(operator);
        if (problem.isPresent()) {
            return tell(problem.get(), true);
        }
        Study s = document.study();
        Optional<WelfareFlag> open = new WelfareCheck()
                .openWeightFlag(animalId, s.sessionRecords(), s.welfareClearances(), s.settings().welfare());
        if (open.isEmpty()) {
            return tell(messages.get("today.clear.none", animalId), false);
        }
        Optional<String> reason = prompts.askReason(messages.get("today.clear.header", open.get().message(),
                operator), messages.get("today.clear.question"));
        if (reason.isEmpty() || reason.get().isBlank()) {
            return tell(messages.get("today.clear.cancelled"), true);
        }
        Optional<String> error = document.clearWeightFlag(messages.get("today.clear.edit", animalId), animalId,
                reason.get().strip());
        if (error.isPresent()) {
            return tell(error.get(), true);
        }
        tell(messages.get("today.clear.done", animalId), false);
        return true;
    }

    /** Shows a message; returns false, so that a refusal can end with {@code return tell(…)}. */
    private boolean tell(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
        return false;
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
