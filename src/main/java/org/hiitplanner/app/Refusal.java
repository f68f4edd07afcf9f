package org.hiitplanner.app;

import java.util.Objects;

/**
 * Why the application layer did not make a change: a kind that code may decide on, and a sentence for people.
 *
 * @param kind    what kind of refusal
 * @param message what is wrong, naming the value or record
 */
public record Refusal(Kind kind, String message) {
    /** The kinds of refusal; nothing decides by reading the message. */
    public enum Kind {
        /** The domain refused a value (e.g. outside a hard limit). */
        INVALID_VALUE,
        /** Changing what is already on record needs a reason. */
        REASON_REQUIRED,
        /** A session record or step-test result that the plan does not allow. */
        NOT_ALLOWED,
        /** The study could not be saved; nothing changed. */
        NOT_SAVED,
        /** Another program has the study open for writing; this one only reads it. */
        READ_ONLY
    }

    public Refusal {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(message);
    }
}
