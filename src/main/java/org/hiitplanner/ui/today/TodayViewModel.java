package org.hiitplanner.ui.today;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.SessionDays;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.DayTexts;
import org.hiitplanner.ui.today.Recorder.Batch;
import org.hiitplanner.ui.today.TodayRow.HeatHeading;

/**
 * The Today screen: who runs on the shown day, per treadmill and heat (the heats of {@link StudyHeats}, as the heats
 * command and the run sheet show them), with the speeds each lane runs and whether and how each session was
 * recorded; records are written through a {@link RecordWriter}, a correction only with a reason. The schedule and
 * heats are the study's shared derived ones ({@link DerivedStudies}), computed through the {@link TaskRunner} (off
 * the FX thread in the window) after every change of the study; the chosen animal stays chosen. All properties are
 * read and written on the FX thread.
 */
public final class TodayViewModel {
    private final StudyDocument document;
    private final DerivedStudies derived;
    private final Clock clock;
    private final Messages messages;
    private final OperatorName operator;
    private final RecordWriter writer;
    private final Runnable saveAs;
    private final Function<Study, Map<String, List<String>>> flagsOf;
    private final CardTexts texts;
    private final HeatTexts heatTexts;
    private final Recorder recorder;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyObjectWrapper<List<TodayRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyStringWrapper dayTitle = new ReadOnlyStringWrapper(this, "dayTitle", "");
    private final ReadOnlyStringWrapper dayStatus = new ReadOnlyStringWrapper(this, "dayStatus", "");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObjectProperty<String> selectedAnimal = new SimpleObjectProperty<>(this, "selectedAnimal");
    private final ReadOnlyBooleanWrapper canRecord = new ReadOnlyBooleanWrapper(this, "canRecord");
    private final ReadOnlyBooleanWrapper operatorMissing = new ReadOnlyBooleanWrapper(this, "operatorMissing");

    private final LatestTask<TodayData> computation;
    private TodayData data;

    /**
     * @param writer  writes records into the study and saves them; returns an error message when it refused
     * @param saveAs  asks where to save the study (recording needs a study file)
     * @param flagsOf welfare flags of each animal of a study, by animal id
     */
    public TodayViewModel(StudyDocument document, DerivedStudies derived, TaskRunner runner, Clock clock,
                          Messages messages, OperatorName operator, RecordWriter writer, Runnable saveAs,
                          Function<Study, Map<String, List<String>>> flagsOf) {
        this.document = Objects.requireNonNull(document);
        this.derived = Objects.requireNonNull(derived);
        this.computation = new LatestTask<>(runner, computing::set);
        this.clock = Objects.requireNonNull(clock);
        this.messages = Objects.requireNonNull(messages);
        this.operator = Objects.requireNonNull(operator);
        this.writer = Objects.requireNonNull(writer);
        this.saveAs = Objects.requireNonNull(saveAs);
        this.flagsOf = Objects.requireNonNull(flagsOf);
        this.texts = new CardTexts(messages, clock.getZone());
        this.heatTexts = new HeatTexts(messages);
        this.recorder = new Recorder(document, writer, clock, messages, texts);
        date.set(LocalDate.now(clock));
        date.addListener((o, a, b) -> {
            if (b == null) {
                date.set(a);
                return;
            }
            refreshDay();
        });
        document.studyProperty().addListener((o, a, b) -> recompute());
        canRecord.bind(document.fileProperty().isNotNull());
        operatorMissing.bind(operator.nameProperty().map(String::isBlank).orElse(true));
        recompute();
    }

    /** How the screen asks for a correction's reason and for confirmation; the view sets dialogs. */
    public void setPrompts(TodayPrompts prompts) {
        recorder.setPrompts(prompts);
    }

    private void recompute() {
        DerivedStudy study = derived.of(document.study());
        LocalDate day = date.get();
        computation.start(() -> TodayData.compute(study, day, flagsOf), result -> publish(result, ""),
                error -> publish(null, LatestTask.describe(error)));
    }

    private void publish(TodayData result, String error) {
        data = result;
        failure.set(error);
        refreshDay();
    }

    private void refreshDay() {
        LocalDate d = date.get();
        String weekday = d.getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale());
        dayTitle.set(messages.get("today.day.title", weekday, d.toString()));
        hasPrevious.set(SessionDays.before(document.study(), d).isPresent());
        hasNext.set(SessionDays.after(document.study(), d).isPresent());
        if (data == null) {
            dayStatus.set("");
            rows.set(List.of());
            selectedAnimal.set(null);
            return;
        }
        DaySheet sheet = data.schedule().dayOf(d);
        dayStatus.set(DayTexts.status(sheet, weekday, messages));
        rows.set(new TodayRows(data, texts, heatTexts, LocalDate.now(clock)).of(sheet, plan(sheet)));
        String chosen = selectedAnimal.get();
        if (chosen != null && card(chosen).isEmpty()) {
            selectedAnimal.set(null);
        }
    }

    /** The day's heats; none, with the reason as the failure, when the sessions cannot be planned in heats. */
    private List<HeatPlan> plan(DaySheet sheet) {
        try {
            List<HeatPlan> plans = data.heatsOn(sheet);
            failure.set("");
            return plans;
        } catch (IllegalArgumentException e) {
            failure.set(messages.get("today.heats.failed", e.getMessage()));
            return List.of();
        }
    }

    /** The card of an animal on the shown day, if it runs that day. */
    public Optional<RunCard> card(String animalId) {
        return rows.get().stream().filter(r -> r instanceof RunCard c && c.animalId().equals(animalId))
                .map(r -> (RunCard) r).findFirst();
    }

    /** The cards on one treadmill, in order. */
    public List<RunCard> cardsOn(String treadmill) {
        return rows.get().stream().filter(r -> r instanceof RunCard c && c.treadmill().equals(treadmill))
                .map(r -> (RunCard) r).toList();
    }

    /** The heat headings on one treadmill, in running order. */
    public List<HeatHeading> heatsOn(String treadmill) {
        return rows.get().stream().filter(r -> r instanceof HeatHeading h && h.treadmill().equals(treadmill))
                .map(r -> (HeatHeading) r).toList();
    }

    /** The cards of one heat on a treadmill, by lane; empty when there is no such heat. */
    public List<RunCard> cardsOf(String treadmill, int heat) {
        return heatsOn(treadmill).stream().filter(h -> h.number() == heat).findFirst()
                .map(h -> h.heat().animalIds().stream().map(this::card).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    /** Records the chosen animal's session as completed as planned; false when nothing was written. */
    public boolean completeSelected() {
        String id = selectedAnimal.get();
        return id != null && completeAsPlanned(id);
    }

    /** Records one animal's session as completed as planned; a correction asks for a reason first. */
    public boolean completeAsPlanned(String animalId) {
        return card(animalId).map(c -> recorder.completeAsPlanned(c, operatorName())).orElse(false);
    }

    /** Records every not yet recorded session on a treadmill as completed as planned, after a confirmation. */
    public boolean completeAllOnTreadmill(String treadmill) {
        return recorder.completeAsPlanned(cardsOn(treadmill), operatorName(), Batch.treadmill(treadmill));
    }

    /** Records every not yet recorded session of one heat as completed as planned, after a confirmation. */
    public boolean completeHeat(String treadmill, int heat) {
        return recorder.completeAsPlanned(cardsOf(treadmill, heat), operatorName(),
                Batch.heat(heatTexts.where(treadmill, heat)));
    }

    /** A PI clears the animal's body-weight-loss flag with a reason; the operator's name is the PI's. */
    public boolean clearWeightFlag(String animalId) {
        return recorder.clearWeightFlag(animalId, operatorName());
    }

    /** The record form of the chosen animal; empty when none is chosen. */
    public Optional<RecordForm> openSelectedForm() {
        return Optional.ofNullable(selectedAnimal.get()).flatMap(this::openForm);
    }

    /** The record form of an animal on the shown day, filled in from its latest record if it has one. */
    public Optional<RecordForm> openForm(String animalId) {
        return card(animalId).map(c -> new RecordForm(c, messages));
    }

    /** Writes the form's record; true when written. When not, the form says why and keeps its input. */
    public boolean save(RecordForm form) {
        return recorder.save(form, operatorName());
    }

    private String operatorName() {
        String name = operator.nameProperty().get();
        return name == null ? "" : name.strip();
    }

    /** Asks where to save the study, so that records can be saved at once. */
    public void saveAs() {
        saveAs.run();
    }

    public void previousDay() {
        SessionDays.before(document.study(), date.get()).ifPresent(date::set);
    }

    public void nextDay() {
        SessionDays.after(document.study(), date.get()).ifPresent(date::set);
    }

    /** Goes to today, by the clock. */
    public void today() {
        date.set(LocalDate.now(clock));
    }

    /** The shown date; never null (setting null keeps the previous date). */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /**
     * Treadmill headings, each followed by its heats (a heat heading, then its animals by lane) and then the animals
     * in no heat (no Vmax).
     */
    public ReadOnlyObjectProperty<List<TodayRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** "Tuesday 2026-11-24". */
    public ReadOnlyStringProperty dayTitleProperty() {
        return dayTitle.getReadOnlyProperty();
    }

    /** "Week 2, session 7 · 14 animals on 1 treadmill", or why nobody runs. */
    public ReadOnlyStringProperty dayStatusProperty() {
        return dayStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public boolean isComputing() {
        return computing.get();
    }

    /** Why the day could not be computed; empty when it could. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The chosen animal's id; null when none. */
    public ObjectProperty<String> selectedAnimalProperty() {
        return selectedAnimal;
    }

    /** The operator's name, remembered on this computer. */
    public StringProperty operatorProperty() {
        return operator.nameProperty();
    }

    public ReadOnlyBooleanProperty operatorMissingProperty() {
        return operatorMissing.getReadOnlyProperty();
    }

    /** True when the study has a file, so that a record can be saved the moment it is confirmed. */
    public ReadOnlyBooleanProperty canRecordProperty() {
        return canRecord.getReadOnlyProperty();
    }

    /** What the last action did or why it did nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return recorder.messageProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return recorder.messageIsErrorProperty();
    }
}
