package org.hiitplanner.ui.steptests;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Asks for the date from which a change of the step test applies (on or after {@code earliest}) and why; the view
 * shows a dialog, tests answer directly. Empty when the user cancels.
 */
@FunctionalInterface
public interface StepTestVersionPrompt {
    /** Nothing asked: every change that needs a version is refused. */
    StepTestVersionPrompt NONE = (n, earliest) -> Optional.empty();

    Optional<Request> ask(int versionNumber, LocalDate earliest);

    /** When and why the new version takes effect. */
    record Request(LocalDate effectiveFrom, String reason) {
    }
}
