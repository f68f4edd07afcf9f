package org.hiitplanner.ui.audit;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.ui.common.Messages;

/** The selected audit entry in full, for the pane below the table: long values are not cut there. */
public final class AuditDetail {
    private final Messages messages;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper oldValue = new ReadOnlyStringWrapper(this, "oldValue", "");
    private final ReadOnlyStringWrapper newValue = new ReadOnlyStringWrapper(this, "newValue", "");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper(this, "reason", "");
    private final ReadOnlyStringWrapper hashes = new ReadOnlyStringWrapper(this, "hashes", "");

    AuditDetail(ObservableValue<AuditRow> selected, Messages messages) {
        this.messages = messages;
        selected.addListener((o, a, b) -> show(b));
        show(selected.getValue());
    }

    private void show(AuditRow row) {
        if (row == null) {
            title.set(messages.get("audit.detail.none"));
            oldValue.set("");
            newValue.set("");
            reason.set("");
            hashes.set("");
            return;
        }
        AuditEntry e = row.entry();
        title.set(messages.get("audit.detail.title", String.valueOf(e.sequence()), row.time(), e.operator(),
                e.what()));
        oldValue.set(e.oldValue().isEmpty() ? messages.get("audit.detail.empty") : e.oldValue());
        newValue.set(e.newValue().isEmpty() ? messages.get("audit.detail.empty") : e.newValue());
        reason.set(e.reason().isEmpty() ? messages.get("audit.detail.noReason") : e.reason());
        hashes.set(messages.get("audit.detail.hashes", e.hash(), e.previousHash()));
    }

    /** "Entry 12 · 2026-11-16 09:05:00 · ana · protocol week 3 intervals", or a hint when none is selected. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty oldValueProperty() {
        return oldValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newValueProperty() {
        return newValue.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The entry's hash and the previous entry's, in full. */
    public ReadOnlyStringProperty hashesProperty() {
        return hashes.getReadOnlyProperty();
    }
}
