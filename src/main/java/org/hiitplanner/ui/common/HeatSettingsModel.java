package org.hiitplanner.ui.common;

import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.study.Study;

/**
 * The study's heat settings as fields: tolerance ("5%" or "1.0" m/min), run order and seed. A committed value is one
 * undoable edit; text that is not valid leaves a message on its field and changes nothing. Shared by the
 * Treadmills & heats screen and the Study settings dialog.
 */
public final class HeatSettingsModel {
    private final StudyDocument document;
    private final Messages messages;
    private final LongSupplier seeds;
    private final StringProperty tolerance = new SimpleStringProperty(this, "tolerance", "");
    private final ReadOnlyStringWrapper toleranceProblem = new ReadOnlyStringWrapper(this, "toleranceProblem", "");
    private final ObjectProperty<RunOrder> order = new SimpleObjectProperty<>(this, "order");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final ReadOnlyStringWrapper seedProblem = new ReadOnlyStringWrapper(this, "seedProblem", "");
    private boolean refreshing;

    public HeatSettingsModel(StudyDocument document, Messages messages, LongSupplier seeds) {
        this.document = document;
        this.messages = messages;
        this.seeds = seeds;
        order.addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                setOrder(b);
            }
        });
    }

    /** Shows the study's settings; clears any message. */
    public void refresh() {
        HeatSettings h = document.study().settings().heats();
        refreshing = true;
        try {
            tolerance.set(text(h.tolerance()));
            order.set(h.order());
            seed.set(Long.toString(h.seed()));
        } finally {
            refreshing = false;
        }
        toleranceProblem.set("");
        seedProblem.set("");
    }

    /** "5%" or "1.0". */
    public static String text(Tolerance t) {
        return t.kind() == Tolerance.Kind.PERCENT ? Units.plain(t.value()) + "%" : t.value().toPlainString();
    }

    /**
     * Saves the tolerance field's text; a message on the field when it is not a tolerance. The same number as the
     * study's ("5.0%" for 5 %) is no change: nothing is edited and the field shows the study's value again.
     */
    public Optional<String> commitTolerance() {
        Tolerance t;
        try {
            t = Tolerance.parse(tolerance.get());
        } catch (IllegalArgumentException e) {
            String message = messages.get("heats.settings.tolerance.invalid", tolerance.get().strip());
            toleranceProblem.set(message);
            return Optional.of(message);
        }
        Tolerance now = document.study().settings().heats().tolerance();
        if (t.sameAs(now)) {
            tolerance.set(text(now));
            toleranceProblem.set("");
            return Optional.empty();
        }
        return edit(messages.get("heats.edit.tolerance", t.label()), toleranceProblem, h -> h.withTolerance(t));
    }

    public Optional<String> setOrder(RunOrder newOrder) {
        return edit(messages.get("heats.edit.order", messages.get("heats.order." + newOrder.name())), seedProblem,
                h -> h.withOrder(newOrder, h.seed()));
    }

    /** Saves the seed field's text: a whole number; the study's own seed ("007" for 7) is no change. */
    public Optional<String> commitSeed() {
        Optional<Long> value;
        try {
            value = Optional.of(Long.parseLong(seed.get().strip()));
        } catch (NumberFormatException e) {
            value = Optional.empty();
        }
        if (value.isEmpty()) {
            String message = messages.get("heats.settings.seed.invalid", seed.get().strip());
            seedProblem.set(message);
            return Optional.of(message);
        }
        long v = value.get();
        if (v == document.study().settings().heats().seed()) {
            seed.set(Long.toString(v));
            seedProblem.set("");
            return Optional.empty();
        }
        return edit(messages.get("heats.edit.seed", v), seedProblem, h -> h.withOrder(h.order(), v));
    }

    /** A new random seed, saved at once. */
    public Optional<String> newSeed() {
        seed.set(Long.toString(seeds.getAsLong()));
        return commitSeed();
    }

    private Optional<String> edit(String description, ReadOnlyStringWrapper problem, UnaryOperator<HeatSettings> f) {
        Optional<String> error = document.edit(description, s -> withHeats(s, f.apply(s.settings().heats())));
        problem.set(error.orElse(""));
        if (error.isEmpty()) {
            refresh();
        }
        return error;
    }

    private static Study withHeats(Study s, HeatSettings h) {
        return s.withSettings(s.settings().withHeats(h));
    }

    /** The tolerance as typed. */
    public StringProperty toleranceProperty() {
        return tolerance;
    }

    public ReadOnlyStringProperty toleranceProblemProperty() {
        return toleranceProblem.getReadOnlyProperty();
    }

    /** The run order; setting it saves it. */
    public ObjectProperty<RunOrder> orderProperty() {
        return order;
    }

    /** The seed as typed. */
    public StringProperty seedProperty() {
        return seed;
    }

    public ReadOnlyStringProperty seedProblemProperty() {
        return seedProblem.getReadOnlyProperty();
    }
}
