package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.ReasonPrompt;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.steptests.ResultEntry.Change;

/**
 * The step-tests screen: the step-test protocol and its planned days, the results of one test day as a grid of the
 * tested animals active that day, and the Vmax history chart. Every change is one undoable edit of the document;
 * everything is recomputed when the study changes (undo, redo, other screens).
 */
public final class StepTestsViewModel {
    private final StudyDocument document;
    private final Messages messages;
    private final ResultEntry entry;
    private ReasonPrompt reasonPrompt = ReasonPrompt.NONE;
    private final ReadOnlyObjectWrapper<StepTestProtocol> protocol = new ReadOnlyObjectWrapper<>(this, "protocol");
    private final ObservableList<LocalDate> plannedDays = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> plannedDaysView = FXCollections.unmodifiableObservableList(plannedDays);
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    /** The study last opened or created: another one (File › New, Open) starts on its own nearest test day. */
    private Study opened;
    private final ReadOnlyObjectWrapper<LocalDate> previousDay = new ReadOnlyObjectWrapper<>(this, "previousDay");
    private final ReadOnlyObjectWrapper<LocalDate> nextDay = new ReadOnlyObjectWrapper<>(this, "nextDay");
    private final ObservableList<ResultRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ResultRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyIntegerWrapper withResult = new ReadOnlyIntegerWrapper(this, "withResult");
    private final ReadOnlyIntegerWrapper missing = new ReadOnlyIntegerWrapper(this, "missing");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper missingAnimals = new ReadOnlyStringWrapper(this, "missingAnimals", "");
    private final OperatorName operator;
    private final ProtocolEdits edits;
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> testedGroups = FXCollections.observableArrayList();
    private final ObservableList<String> testedGroupsView = FXCollections.unmodifiableObservableList(testedGroups);
    private final ObjectProperty<String> chartGroup = new SimpleObjectProperty<>(this, "chartGroup");
    private final ReadOnlyObjectWrapper<VmaxChartData> chart = new ReadOnlyObjectWrapper<>(this, "chart");

    /** With an operator kept in memory only (tests, demos): the OS user until one is typed. */
    public StepTestsViewModel(StudyDocument document, Clock clock, Messages messages) {
        this(document, clock, messages, new OperatorName(null));
    }

    /**
     * @param operator the workstation's operator, remembered, the same that the document's audit entries name: typed
     *                 here or on Today, it is the operator of new results and of their audit entries
     */
    public StepTestsViewModel(StudyDocument document, Clock clock, Messages messages, OperatorName operator) {
        this.document = document;
        this.messages = messages;
        this.operator = Objects.requireNonNull(operator);
        this.entry = new ResultEntry(messages);
        this.edits = new ProtocolEdits(document, messages);
        this.opened = document.opened();
        // an invalidation listener: a study opened that equals the one shown (File › New twice) is news too
        document.studyProperty().addListener((javafx.beans.Observable o) -> {
            if (document.opened() != opened) {
                opened = document.opened();
                day.set(nearestPlannedDay(LocalDate.now(clock)));
            }
            refresh();
        });
        day.addListener((o, a, b) -> {
            message.set("");
            refreshDay();
        });
        chartGroup.addListener((o, a, b) -> refreshChart());
        refresh();
        day.set(nearestPlannedDay(LocalDate.now(clock)));
    }

    private void refresh() {
        Study s = document.study();
        message.set("");
        protocol.set(s.currentStepTestProtocol());
        version.set(edits.describe(s));
        plannedDays.setAll(s.stepTestProtocol().plannedDays());
        List<String> groups = s.groups().stream().filter(Group::tested).map(Group::name).toList();
        testedGroups.setAll(groups);
        if (chartGroup.get() == null || !groups.contains(chartGroup.get())) {
            chartGroup.set(groups.stream().filter(g -> s.group(g).map(Group::trains).orElse(false)).findFirst()
                    .orElse(groups.isEmpty() ? null : groups.get(0)));
        }
        refreshDay();
        refreshChart();
    }

    /** The planned day nearest {@code today} (the earlier one on a tie); today when none is planned. */
    LocalDate nearestPlannedDay(LocalDate today) {
        return document.study().stepTestProtocol().plannedDays().stream()
                .min(Comparator.comparingLong((LocalDate d) -> Math.abs(ChronoUnit.DAYS.between(today, d)))
                        .thenComparing(Comparator.naturalOrder()))
                .orElse(today);
    }

    private void refreshDay() {
        Study s = document.study();
        LocalDate d = day.get();
        List<LocalDate> planned = s.stepTestProtocol().plannedDays();
        previousDay.set(d == null ? null : planned.stream().filter(p -> p.isBefore(d)).reduce((a, b) -> b).orElse(null));
        nextDay.set(d == null ? null : planned.stream().filter(p -> p.isAfter(d)).findFirst().orElse(null));
        List<Animal> animals = d == null ? List.of() : testedAnimals(s, d);
        boolean same = animals.size() == rows.size();
        for (int i = 0; same && i < animals.size(); i++) {
            same = rows.get(i).animalId().equals(animals.get(i).id()) && rows.get(i).group().equals(animals.get(i).group());
        }
        if (!same) {
            rows.setAll(animals.stream().map(a -> new ResultRow(a.id(), a.group())).toList());
        }
        StepTestProtocol inForce = d == null ? s.currentStepTestProtocol() : s.stepTestProtocolOn(d);
        rows.forEach(r -> r.show(resultOn(s, r.animalId(), d).orElse(null), inForce, messages));
        refreshProgress(d);
    }

    private static List<Animal> testedAnimals(Study s, LocalDate d) {
        return s.animals().stream().filter(a -> s.group(a.group()).map(Group::tested).orElse(false))
                .filter(a -> a.isActiveOn(d)).toList();
    }

    /** The animal's result of the day: the one entered last when there are several. */
    private static Optional<StepTestResult> resultOn(Study s, String animalId, LocalDate d) {
        int i = indexOf(s.stepTestResults(), animalId, d);
        return i < 0 ? Optional.empty() : Optional.of(s.stepTestResults().get(i));
    }

    private static int indexOf(List<StepTestResult> results, String animalId, LocalDate d) {
        for (int i = results.size() - 1; i >= 0; i--) {
            StepTestResult r = results.get(i);
            if (r.animalId().equals(animalId) && r.date().equals(d)) {
                return i;
            }
        }
        return -1;
    }

    private void refreshProgress(LocalDate d) {
        List<String> without = rows.stream().filter(r -> r.result() == null).map(ResultRow::animalId).toList();
        withResult.set(rows.size() - without.size());
        missing.set(without.size());
        progress.set(d == null ? messages.get("steptests.progress.noDay")
                : rows.isEmpty() ? messages.get("steptests.progress.none", d.toString())
                : messages.get("steptests.progress", String.valueOf(withResult.get()), String.valueOf(rows.size()),
                        d.toString(), String.valueOf(missing.get())));
        missingAnimals.set(without.isEmpty() ? "" : messages.get("steptests.missing", String.join(", ", without)));
    }

    private void refreshChart() {
        chart.set(VmaxChartData.of(document.study(), chartGroup.get()));
    }

    /**
     * Typing {@code text} into the cell {@code column} of an animal's row: creates or replaces its result for the
     * chosen day (one undoable edit), or removes it when a measurement is cleared. Bad input changes nothing and
     * returns a message naming the animal and the problem.
     */
    public Optional<String> enter(String animalId, EntryColumn column, String text) {
        LocalDate d = day.get();
        Study s = document.study();
        if (d == null) {
            return report(Optional.of(messages.get("steptests.bad.noDay")));
        }
        ResultEntry.Typed typed = new ResultEntry.Typed(animalId, d, resultOn(s, animalId, d).orElse(null), column, text);
        Change change = entry.apply(s.stepTestProtocolOn(d), typed, operatorName());
        if (change instanceof Change.Refused r) {
            return report(Optional.of(r.message()));
        }
        if (change instanceof Change.Put p) {
            return putResult(messages.get("steptests.edit.result", animalId, d.toString()), p.result());
        }
        if (change instanceof Change.Remove) {
            return removeResult(animalId, d);
        }
        return report(Optional.empty());
    }

    /** Marks the animal's result of the day valid or not; refused when it has none. */
    public Optional<String> setValid(String animalId, boolean valid) {
        LocalDate d = day.get();
        Optional<StepTestResult> r = d == null ? Optional.empty() : resultOn(document.study(), animalId, d);
        if (r.isEmpty()) {
            return report(Optional.of(messages.get("steptests.bad.noResult", animalId)));
        }
        StepTestResult old = r.get();
        return putResult(messages.get(valid ? "steptests.edit.valid" : "steptests.edit.invalid", animalId, d.toString()),
                new StepTestResult(old.animalId(), old.date(), old.measurement(), old.operator(), valid, old.note()));
    }

    /** Where a correction of a recorded result gets its reason; the view sets a dialog. */
    public void setReasonPrompt(ReasonPrompt prompt) {
        this.reasonPrompt = prompt;
    }

    /**
     * An empty reason when the animal had no result that day when the study was opened (a result typed since may
     * be completed and corrected freely); otherwise the reason asked for, or null if none was given.
     */
    private String reasonToReplace(String animalId, LocalDate d, String description) {
        if (resultOn(document.opened(), animalId, d).isEmpty() || resultOn(document.study(), animalId, d).isEmpty()) {
            return "";
        }
        return reasonPrompt.askReason(description).orElse(null);
    }

    private Optional<String> putResult(String description, StepTestResult result) {
        String reason = reasonToReplace(result.animalId(), result.date(), description);
        if (reason == null) {
            return report(Optional.of(messages.get("reason.cancelled")));
        }
        return report(document.edit(description, reason, s -> {
            List<StepTestResult> list = new ArrayList<>(s.stepTestResults());
            int i = indexOf(list, result.animalId(), result.date());
            if (i < 0) {
                list.add(result);
            } else {
                list.set(i, result);
            }
            return s.withStepTestResults(list);
        }));
    }

    private Optional<String> removeResult(String animalId, LocalDate d) {
        String description = messages.get("steptests.edit.remove", animalId, d.toString());
        String reason = reasonToReplace(animalId, d, description);
        if (reason == null) {
            return report(Optional.of(messages.get("reason.cancelled")));
        }
        return report(document.edit(description, reason, s -> {
            List<StepTestResult> list = new ArrayList<>(s.stepTestResults());
            int i = indexOf(list, animalId, d);
            if (i >= 0) {
                list.remove(i);
            }
            return s.withStepTestResults(list);
        }));
    }

    private String operatorName() {
        String name = operator.nameProperty().get();
        return name == null ? "" : name.strip();
    }

    /**
     * Sets S0, d, T and the incline in one edit; the domain's limits apply. Once a result is measured with the
     * current version, the change is a new version from a date after the latest result, with a reason, both asked
     * for by the {@link #setVersionPrompt prompt}; no Vmax already measured changes.
     */
    public Optional<String> setProtocol(BigDecimal startSpeed, BigDecimal increment, int stageSeconds,
                                        BigDecimal inclineDegrees) {
        return report(edits.set(startSpeed, increment, stageSeconds, inclineDegrees));
    }

    /** Where a change of the step test that needs a new version asks for its date and reason; the view sets a dialog. */
    public void setVersionPrompt(StepTestVersionPrompt prompt) {
        edits.setPrompt(prompt);
    }

    /** "Version 2, in force from 2026-11-27 …": which step-test version the form shows. */
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public Optional<String> addPlannedDay(LocalDate date) {
        return report(edits.addPlannedDay(date));
    }

    public Optional<String> removePlannedDay(LocalDate date) {
        return report(edits.removePlannedDay(date));
    }

    /** Replaces the planned days by the suggestion: baseline, then every two weeks of the protocol. */
    public Optional<String> suggestPlannedDays() {
        return report(edits.suggestPlannedDays());
    }

    /** Goes to the planned day before the chosen one, if there is one. */
    public void goToPreviousDay() {
        if (previousDay.get() != null) {
            day.set(previousDay.get());
        }
    }

    /** Goes to the planned day after the chosen one, if there is one. */
    public void goToNextDay() {
        if (nextDay.get() != null) {
            day.set(nextDay.get());
        }
    }

    private Optional<String> report(Optional<String> problem) {
        message.set(problem.orElse(""));
        return problem;
    }

    /** Clears the message of the last refused edit. */
    public void clearMessage() {
        message.set("");
    }

    public ReadOnlyObjectProperty<StepTestProtocol> protocolProperty() {
        return protocol.getReadOnlyProperty();
    }

    /** The planned test days, earliest first; read-only, change them with the methods above. */
    public ObservableList<LocalDate> plannedDays() {
        return plannedDaysView;
    }

    /** The chosen test day; null shows no rows. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** The planned day before the chosen one, or null. */
    public ReadOnlyObjectProperty<LocalDate> previousDayProperty() {
        return previousDay.getReadOnlyProperty();
    }

    /** The planned day after the chosen one, or null. */
    public ReadOnlyObjectProperty<LocalDate> nextDayProperty() {
        return nextDay.getReadOnlyProperty();
    }

    /** The tested animals active on the chosen day, in study order; read-only. */
    public ObservableList<ResultRow> rows() {
        return rowsView;
    }

    public ReadOnlyIntegerProperty withResultProperty() {
        return withResult.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** "20 of 28 tested animals have a result on 2026-11-28; 8 missing". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Missing: R01, R02", or empty. */
    public ReadOnlyStringProperty missingAnimalsProperty() {
        return missingAnimals.getReadOnlyProperty();
    }

    /**
     * Who runs the tests: the workstation's remembered operator, the operator of new results and of the audit
     * entries the document writes (the same name as on Today).
     */
    public StringProperty operatorProperty() {
        return operator.nameProperty();
    }

    /** Why the last edit was refused; empty after a successful one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<String> testedGroups() {
        return testedGroupsView;
    }

    /** The group whose animals are drawn as thin lines. */
    public ObjectProperty<String> chartGroupProperty() {
        return chartGroup;
    }

    public ReadOnlyObjectProperty<VmaxChartData> chartProperty() {
        return chart.getReadOnlyProperty();
    }

}
