package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;

/**
 * What typing into one cell of the grid does to an animal's result for the day: a new or replaced result, its
 * removal (a measurement cell cleared), nothing, or a refusal naming the animal and the problem. Pure: the caller
 * applies the change to the study.
 */
final class ResultEntry {
    /** The outcome of a typed cell. */
    sealed interface Change {
        /** Create or replace the animal's result for the day. */
        record Put(StepTestResult result) implements Change { }

        /** Remove the animal's result for the day. */
        record Remove() implements Change { }

        /** Nothing to do. */
        record Nothing() implements Change { }

        /** Bad input; nothing changes. */
        record Refused(String message) implements Change { }
    }

    /** What is typed and where: the animal, the day, its current result there (or null), the cell and the text. */
    record Typed(String animalId, LocalDate day, StepTestResult current, EntryColumn column, String text) {
    }

    private static final int MAX_SECONDS = 24 * 3600;
    private static final int MAX_STAGES = 1000;
    private static final Pattern STAGES_AND_SECONDS = Pattern.compile("(\\d+)\\s*[+ ]\\s*(\\d+)");
    private final Messages messages;

    ResultEntry(Messages messages) {
        this.messages = messages;
    }

    Change apply(StepTestProtocol protocol, Typed typed, String newOperator) {
        String text = typed.text() == null ? "" : typed.text().strip();
        StepTestResult current = typed.current();
        if (!typed.column().isMeasurement()) {
            return current == null ? refuse("steptests.bad.noResult", typed.animalId()) : details(typed, text);
        }
        if (text.isEmpty()) {
            boolean shown = !ResultRow.cellText(current, typed.column(), protocol).text().isEmpty();
            return shown ? new Change.Remove() : new Change.Nothing();
        }
        Measurement m;
        try {
            m = measurement(protocol, typed, text);
        } catch (BadInput e) {
            return new Change.Refused(e.getMessage());
        }
        boolean computable = m.vmax(protocol).isPresent();
        boolean markedInvalid = current != null && !current.valid() && current.measurement().vmax(protocol).isPresent();
        String operator = current == null ? newOperator : current.operator();
        String note = current == null ? "" : current.note();
        return new Change.Put(new StepTestResult(typed.animalId(), typed.day(), m, operator,
                computable && !markedInvalid, note));
    }

    /** Typed text that is refused; the message names the animal and the problem. */
    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message, null, false, false);
        }
    }

    private Measurement measurement(StepTestProtocol protocol, Typed typed, String text) throws BadInput {
        String id = typed.animalId();
        return switch (typed.column()) {
            case TIME -> totalTime(id, text);
            case STAGES -> stages(protocol, typed.current(), id, text);
            case STAGE_SECONDS -> stageSeconds(protocol, typed.current(), id, text);
            case DIRECT_VMAX -> directVmax(id, text);
            default -> throw new IllegalArgumentException(typed.column().name());
        };
    }

    private Measurement totalTime(String id, String text) throws BadInput {
        OptionalInt seconds = RunningTime.parse(text);
        if (seconds.isEmpty()) {
            throw bad("steptests.bad.time", id, text);
        }
        if (seconds.getAsInt() > MAX_SECONDS) {
            throw bad("steptests.bad.timeTooLong", id, text);
        }
        return new Measurement.TotalTime(seconds.getAsInt());
    }

    private Measurement stages(StepTestProtocol protocol, StepTestResult current, String id, String text)
            throws BadInput {
        Matcher both = STAGES_AND_SECONDS.matcher(text);
        if (both.matches()) {
            return new Measurement.Stages(completed(id, both.group(1)), seconds(protocol, id, both.group(2)));
        }
        int t = currentStages(protocol, current).map(kt -> kt[1]).filter(v -> v < protocol.stageSeconds()).orElse(0);
        return new Measurement.Stages(completed(id, text), t);
    }

    /** Completed stages: a whole number from 0 to 1000. */
    private int completed(String id, String text) throws BadInput {
        Optional<Integer> k = Fields.parseInt(text).filter(v -> v >= 0 && v <= MAX_STAGES);
        if (k.isEmpty()) {
            throw bad("steptests.bad.stages", id, text, String.valueOf(MAX_STAGES));
        }
        return k.get();
    }

    private Measurement stageSeconds(StepTestProtocol protocol, StepTestResult current, String id, String text)
            throws BadInput {
        int t = seconds(protocol, id, text);
        Optional<int[]> kt = currentStages(protocol, current);
        if (kt.isEmpty()) {
            throw bad("steptests.bad.stagesFirst", id);
        }
        return new Measurement.Stages(kt.get()[0], t);
    }

    /** Seconds into the next stage: a whole number below the stage length. */
    private int seconds(StepTestProtocol protocol, String id, String text) throws BadInput {
        Optional<Integer> t = Fields.parseInt(text).filter(v -> v >= 0);
        if (t.isEmpty()) {
            throw bad("steptests.bad.seconds", id, text);
        }
        if (t.get() >= protocol.stageSeconds()) {
            throw bad("steptests.bad.stageSeconds", id, String.valueOf(t.get()),
                    String.valueOf(protocol.stageSeconds()));
        }
        return t.get();
    }

    /** The stages k and seconds t the row shows: as typed, or derived from a total time. */
    private static Optional<int[]> currentStages(StepTestProtocol protocol, StepTestResult current) {
        if (current == null) {
            return Optional.empty();
        }
        if (current.measurement() instanceof Measurement.Stages s) {
            return Optional.of(new int[] {s.completed(), s.seconds()});
        }
        if (current.measurement() instanceof Measurement.TotalTime e) {
            int stage = protocol.stageSeconds();
            return Optional.of(new int[] {e.seconds() / stage, e.seconds() % stage});
        }
        return Optional.empty();
    }

    private Measurement directVmax(String id, String text) throws BadInput {
        Optional<BigDecimal> v = Fields.parseDecimal(text).filter(x -> x.signum() > 0 && x.compareTo(BigDecimal.valueOf(1000)) < 0);
        if (v.isEmpty()) {
            throw bad("steptests.bad.vmax", id, text);
        }
        BigDecimal value = v.get().scale() > 2 ? v.get().setScale(2, RoundingMode.HALF_UP) : v.get();
        return new Measurement.DirectVmax(value);
    }

    private static Change details(Typed typed, String text) {
        StepTestResult r = typed.current();
        return typed.column() == EntryColumn.OPERATOR
                ? new Change.Put(new StepTestResult(r.animalId(), r.date(), r.measurement(), text, r.valid(), r.note()))
                : new Change.Put(new StepTestResult(r.animalId(), r.date(), r.measurement(), r.operator(), r.valid(), text));
    }

    private Change.Refused refuse(String key, Object... args) {
        return new Change.Refused(messages.get(key, args));
    }

    private BadInput bad(String key, Object... args) {
        return new BadInput(messages.get(key, args));
    }
}
