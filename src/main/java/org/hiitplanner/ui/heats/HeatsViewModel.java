package org.hiitplanner.ui.heats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.SessionDays;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The Treadmills & heats screen: the study's treadmill profiles, its heat settings ({@link HeatSettingsModel}),
 * the heats of a chosen day per treadmill from {@link StudyHeats}, and a what-if ({@link WhatIfModel}). Every change
 * is one undoable edit of the document; the day is re-planned whenever the study or the date changes, from the
 * study's shared derived state ({@link DerivedStudies}) through the {@link TaskRunner} (off the FX thread in the
 * window); a newer change supersedes an older computation.
 */
public final class HeatsViewModel {
    private final StudyDocument document;
    private final DerivedStudies derived;
    private final LatestTask<Day> computation;
    private final Messages messages;
    private final ObservableList<Treadmill> treadmills = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ObservableList<HeatPlan> plans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper dayStatus = new ReadOnlyStringWrapper(this, "dayStatus", "");
    private final HeatSettingsModel settings;
    private final WhatIfModel whatIf;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private Study opened;
    private boolean opening;

    /** The sessions and heats of one day of one study value. */
    private record Day(Study study, LocalDate date, List<PlannedSession> sessions, List<HeatPlan> plans) {
    }

    public HeatsViewModel(StudyDocument document, DerivedStudies derived, TaskRunner runner, Clock clock,
                          Messages messages, LongSupplier seeds) {
        this.document = Objects.requireNonNull(document);
        this.derived = Objects.requireNonNull(derived);
        this.computation = new LatestTask<>(runner, computing::set);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.settings = new HeatSettingsModel(document, messages, seeds);
        this.whatIf = new WhatIfModel(document, derived.engine(), new StudyHeats(new HeatPlanner()), runner, messages);
        opened = document.opened();
        date.set(firstDay(document.study(), LocalDate.now(clock)));
        date.addListener((o, a, b) -> {
            if (b == null) {
                date.set(a);
            } else if (!opening) {
                refreshDay();
            }
        });
        // an invalidation listener: a study opened that equals the one shown (the same file again) is news too
        document.studyProperty().addListener((Observable o) -> {
            if (document.opened() != opened) {
                studyOpened();
            }
            refresh();
        });
        refresh();
    }

    /**
     * Another study was opened or created (File → Open, New; {@link StudyDocument#replace} gives the document a new
     * {@code opened()} study, which no edit, undo or save does): its first training day from today, no stale message,
     * and a what-if that starts again from its first treadmill.
     */
    private void studyOpened() {
        opened = document.opened();
        problem.set("");
        whatIf.forget();
        opening = true;
        try {
            date.set(firstDay(document.study(), LocalDate.now(clock)));
        } finally {
            opening = false;
        }
    }

    /** The clock's date when it is a training day, else the next training day (or the clock's date). */
    static LocalDate firstDay(Study study, LocalDate today) {
        return SessionDays.of(study).contains(today) ? today : SessionDays.after(study, today).orElse(today);
    }

    private void refresh() {
        treadmills.setAll(document.study().treadmills());
        settings.refresh();
        refreshDay();
    }

    private void refreshDay() {
        DerivedStudy study = derived.of(document.study());
        LocalDate d = date.get();
        hasPrevious.set(SessionDays.before(study.study(), d).isPresent());
        hasNext.set(SessionDays.after(study.study(), d).isPresent());
        computation.start(() -> new Day(study.study(), d, study.schedule().on(d), study.heatsOn(d)), this::publish,
                error -> publish(new Day(study.study(), d, List.of(), List.of())));
    }

    private void publish(Day day) {
        plans.setAll(day.plans());
        dayStatus.set(HeatTexts.dayStatus(day.date(), day.sessions(), day.plans(), messages));
        whatIf.refresh(day.study(), day.date(), day.sessions(), day.plans());
    }

    // ---- treadmill profiles

    /** The names of the other profiles, which a new or renamed profile may not take. */
    public List<String> namesOtherThan(String name) {
        return document.study().treadmills().stream().map(Treadmill::name).filter(n -> !n.equals(name)).toList();
    }

    /** Why the form cannot be saved, field by field; empty when it can. {@code original} is null for a new one. */
    Map<TreadmillForm.Field, String> formProblems(TreadmillForm form, String original) {
        return form.problems(messages, namesOtherThan(original));
    }

    /** Adds a profile from the dialog's fields. */
    Optional<String> add(TreadmillForm form) {
        Map<TreadmillForm.Field, String> p = formProblems(form, null);
        if (!p.isEmpty()) {
            return fail(p.values().iterator().next());
        }
        Treadmill t = form.treadmill();
        return apply(messages.get("heats.edit.add", t.name()), s -> TreadmillEdits.add(s, t));
    }

    /** Replaces the profile named {@code original}; a rename also renames the animals' references, in one edit. */
    Optional<String> update(String original, TreadmillForm form) {
        Map<TreadmillForm.Field, String> p = formProblems(form, original);
        if (!p.isEmpty()) {
            return fail(p.values().iterator().next());
        }
        Treadmill t = form.treadmill();
        String description = t.name().equals(original) ? messages.get("heats.edit.update", original)
                : messages.get("heats.edit.rename", original, t.name());
        return apply(description, s -> TreadmillEdits.replace(s, original, t));
    }

    /** Why the profile cannot be removed (it is the last one); empty when it can. */
    public Optional<String> removeProblem(String name) {
        return document.study().treadmills().size() < 2 ? Optional.of(messages.get("heats.remove.last", name))
                : Optional.empty();
    }

    /** The question to ask before removing: how many animals move to which treadmill; empty when none do. */
    public Optional<String> removeQuestion(String name) {
        Study s = document.study();
        int n = TreadmillEdits.animalsOn(s, name).size();
        if (n == 0 || removeProblem(name).isPresent()) {
            return Optional.empty();
        }
        String first = s.treadmills().stream().map(Treadmill::name).filter(t -> !t.equals(name)).findFirst()
                .orElseThrow();
        return Optional.of(messages.get("heats.remove.confirm", name, n, first));
    }

    /** Removes a profile (the view asks {@link #removeQuestion} first); its animals go to the first treadmill. */
    public Optional<String> remove(String name) {
        Optional<String> p = removeProblem(name);
        if (p.isPresent()) {
            return fail(p.get());
        }
        return apply(messages.get("heats.edit.remove", name), s -> TreadmillEdits.remove(s, name));
    }

    private Optional<String> apply(String description, UnaryOperator<Study> change) {
        Optional<String> error = document.edit(description, change);
        problem.set(error.orElse(""));
        return error;
    }

    private Optional<String> fail(String message) {
        problem.set(message);
        return Optional.of(message);
    }

    // ---- day navigation

    public void previousDay() {
        SessionDays.before(document.study(), date.get()).ifPresent(date::set);
    }

    public void nextDay() {
        SessionDays.after(document.study(), date.get()).ifPresent(date::set);
    }

    // ---- state for the view

    public Study study() {
        return document.study();
    }

    public Messages messages() {
        return messages;
    }

    public ObservableList<Treadmill> treadmills() {
        return treadmills;
    }

    /** Why the last change of a profile was refused; empty after one that was made. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public HeatSettingsModel settings() {
        return settings;
    }

    public WhatIfModel whatIf() {
        return whatIf;
    }

    /** The day shown; never null (setting null keeps the previous date). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** True while the day's heats are being planned. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** One plan per treadmill with sessions that day, in the study's treadmill order. */
    public ObservableList<HeatPlan> plans() {
        return plans;
    }

    /** "Monday 2026-11-16: week 1, session 1, 14 animals on 1 treadmill", or why there are no heats. */
    public ReadOnlyStringProperty dayStatusProperty() {
        return dayStatus.getReadOnlyProperty();
    }
}
