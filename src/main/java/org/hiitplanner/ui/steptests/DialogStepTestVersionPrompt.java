package org.hiitplanner.ui.steptests;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;


import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.VersionDialog;
import javafx.stage.Window;

/**
 * Asks for the date from which a change of the step test applies, and why; OK needs a date not before the
 * earliest and a reason (like the protocol screen's version dialog).
 */
final class DialogStepTestVersionPrompt implements StepTestVersionPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    DialogStepTestVersionPrompt(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<Request> ask(int versionNumber, LocalDate earliest) {
        return VersionDialog.ask(owner.get(), messages, "steptests.version", "steptests-version-", versionNumber,
                earliest).map(a -> new Request(a.from(), a.reason()));
    }
}
