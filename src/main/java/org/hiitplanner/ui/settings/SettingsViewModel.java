package org.hiitplanner.ui.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The Study settings dialog: the study's title, investigator, species, strain and sex, blinding, adherence bands,
 * usual protocol ranges, welfare limits and heat settings. Each committed field is one undoable, audited edit
 * through {@link StudyDocument#edit(String, UnaryOperator)}; text the study does not accept leaves a message on its
 * field and changes nothing. The fields follow the study: after an undo, a redo or another file they show it again.
 */
public final class SettingsViewModel {
    private final StudyDocument document;
    private final Messages messages;
    private final Map<String, SettingField> fields = new LinkedHashMap<>();
    private final ObjectProperty<Sex> sex = new SimpleObjectProperty<>(this, "sex");
    private final BooleanProperty blinded = new SimpleBooleanProperty(this, "blinded");
    private final ReadOnlyStringWrapper choiceProblem = new ReadOnlyStringWrapper(this, "choiceProblem", "");
    private final HeatSettingsModel heats;
    private Study heatsShown;
    private boolean refreshing;

    public SettingsViewModel(StudyDocument document, Messages messages, LongSupplier seeds) {
        this.document = document;
        this.messages = messages;
        this.heats = new HeatSettingsModel(document, messages, seeds);
        add("title", s -> s.info().title(), SettingEdits::title);
        add("investigator", s -> s.info().investigator(), SettingEdits::investigator);
        add("species", s -> s.info().species(), SettingEdits::species);
        add("strain", s -> s.info().strain(), SettingEdits::strain);
        add("green", s -> Units.plain(s.settings().greenPercent()), SettingEdits::green);
        add("yellow", s -> Units.plain(s.settings().yellowPercent()), SettingEdits::yellow);
        add("minIntervals", s -> "" + s.settings().protocolLimits().usualMinIntervals(), SettingEdits::minIntervals);
        add("maxIntervals", s -> "" + s.settings().protocolLimits().usualMaxIntervals(), SettingEdits::maxIntervals);
        add("minPercent", s -> Units.plain(s.settings().protocolLimits().usualMinPercent()), SettingEdits::minPercent);
        add("maxPercent", s -> Units.plain(s.settings().protocolLimits().usualMaxPercent()), SettingEdits::maxPercent);
        add("stimulusLimit", s -> "" + s.settings().welfare().stimulusLimit(), SettingEdits::stimulusLimit);
        add("weightLoss", s -> Units.plain(s.settings().welfare().weightLossEndpointPercent()),
                SettingEdits::weightLoss);
        sex.addListener((o, was, now) -> {
            if (!refreshing && now != null && now != document.study().info().sex()) {
                choose(messages.get("settings.edit.sex", messages.get("sex." + now)), s -> SettingEdits.sex(s, now));
            }
        });
        blinded.addListener((o, was, now) -> {
            if (!refreshing && now != document.study().settings().blinded()) {
                choose(messages.get(now ? "settings.edit.blinded" : "settings.edit.unblinded"),
                        s -> SettingEdits.blinded(s, now));
            }
        });
        document.studyProperty().addListener((o, was, now) -> show(false));
        show(true);
    }

    private void add(String name, Function<Study, String> value, SettingField.Change change) {
        fields.put(name, new SettingField(name, value, change));
    }

    /** Shows the study's values and clears every message (when the dialog opens). */
    public void reload() {
        show(true);
    }

    private void show(boolean force) {
        Study s = document.study();
        fields.values().forEach(f -> f.show(s, force));
        refreshing = true;
        try {
            sex.set(s.info().sex());
            blinded.set(s.settings().blinded());
        } finally {
            refreshing = false;
        }
        if (force || heatsShown == null || !heatsShown.settings().heats().equals(s.settings().heats())) {
            heats.refresh();
        }
        heatsShown = s;
    }

    /**
     * Saves the field's text as one edit. The study's own value ("80.0" for 80) is no change; text the study refuses
     * leaves a message on the field. Returns that message, or the document's when the edit could not be made.
     */
    public Optional<String> commit(SettingField field) {
        Study now = document.study();
        String typed = field.textProperty().get().strip();
        Study next;
        try {
            next = field.applyTo(now, typed);
        } catch (IllegalArgumentException e) {
            return refuse(field, messages.get("settings." + field.name() + ".invalid", typed, other(field, now)));
        }
        if (field.valueIn(next).equals(field.valueIn(now))) {
            field.show(now, true);
            return Optional.empty();
        }
        String label = messages.get("settings." + field.name());
        Optional<String> error = document.edit(messages.get("settings.edit", label.replace("_", ""),
                field.valueIn(next)), s -> field.applyTo(s, typed));
        error.ifPresentOrElse(field::setProblem, () -> field.show(document.study(), true));
        return error;
    }

    private static Optional<String> refuse(SettingField field, String message) {
        field.setProblem(message);
        return Optional.of(message);
    }

    /** The value the refused one is checked against, for its message ("from the yellow band (50 %) to 100"). */
    private String other(SettingField field, Study s) {
        return switch (field.name()) {
            case "green" -> fields.get("yellow").valueIn(s);
            case "yellow" -> fields.get("green").valueIn(s);
            case "minIntervals" -> fields.get("maxIntervals").valueIn(s);
            case "maxIntervals" -> fields.get("minIntervals").valueIn(s);
            case "minPercent" -> fields.get("maxPercent").valueIn(s);
            case "maxPercent" -> fields.get("minPercent").valueIn(s);
            default -> "";
        };
    }

    /** Saves every field whose text was typed but not yet committed (when the dialog closes). */
    public void commitPending() {
        fields.values().stream().filter(SettingField::pending).forEach(this::commit);
        if (!HeatSettingsModel.text(document.study().settings().heats().tolerance())
                .equals(heats.toleranceProperty().get().strip())) {
            heats.commitTolerance();
        }
        if (!Long.toString(document.study().settings().heats().seed()).equals(heats.seedProperty().get().strip())) {
            heats.commitSeed();
        }
    }

    private void choose(String description, UnaryOperator<Study> change) {
        Optional<String> error = document.edit(description, change);
        choiceProblem.set(error.orElse(""));
        if (error.isPresent()) {
            show(true);
        }
    }

    /** The text fields, in the order of the dialog. */
    public List<SettingField> fields() {
        return List.copyOf(fields.values());
    }

    /** The field with this name ("title", "investigator", "species", "strain", "green", …). */
    public SettingField field(String name) {
        SettingField f = fields.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no setting " + name);
        }
        return f;
    }

    /** The sex of the study's animals; setting it saves it. */
    public ObjectProperty<Sex> sexProperty() {
        return sex;
    }

    /** Blinded printouts; setting it saves it. */
    public BooleanProperty blindedProperty() {
        return blinded;
    }

    /** Why the last choice of sex or blinding was not saved; empty when it was. */
    public ReadOnlyStringProperty choiceProblemProperty() {
        return choiceProblem.getReadOnlyProperty();
    }

    /** Tolerance, run order and seed: the same model as on the Treadmills & heats screen. */
    public HeatSettingsModel heats() {
        return heats;
    }
}
