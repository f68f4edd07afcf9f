package org.hiitplanner.ui.protocol;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;


import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.VersionDialog;
import javafx.stage.Window;
import org.hiitplanner.ui.protocol.ProtocolViewModel.VersionPrompt;
import org.hiitplanner.ui.protocol.ProtocolViewModel.VersionRequest;

/** Asks for the date from which a protocol change applies, and why; OK needs a date and a reason. */
final class DialogVersionPrompt implements VersionPrompt {
    private final Supplier<Window> owner;
    private final Messages messages;

    DialogVersionPrompt(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public Optional<VersionRequest> ask(int versionNumber, LocalDate earliest) {
        return VersionDialog.ask(owner.get(), messages, "protocol.version", "version-", versionNumber, earliest)
                .map(a -> new VersionRequest(a.from(), a.reason()));
    }
}
