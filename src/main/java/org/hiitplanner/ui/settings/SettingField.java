package org.hiitplanner.ui.settings;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.domain.study.Study;

/**
 * One text field of the study settings: the study's value as text, the text as typed and the message shown on the
 * field while the typed text is not a value the study accepts.
 */
public final class SettingField {
    /** Puts typed text into a study; throws {@link IllegalArgumentException} when the text is not a value. */
    @FunctionalInterface
    interface Change {
        Study apply(Study study, String text);
    }

    private final String name;
    private final Function<Study, String> value;
    private final Change change;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private String shown = "";

    SettingField(String name, Function<Study, String> value, Change change) {
        this.name = name;
        this.value = value;
        this.change = change;
    }

    /** The field's name: "title", "green", …; the id of its control is "settings-" + name. */
    public String name() {
        return name;
    }

    String valueIn(Study study) {
        return value.apply(study);
    }

    Study applyTo(Study study, String typed) {
        return change.apply(study, typed);
    }

    /** Shows the study's value when it differs from the one shown last (or always when {@code force}). */
    void show(Study study, boolean force) {
        String v = valueIn(study);
        if (force || !v.equals(shown)) {
            shown = v;
            text.set(v);
            problem.set("");
        }
    }

    /** True when the text typed differs from the value shown. */
    boolean pending() {
        return !text.get().strip().equals(shown);
    }

    void setProblem(String message) {
        problem.set(message);
    }

    /** The text as typed. */
    public StringProperty textProperty() {
        return text;
    }

    /** What is wrong with the typed text; empty when nothing is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
