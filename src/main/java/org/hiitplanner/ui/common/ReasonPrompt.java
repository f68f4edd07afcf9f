package org.hiitplanner.ui.common;

import java.util.Optional;

/** Asks why a recorded value is being changed; the view answers with a dialog, a test with a fake. */
@FunctionalInterface
public interface ReasonPrompt {
    /** The reason typed, or empty when the user cancelled or gave none. */
    Optional<String> askReason(String what);

    /** A prompt that never gets an answer: changes that need a reason are refused. */
    ReasonPrompt NONE = what -> Optional.empty();
}
