package org.hiitplanner.app;

import java.util.Optional;

import org.hiitplanner.domain.study.Study;

/**
 * What a use case did: the study before and after (the same value when nothing changed), or why it refused.
 *
 * @param before  the study before
 * @param after   the study after, audit entries included; equal to {@code before} when refused or unchanged
 * @param refusal why nothing changed, or null
 */
public record Outcome(Study before, Study after, Refusal refusal) {
    static Outcome refused(Study study, Refusal.Kind kind, String message) {
        return new Outcome(study, study, new Refusal(kind, message));
    }

    static Outcome unchanged(Study study) {
        return new Outcome(study, study, null);
    }

    /** True when the study changed. */
    public boolean changed() {
        return refusal == null && before != after;
    }

    public Optional<Refusal> error() {
        return Optional.ofNullable(refusal);
    }

    /** The refusal's sentence, for a window that shows it or a command that prints it. */
    public Optional<String> message() {
        return error().map(Refusal::message);
    }
}
