package org.hiitplanner.domain.attention;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Something a PI must not miss about a study on a day: a code with its arguments. Code decides on
 * {@link #code()}; {@link #text()} is an English sentence for the command line, the window makes its own text
 * from the message bundle ({@code attention.<CODE>}).
 *
 * @param code    what it is
 * @param date    the planned test day ({@link Code#TEST_RESULTS_MISSING}), the record's day (welfare), the first
 *                session without a Vmax ({@link Code#NO_VMAX_AHEAD}); null otherwise
 * @param animals the animals concerned, in id order; empty when it concerns none in particular
 * @param dates   the days without a record ({@link Code#SESSIONS_NOT_RECORDED}); empty otherwise
 * @param count   the sessions without a record, the animals expected at the test, the days looked ahead; 0 otherwise
 * @param value   the stimuli, or the weight loss from baseline in % (welfare); null otherwise
 * @param limit   the stimulus limit, or the weight-loss endpoint in % (welfare); null otherwise
 */
public record Attention(Code code, LocalDate date, List<String> animals, List<LocalDate> dates, int count,
                        BigDecimal value, BigDecimal limit) {

    /** What a PI must not miss, most urgent first. */
    public enum Code {
        /** An animal's body weight at or beyond the loss endpoint, not cleared by a PI. */
        WEIGHT_LOSS_OPEN,
        /** A recent session with stimuli above the limit. */
        STIMULI_ABOVE_LIMIT,
        /** A planned step-test day has passed and some tested animals have no valid result for it. */
        TEST_RESULTS_MISSING,
        /** Past planned sessions without a record. */
        SESSIONS_NOT_RECORDED,
        /** Animals that have coming sessions but no Vmax for them. */
        NO_VMAX_AHEAD,
        /** A new study: no groups yet. */
        ADD_GROUPS,
        /** Groups but no animals yet. */
        ADD_ANIMALS,
        /** Groups, none of which trains. */
        ADD_TRAINING_GROUP,
        /** No treadmill, so no schedule. */
        ADD_TREADMILL,
        /** Animals to test, and no step-test result yet (before the first planned test day has passed). */
        ADD_STEP_TESTS
    }

    public Attention {
        Objects.requireNonNull(code, "code");
        animals = List.copyOf(animals);
        dates = List.copyOf(dates);
    }

    static Attention of(Code code) {
        return new Attention(code, null, List.of(), List.of(), 0, null, null);
    }

    /** An English sentence for this item. */
    public String text() {
        return switch (code) {
            case WEIGHT_LOSS_OPEN -> "Welfare: animal " + animals.get(0) + " weighed " + value.toPlainString()
                    + " % below its baseline on " + date + " (endpoint " + limit.toPlainString()
                    + " %); open until a PI clears it (welfare --clear)";
            case STIMULI_ABOVE_LIMIT -> "Welfare: animal " + animals.get(0) + " had " + value.toPlainString()
                    + " stimuli on " + date + ", above the limit of " + limit.toPlainString() + " per session";
            case TEST_RESULTS_MISSING -> "The planned step test of " + date + " has no result for "
                    + animals.size() + " of " + count + " animals: " + String.join(", ", animals);
            case SESSIONS_NOT_RECORDED -> count + (count == 1 ? " past session has" : " past sessions have")
                    + " no record, on " + dates.size() + (dates.size() == 1 ? " day: " : " days: ")
                    + String.join(", ", dates.stream().map(LocalDate::toString).toList());
            case NO_VMAX_AHEAD -> animals.size() + (animals.size() == 1 ? " animal has" : " animals have")
                    + " no Vmax for the sessions of the next " + count + " days, from " + date + ": "
                    + String.join(", ", animals);
            case ADD_GROUPS -> "Next: add the groups (e.g. control and HIIT) on the Animals screen";
            case ADD_ANIMALS -> "Next: add the animals to the groups on the Animals screen";
            case ADD_TRAINING_GROUP -> "Next: mark the group(s) that train; no group has training sessions";
            case ADD_TREADMILL -> "Next: add a treadmill; without one there is no schedule";
            case ADD_STEP_TESTS -> "Next: enter the baseline step-test results of " + animals.size()
                    + (animals.size() == 1 ? " animal" : " animals") + " to get each animal's Vmax";
        };
    }
}
