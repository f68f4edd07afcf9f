package org.hiitplanner.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.schedule.RecordRules.BrokenRecord;
import org.hiitplanner.domain.study.Study;

/**
 * Asks first when an edit would leave recorded sessions outside the plan (an exclusion dated before them, a skip
 * date on their day, a group that stops training): the question names the records. The records stay in the file
 * either way; Adherence leaves them out and the Overview lists them. Until a view sets a question, such an edit is
 * refused.
 */
public final class OrphanGuard {
    /** How many records the question names before "and n more". */
    static final int NAMED = 10;

    private final Messages messages;
    private Predicate<String> confirm = question -> false;

    public OrphanGuard(Messages messages) {
        this.messages = Objects.requireNonNull(messages);
    }

    /** How the question is put: a dialog in the window, a fake in a test. */
    public void setConfirm(Predicate<String> newConfirm) {
        confirm = newConfirm == null ? question -> false : newConfirm;
    }

    /** True when {@code change} of {@code study} orphans no record, or the user agreed to it. */
    public boolean allows(Study study, UnaryOperator<Study> change) {
        List<BrokenRecord> orphaned = RecordRules.orphanedBy(study, change.apply(study));
        return orphaned.isEmpty() || confirm.test(question(orphaned));
    }

    /** "This change leaves 2 recorded sessions outside the plan: R15 on 2026-11-17 (Completed), … Go ahead?" */
    String question(List<BrokenRecord> orphaned) {
        List<String> named = orphaned.stream().limit(NAMED).map(b -> messages.get("orphans.record",
                b.record().animalId(), b.record().date().toString(),
                messages.get("today.status." + b.record().status().name()))).toList();
        String list = String.join("\n", named) + (orphaned.size() > NAMED
                ? "\n" + messages.get("orphans.more", orphaned.size() - NAMED) : "");
        return messages.get("orphans.confirm", orphaned.size(), list);
    }

    /** A confirmation dialog over {@code owner} (which may be null), OK to go ahead. */
    public static Predicate<String> dialog(java.util.function.Supplier<Window> owner, Messages messages) {
        return question -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ButtonType.OK, ButtonType.CANCEL);
            a.initOwner(owner.get());
            a.setTitle(messages.get("orphans.title"));
            a.setHeaderText(messages.get("orphans.title"));
            return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        };
    }
}
