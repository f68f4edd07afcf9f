package org.hiitplanner.ui.heats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * What if one treadmill's animals of the day ran with another lane count, belt, changeover, tolerance or on another
 * profile: the current plan and the tried one side by side. Nothing in the study changes until {@link #apply()},
 * which writes the tried lanes, belt and changeover to the profile and the tolerance to the study, as one edit.
 * The tried plan is the day planned on a trial copy of the study with that edit made (schedule, speeds and heats),
 * so it is exactly what the heats screen shows after Apply.
 */
public final class WhatIfModel {
    /** One line of the comparison: a figure of the current plan and of the tried one. */
    public record Comparison(String label, String current, String tried) {
    }

    private final StudyDocument document;
    private final ScheduleEngine engine;
    private final StudyHeats heats;
    private final LatestTask<HeatPlan> computation;
    private final Messages messages;
    private final ObservableList<String> treadmills = FXCollections.observableArrayList();
    private final ObservableList<String> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<String> base = new SimpleObjectProperty<>(this, "base");
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>(this, "profile");
    private final StringProperty lanes = new SimpleStringProperty(this, "lanes", "");
    private final ObjectProperty<BeltType> belt = new SimpleObjectProperty<>(this, "belt", BeltType.SINGLE_BELT);
    private final StringProperty changeover = new SimpleStringProperty(this, "changeover", "");
    private final StringProperty tolerance = new SimpleStringProperty(this, "tolerance", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<HeatPlan> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<HeatPlan> tried = new ReadOnlyObjectWrapper<>(this, "tried");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ObservableList<Comparison> comparison = FXCollections.observableArrayList();
    private Study study;
    private LocalDate date;
    private List<PlannedSession> day = List.of();
    private List<HeatPlan> plans = List.of();
    private Treadmill filledFrom;
    private Tolerance filledTolerance;
    private Treadmill triedTreadmill;
    private Tolerance triedTolerance;
    private boolean filling;

    WhatIfModel(StudyDocument document, ScheduleEngine engine, StudyHeats heats, TaskRunner runner,
                Messages messages) {
        this.document = document;
        this.engine = engine;
        this.heats = heats;
        this.computation = new LatestTask<>(runner, running -> { });
        this.messages = messages;
        base.addListener((o, a, b) -> {
            if (!filling && b != null) {
                fill(b);
            }
        });
        profile.addListener((o, a, b) -> {
            if (!filling && b != null) {
                fill(b);
            }
        });
        for (Observable field : new Observable[] {lanes, belt, changeover, tolerance}) {
            field.addListener(x -> {
                if (!filling) {
                    plan();
                }
            });
        }
    }

    /**
     * The study or the day changed: keep the chosen treadmill and fields unless the study's values changed. When the
     * chosen treadmill has no sessions any more and another is taken, the profile and the fields are reset to it,
     * as when the user picks a treadmill.
     */
    void refresh(Study newStudy, LocalDate newDate, List<PlannedSession> newDay, List<HeatPlan> newPlans) {
        study = newStudy;
        date = newDate;
        day = newDay;
        plans = newPlans;
        boolean moved;
        filling = true;
        try {
            treadmills.setAll(newPlans.stream().map(HeatPlan::treadmill).toList());
            profiles.setAll(newStudy.treadmills().stream().map(Treadmill::name).toList());
            String before = base.get();
            if (base.get() == null || !treadmills.contains(base.get())) {
                base.set(treadmills.isEmpty() ? null : treadmills.get(0));
            }
            moved = !Objects.equals(before, base.get());
            if (moved || profile.get() == null || !profiles.contains(profile.get())) {
                profile.set(base.get());
            }
        } finally {
            filling = false;
        }
        Optional<Treadmill> p = treadmill(profile.get());
        if (p.isPresent() && (moved || !p.get().equals(filledFrom) || !toleranceOfStudy().equals(filledTolerance))) {
            fill(profile.get());
        } else {
            plan();
        }
    }

    /** Another study was opened or created: forget the chosen treadmill and profile (the next refresh picks). */
    void forget() {
        filling = true;
        try {
            base.set(null);
            profile.set(null);
        } finally {
            filling = false;
        }
        filledFrom = null;
        filledTolerance = null;
        problem.set("");
    }

    /** Fills the fields from a profile and the study's tolerance, and plans. */
    private void fill(String name) {
        Optional<Treadmill> t = treadmill(name);
        filling = true;
        try {
            if (name.equals(base.get()) && !name.equals(profile.get())) {
                profile.set(name);
            }
            t.ifPresent(p -> {
                lanes.set(Integer.toString(p.lanes()));
                belt.set(p.belt());
                changeover.set(Integer.toString(p.changeoverMinutes()));
            });
            tolerance.set(HeatSettingsModel.text(toleranceOfStudy()));
        } finally {
            filling = false;
        }
        filledFrom = t.orElse(null);
        filledTolerance = toleranceOfStudy();
        plan();
    }

    private Tolerance toleranceOfStudy() {
        return study.settings().heats().tolerance();
    }

    private Optional<Treadmill> treadmill(String name) {
        return study == null || name == null ? Optional.empty()
                : study.treadmills().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Plans the day under the fields; a message instead when a field is not valid. */
    private void plan() {
        HeatPlan now = plans.stream().filter(p -> p.treadmill().equals(base.get())).findFirst().orElse(null);
        current.set(now);
        Optional<Treadmill> own = treadmill(base.get());
        Optional<Treadmill> other = treadmill(profile.get());
        computation.cancel(); // Apply applies the tried plan shown until the next one is published
        if (now == null || own.isEmpty() || other.isEmpty()) {
            show(null, "", false);
            return;
        }
        Optional<Integer> l = Fields.parseInt(lanes.get()).filter(v -> v >= 1 && v <= 16);
        Optional<Integer> c = Fields.parseInt(changeover.get()).filter(v -> v >= 0 && v <= 24 * 60);
        Tolerance tol = parseTolerance(tolerance.get());
        String bad = l.isEmpty() ? messages.get("heats.form.lanes.invalid")
                : c.isEmpty() ? messages.get("heats.form.changeover.invalid")
                : tol == null ? messages.get("heats.settings.tolerance.invalid", tolerance.get().strip()) : "";
        if (!bad.isEmpty()) {
            show(null, bad, false);
            return;
        }
        Treadmill t = other.get().withLanes(l.get()).withBelt(belt.get()).withChangeoverMinutes(c.get());
        Study trial;
        try {
            trial = trial(study, t, tol, base.get(), animalsOfDay());
        } catch (IllegalArgumentException e) {
            show(null, e.getMessage(), false);
            return;
        }
        Study edited = trial;
        LocalDate day = date;
        boolean differs = !edited.equals(study);
        computation.start(() -> heats.plan(edited, StudyHeats.sessionsOn(engine.schedule(edited,
                ScheduleQuery.day(day)), t), t, StudyHeats.options(edited, t)), plan -> {
                    triedTreadmill = t;
                    triedTolerance = tol;
                    show(plan, "", differs);
                }, error -> show(null, LatestTask.describe(error), false));
    }

    /** The tolerance in the text, or null when it is not one. */
    private static Tolerance parseTolerance(String text) {
        try {
            return Tolerance.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The study after Apply: {@code t} replaces the profile of its name, the tolerance is the study's unless it is
     * another number, and when {@code from} is another treadmill, the day's animals move onto {@code t}.
     */
    private static Study trial(Study s, Treadmill t, Tolerance tol, String from, List<String> animals) {
        Study next = TreadmillEdits.replace(s, t.name(), t);
        HeatSettings h = next.settings().heats();
        if (!tol.sameAs(h.tolerance())) {
            next = next.withSettings(next.settings().withHeats(h.withTolerance(tol)));
        }
        return from.equals(t.name()) ? next : TreadmillEdits.moveAnimalsById(next, animals, t.name());
    }

    /** The ids of the animals that run on the chosen treadmill on the day. */
    private List<String> animalsOfDay() {
        return treadmill(base.get()).map(own -> StudyHeats.sessionsOn(day, own)).orElse(List.of()).stream()
                .map(PlannedSession::animalId).toList();
    }

    private void show(HeatPlan plan, String message, boolean change) {
        tried.set(plan);
        problem.set(message);
        changed.set(change);
        comparison.setAll(plan == null ? List.of() : compare(current.get(), plan));
    }

    private List<Comparison> compare(HeatPlan a, HeatPlan b) {
        List<Comparison> rows = new ArrayList<>();
        rows.add(row("heats.whatif.row.treadmill", HeatTexts.profile(a, messages), HeatTexts.profile(b, messages)));
        rows.add(row("heats.whatif.row.changeover", HeatTexts.minutes(a.options().changeoverSeconds()),
                HeatTexts.minutes(b.options().changeoverSeconds())));
        rows.add(row("heats.whatif.row.tolerance", "±" + HeatSettingsModel.text(a.options().tolerance()),
                "±" + HeatSettingsModel.text(b.options().tolerance())));
        rows.add(row("heats.whatif.row.heats", Integer.toString(a.heatCount()), Integer.toString(b.heatCount())));
        rows.add(row("heats.whatif.row.maxDeviation", HeatTexts.speed(a.maxDeviation()),
                HeatTexts.speed(b.maxDeviation())));
        rows.add(row("heats.whatif.row.totalDeviation", HeatTexts.speed(a.totalDeviation()),
                HeatTexts.speed(b.totalDeviation())));
        rows.add(row("heats.whatif.row.total", HeatTexts.minutes(a.totalSeconds()),
                HeatTexts.minutes(b.totalSeconds())));
        rows.add(row("heats.whatif.row.end", a.end().toString(), b.end().toString()));
        rows.add(row("heats.whatif.row.fits", HeatTexts.fits(a, messages), HeatTexts.fits(b, messages)));
        return rows;
    }

    private Comparison row(String key, String a, String b) {
        return new Comparison(messages.get(key), a, b);
    }

    /**
     * Writes the tried lanes, belt and changeover to the tried profile and the tolerance to the study's settings as
     * one undoable edit; when another profile was tried, the day's animals are moved onto it in the same edit.
     */
    public Optional<String> apply() {
        if (tried.get() == null || !changed.get()) {
            return Optional.empty();
        }
        Treadmill t = triedTreadmill;
        Tolerance tol = triedTolerance;
        String from = base.get();
        List<String> animals = animalsOfDay();
        Optional<String> error = document.edit(messages.get("heats.edit.whatif", t.name()),
                s -> trial(s, t, tol, from, animals));
        problem.set(error.orElse(""));
        return error;
    }

    /** Back to the study's values. */
    public void reset() {
        if (profile.get() != null) {
            fill(base.get());
        }
    }

    /** The treadmills with sessions on the day. */
    public ObservableList<String> treadmills() {
        return treadmills;
    }

    /** Every profile of the study, to try the animals on. */
    public ObservableList<String> profiles() {
        return profiles;
    }

    /** Whose animals are planned. */
    public ObjectProperty<String> baseProperty() {
        return base;
    }

    /** The profile they are tried on (their own by default). */
    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public StringProperty lanesProperty() {
        return lanes;
    }

    public ObjectProperty<BeltType> beltProperty() {
        return belt;
    }

    /** Minutes between heats, as typed. */
    public StringProperty changeoverProperty() {
        return changeover;
    }

    public StringProperty toleranceProperty() {
        return tolerance;
    }

    /** Why the what-if cannot be planned (a field is not valid), or why Apply was refused. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HeatPlan> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The day planned under the fields; null while a field is not valid or there is nothing to plan. */
    public ReadOnlyObjectProperty<HeatPlan> triedProperty() {
        return tried.getReadOnlyProperty();
    }

    /** True when the tried values differ from the study's, so that Apply would change something. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ObservableList<Comparison> comparison() {
        return comparison;
    }
}
