package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.AnimalSummary;
import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.ScheduleSnapshot;
import org.hiitplanner.ui.common.SpeedUnit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.ui.common.SessionDays;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The schedules screen: one animal's sessions and one day's run sheet, in a chosen speed unit. The schedule is the
 * study's shared derived one ({@link DerivedStudies}), computed through the {@link TaskRunner} (off the FX thread in the
 * window) after every change of the study; a newer change supersedes an older computation, whose result is then
 * dropped. All properties are read and written on the FX thread.
 */
public final class ScheduleViewModel {
    private final StudyDocument document;
    private final DerivedStudies derived;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<ScheduleSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObjectProperty<SpeedUnit> unit = new SimpleObjectProperty<>(this, "unit", SpeedUnit.M_PER_MIN);

    private final ObservableList<String> animals = FXCollections.observableArrayList();
    private final ObservableList<String> animalsView = FXCollections.unmodifiableObservableList(animals);
    private final ObjectProperty<String> selectedAnimal = new SimpleObjectProperty<>(this, "selectedAnimal");
    private final ObservableList<PlannedSession> animalSessions = FXCollections.observableArrayList();
    private final ObservableList<PlannedSession> animalSessionsView =
            FXCollections.unmodifiableObservableList(animalSessions);
    private final ReadOnlyObjectWrapper<AnimalSummary> animalSummary =
            new ReadOnlyObjectWrapper<>(this, "animalSummary", AnimalSummary.NONE);

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyObjectWrapper<DaySheet> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");

    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final LatestTask<ScheduleSnapshot> computation;

    public ScheduleViewModel(StudyDocument document, DerivedStudies derived, TaskRunner runner, Clock clock) {
        this.document = Objects.requireNonNull(document);
        this.derived = Objects.requireNonNull(derived);
        this.clock = Objects.requireNonNull(clock);
        this.computation = new LatestTask<>(runner, computing::set);
        date.set(LocalDate.now(clock));
        day.set(DaySheet.empty(date.get()));
        date.addListener((o, a, b) -> {
            if (b == null) {
                date.set(a);
                return;
            }
            refreshDay();
            refreshNavigation();
        });
        selectedAnimal.addListener((o, a, b) -> refreshAnimal());
        document.studyProperty().addListener((o, a, b) -> {
            refreshNavigation();
            recompute();
        });
        refreshNavigation();
        recompute();
    }

    /** Starts computing the schedule of the current study; an older computation still running is superseded. */
    private void recompute() {
        DerivedStudy study = derived.of(document.study());
        computation.start(() -> ScheduleSnapshot.of(study), this::publish, this::fail);
    }

    private void publish(ScheduleSnapshot result) {
        failure.set("");
        snapshot.set(result);
        refreshAnimals();
        refreshDay();
    }

    private void fail(Throwable error) {
        failure.set(LatestTask.describe(error));
        snapshot.set(null);
        refreshAnimals();
        refreshDay();
    }

    private void refreshAnimals() {
        List<String> trained = snapshot.get() == null ? List.of() : snapshot.get().trainedAnimals();
        if (!animals.equals(trained)) {
            animals.setAll(trained);
        }
        if (selectedAnimal.get() == null || !trained.contains(selectedAnimal.get())) {
            selectedAnimal.set(trained.isEmpty() ? null : trained.get(0));
        }
        refreshAnimal();
    }

    private void refreshAnimal() {
        ScheduleSnapshot s = snapshot.get();
        String id = selectedAnimal.get();
        animalSessions.setAll(s == null ? List.of() : s.sessionsOf(id));
        animalSummary.set(s == null ? AnimalSummary.NONE : s.summaryOf(id));
    }

    private void refreshDay() {
        ScheduleSnapshot s = snapshot.get();
        day.set(s == null ? DaySheet.empty(date.get()) : s.dayOf(date.get()));
    }

    private void refreshNavigation() {
        hasPrevious.set(previousSessionDay().isPresent());
        hasNext.set(nextSessionDay().isPresent());
    }

    private Optional<LocalDate> previousSessionDay() {
        return SessionDays.before(document.study(), date.get());
    }

    private Optional<LocalDate> nextSessionDay() {
        return SessionDays.after(document.study(), date.get());
    }

    /** Goes to the training day before the shown date, if there is one. */
    public void previousDay() {
        previousSessionDay().ifPresent(date::set);
    }

    /** Goes to the training day after the shown date, if there is one. */
    public void nextDay() {
        nextSessionDay().ifPresent(date::set);
    }

    /** Goes to today, by the clock. */
    public void today() {
        date.set(LocalDate.now(clock));
    }

    /** A speed in m/min as text in the chosen unit; an em dash for none. */
    public String speed(BigDecimal metresPerMinute) {
        return unit.get().format(metresPerMinute);
    }

    public ReadOnlyObjectProperty<ScheduleSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** True while a schedule is being computed. */
    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public boolean isComputing() {
        return computation.isRunning();
    }

    /** Why the schedule could not be computed (e.g. the study has no treadmill); empty when it could. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObjectProperty<SpeedUnit> unitProperty() {
        return unit;
    }

    /** The animals of the training groups. */
    public ObservableList<String> animals() {
        return animalsView;
    }

    public ObjectProperty<String> selectedAnimalProperty() {
        return selectedAnimal;
    }

    /** Every session of the chosen animal, in date order. */
    public ObservableList<PlannedSession> animalSessions() {
        return animalSessionsView;
    }

    public ReadOnlyObjectProperty<AnimalSummary> animalSummaryProperty() {
        return animalSummary.getReadOnlyProperty();
    }

    /** The date of the day view; never null (setting null keeps the previous date). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ReadOnlyObjectProperty<DaySheet> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }
}
