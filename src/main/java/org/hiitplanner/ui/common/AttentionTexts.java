package org.hiitplanner.ui.common;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hiitplanner.domain.attention.Attention;

/**
 * The window's text of something a PI must not miss, from the message bundle ({@code attention.<CODE>}).
 * Arguments: {0} the animals, joined by ", "; {1} the date; {2} the count; {3} the value (stimuli or weight loss
 * in %); {4} the limit; {5} how many animals; {6} the days, joined by ", "; {7} how many days. And the screen
 * where it is seen to.
 */
public final class AttentionTexts {
    private AttentionTexts() {
    }

    public static String text(Messages messages, Attention a) {
        return messages.get("attention." + a.code().name(), String.join(", ", a.animals()),
                a.date() == null ? "" : a.date().toString(), a.count(), plain(a.value()), plain(a.limit()),
                a.animals().size(), String.join(", ", a.dates().stream().map(LocalDate::toString).toList()),
                a.dates().size());
    }

    /** The id of the screen where the item is dealt with (overview, today, animals, steptests, adherence, heats). */
    public static String screen(Attention a) {
        return switch (a.code()) {
            case WEIGHT_LOSS_OPEN, STIMULI_ABOVE_LIMIT -> "today";
            case TEST_RESULTS_MISSING, NO_VMAX_AHEAD, ADD_STEP_TESTS -> "steptests";
            case SESSIONS_NOT_RECORDED -> "adherence";
            case ADD_GROUPS, ADD_ANIMALS, ADD_TRAINING_GROUP -> "animals";
            case ADD_TREADMILL -> "heats";
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
