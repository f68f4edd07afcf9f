package org.hiitplanner.ui.adherence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.study.Study;

/**
 * The two charts of the adherence screen, over the snapshot of {@link AdherenceViewModel}: Vmax at each step-test
 * time point for a chosen group (mean ± SD) and a chosen animal of it, and body weight over time for a chosen group
 * (one line per animal) or animal. Choices that no longer exist fall back to the first one available.
 */
public final class TrendsViewModel {
    private final ReadOnlyObjectProperty<AdherenceSnapshot> snapshot;
    private final ObservableList<String> vmaxGroups = FXCollections.observableArrayList();
    private final ObservableList<String> vmaxGroupsView = FXCollections.unmodifiableObservableList(vmaxGroups);
    private final ObjectProperty<String> vmaxGroup = new SimpleObjectProperty<>(this, "vmaxGroup");
    private final ObservableList<String> vmaxAnimals = FXCollections.observableArrayList();
    private final ObservableList<String> vmaxAnimalsView = FXCollections.unmodifiableObservableList(vmaxAnimals);
    private final ObjectProperty<String> vmaxAnimal = new SimpleObjectProperty<>(this, "vmaxAnimal");
    private final ReadOnlyObjectWrapper<VmaxTrend> vmaxTrend =
            new ReadOnlyObjectWrapper<>(this, "vmaxTrend", VmaxTrend.EMPTY);
    private final ObservableList<WeightSubject> weightSubjects = FXCollections.observableArrayList();
    private final ObservableList<WeightSubject> weightSubjectsView =
            FXCollections.unmodifiableObservableList(weightSubjects);
    private final ObjectProperty<WeightSubject> weightSubject = new SimpleObjectProperty<>(this, "weightSubject");
    private final ReadOnlyObjectWrapper<List<WeightData.Line>> weightLines =
            new ReadOnlyObjectWrapper<>(this, "weightLines", List.of());

    TrendsViewModel(ReadOnlyObjectProperty<AdherenceSnapshot> snapshot) {
        this.snapshot = snapshot;
        snapshot.addListener((o, a, b) -> refresh());
        vmaxGroup.addListener((o, a, b) -> refreshVmaxAnimals());
        vmaxAnimal.addListener((o, a, b) -> refreshVmaxTrend());
        weightSubject.addListener((o, a, b) -> refreshWeights());
        refresh();
    }

    private void refresh() {
        Study study = snapshot.get() == null ? null : snapshot.get().study();
        List<String> tested = study == null ? List.of()
                : study.groups().stream().filter(Group::tested).map(Group::name).toList();
        if (!vmaxGroups.equals(tested)) {
            vmaxGroups.setAll(tested);
        }
        if (vmaxGroup.get() == null || !tested.contains(vmaxGroup.get())) {
            vmaxGroup.set(tested.isEmpty() ? null : tested.stream()
                    .filter(g -> study.group(g).map(Group::trains).orElse(false)).findFirst().orElse(tested.get(0)));
        }
        refreshVmaxAnimals();
        refreshWeightSubjects();
    }

    private Map<String, List<String>> members() {
        return snapshot.get() == null ? Map.of() : snapshot.get().members();
    }

    private void refreshVmaxAnimals() {
        List<String> ids = vmaxGroup.get() == null ? List.of() : members().getOrDefault(vmaxGroup.get(), List.of());
        if (!vmaxAnimals.equals(ids)) {
            vmaxAnimals.setAll(ids);
        }
        if (vmaxAnimal.get() == null || !ids.contains(vmaxAnimal.get())) {
            vmaxAnimal.set(ids.isEmpty() ? null : ids.get(0));
        }
        refreshVmaxTrend();
    }

    private void refreshVmaxTrend() {
        AdherenceSnapshot s = snapshot.get();
        String group = vmaxGroup.get();
        vmaxTrend.set(s == null ? VmaxTrend.EMPTY : VmaxTrend.of(s.timeline(), group,
                members().getOrDefault(group, List.of()), vmaxAnimal.get()));
    }

    private void refreshWeightSubjects() {
        WeightData weights = snapshot.get() == null ? WeightData.EMPTY : snapshot.get().weights();
        List<WeightSubject> groups = new ArrayList<>();
        List<WeightSubject> animals = new ArrayList<>();
        members().forEach((group, ids) -> {
            List<String> weighed = ids.stream().filter(id -> !weights.weighingsOf(id).isEmpty()).toList();
            if (!weighed.isEmpty()) {
                groups.add(new WeightSubject(true, group));
                weighed.forEach(id -> animals.add(new WeightSubject(false, id)));
            }
        });
        groups.addAll(animals);
        if (!weightSubjects.equals(groups)) {
            weightSubjects.setAll(groups);
        }
        if (weightSubject.get() == null || !groups.contains(weightSubject.get())) {
            weightSubject.set(groups.isEmpty() ? null : groups.get(0));
        }
        refreshWeights();
    }

    private void refreshWeights() {
        AdherenceSnapshot s = snapshot.get();
        WeightSubject subject = weightSubject.get();
        if (s == null || subject == null) {
            weightLines.set(List.of());
            return;
        }
        List<String> ids = subject.group() ? members().getOrDefault(subject.name(), List.of())
                : List.of(subject.name());
        weightLines.set(ids.stream().filter(id -> !s.weights().weighingsOf(id).isEmpty())
                .map(id -> new WeightData.Line(id, s.weights().weighingsOf(id))).toList());
    }

    /** The step-tested groups, in the study's order. */
    public ObservableList<String> vmaxGroups() {
        return vmaxGroupsView;
    }

    /** The group whose mean ± SD is shown; a training group at first. */
    public ObjectProperty<String> vmaxGroupProperty() {
        return vmaxGroup;
    }

    /** The animals of the chosen group, by id. */
    public ObservableList<String> vmaxAnimals() {
        return vmaxAnimalsView;
    }

    /** The animal whose tests are shown. */
    public ObjectProperty<String> vmaxAnimalProperty() {
        return vmaxAnimal;
    }

    public ReadOnlyObjectProperty<VmaxTrend> vmaxTrendProperty() {
        return vmaxTrend.getReadOnlyProperty();
    }

    /** The groups with weighed animals, then those animals. */
    public ObservableList<WeightSubject> weightSubjects() {
        return weightSubjectsView;
    }

    public ObjectProperty<WeightSubject> weightSubjectProperty() {
        return weightSubject;
    }

    /** One line per weighed animal of the chosen subject. */
    public ReadOnlyObjectProperty<List<WeightData.Line>> weightLinesProperty() {
        return weightLines.getReadOnlyProperty();
    }
}
