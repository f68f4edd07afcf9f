package org.hiitplanner.ui.animals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.storage.AnimalCsvResult;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OrphanGuard;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The Groups & animals screen: the study's groups and animals as rows, a search and a group filter over the
 * animals, and every edit of them as one undoable change of the study. A rejected edit leaves its message in
 * {@link #groupProblemProperty()} or {@link #animalProblemProperty()}, and is also returned.
 */
public final class AnimalsViewModel {
    private enum Target { GROUPS, ANIMALS }

    private final StudyDocument document;
    private final Messages messages;
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<AnimalRow> animals = FXCollections.observableArrayList();
    private final FilteredList<AnimalRow> visible = new FilteredList<>(animals);
    private final ObservableList<String> groupNames = FXCollections.observableArrayList();
    private final ObservableList<String> treadmillNames = FXCollections.observableArrayList();
    private final ObservableList<GroupChoice> groupChoices = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<GroupChoice> groupFilter = new SimpleObjectProperty<>(this, "groupFilter",
            GroupChoice.ALL);
    private final ReadOnlyStringWrapper groupProblem = new ReadOnlyStringWrapper(this, "groupProblem", "");
    private final ReadOnlyStringWrapper animalProblem = new ReadOnlyStringWrapper(this, "animalProblem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final OrphanGuard orphans;
    private String lastAddedGroup;

    /** With the messages of the default locale. */
    public AnimalsViewModel(StudyDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
        this.orphans = new OrphanGuard(messages);
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> matcher(search.get(), groupFilter.get()), search, groupFilter));
        visible.addListener((ListChangeListener<AnimalRow>) c -> updateSummary());
        document.studyProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        Study s = document.study();
        groups.setAll(s.groups().stream()
                .map(g -> new GroupRow(g.name(), g.trains(), g.tested(), AnimalEdits.animalsIn(s, g.name()))).toList());
        groupNames.setAll(s.groups().stream().map(Group::name).toList());
        treadmillNames.setAll(s.treadmills().stream().map(Treadmill::name).toList());
        List<GroupChoice> choices = new ArrayList<>();
        choices.add(GroupChoice.ALL);
        groupNames.forEach(n -> choices.add(new GroupChoice(n)));
        groupChoices.setAll(choices);
        if (!choices.contains(groupFilter.get())) {
            groupFilter.set(GroupChoice.ALL);
        }
        animals.setAll(s.animals().stream().map(a -> AnimalRow.of(s, a, messages)).toList());
        updateSummary();
    }

    private void updateSummary() {
        long excluded = animals.stream().filter(AnimalRow::excluded).count();
        summary.set(messages.get("animals.summary", visible.size(), animals.size(), excluded));
    }

    /** Rows whose id, group or exclusion reason contain every word of {@code query}, in the chosen group. */
    static Predicate<AnimalRow> matcher(String query, GroupChoice choice) {
        String[] words = query == null ? new String[0] : query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return row -> (choice == null || choice.all() || choice.group().equals(row.group())) && row.matches(words);
    }

    // ---- groups

    public Optional<String> addGroup(String name) {
        String n = name == null ? "" : name.strip();
        Optional<String> problem = groupNameProblem(n, null);
        if (problem.isPresent()) {
            return fail(Target.GROUPS, problem.get());
        }
        return apply(Target.GROUPS, messages.get("animals.edit.addGroup", n),
                s -> AnimalEdits.addGroup(s, new Group(n, true, true)));
    }

    /** Renames a group and every animal's reference to it, as one edit. */
    public Optional<String> renameGroup(String oldName, String newName) {
        String n = newName == null ? "" : newName.strip();
        if (n.equals(oldName)) {
            return clear(Target.GROUPS);
        }
        Optional<String> problem = groupNameProblem(n, oldName);
        if (problem.isPresent()) {
            return fail(Target.GROUPS, problem.get());
        }
        boolean filtered = new GroupChoice(oldName).equals(groupFilter.get());
        Optional<String> result = apply(Target.GROUPS, messages.get("animals.edit.renameGroup", oldName, n),
                s -> AnimalEdits.renameGroup(s, oldName, n));
        if (result.isEmpty() && filtered) {
            groupFilter.set(new GroupChoice(n));
        }
        return result;
    }

    private Optional<String> groupNameProblem(String name, String except) {
        if (name.isEmpty()) {
            return Optional.of(messages.get("animals.group.nameEmpty"));
        }
        if (name.length() > 40) {
            return Optional.of(messages.get("animals.group.nameTooLong", 40));
        }
        if (!name.equals(except) && document.study().group(name).isPresent()) {
            return Optional.of(messages.get("animals.group.exists", name));
        }
        return Optional.empty();
    }

    public Optional<String> setTrains(String group, boolean trains) {
        UnaryOperator<Study> change = s -> AnimalEdits.replaceGroup(s, group, g -> new Group(g.name(), trains,
                g.tested()));
        if (!orphans.allows(document.study(), change)) {
            return fail(Target.GROUPS, messages.get("orphans.cancelled"));
        }
        return apply(Target.GROUPS, messages.get(trains ? "animals.edit.trainsOn" : "animals.edit.trainsOff", group),
                change);
    }

    public Optional<String> setTested(String group, boolean tested) {
        return apply(Target.GROUPS, messages.get(tested ? "animals.edit.testedOn" : "animals.edit.testedOff", group),
                s -> AnimalEdits.replaceGroup(s, group, g -> new Group(g.name(), g.trains(), tested)));
    }

    /** Removes a group that has no animal; otherwise says how many are still in it. */
    public Optional<String> removeGroup(String name) {
        long n = AnimalEdits.animalsIn(document.study(), name);
        if (n > 0) {
            return fail(Target.GROUPS, messages.get("animals.group.notEmpty", name, n));
        }
        return apply(Target.GROUPS, messages.get("animals.edit.removeGroup", name),
                s -> AnimalEdits.removeGroup(s, name));
    }

    // ---- animals

    /** Why {@code id} cannot be a new animal's id (the domain's id rule, or already used); empty if it can. */
    public Optional<String> idProblem(String id) {
        try {
            Animal.checkId(id);
        } catch (IllegalArgumentException e) {
            return Optional.of(capitalise(e.getMessage()));
        }
        return document.study().animal(id).isPresent()
                ? Optional.of(messages.get("animals.id.exists", id)) : Optional.empty();
    }

    /** A free id following the last animal's (R28 → R29); "" when none fits. */
    public String suggestId() {
        return AnimalEdits.nextId(document.study());
    }

    /** Adds an active animal; {@code treadmill} may be empty for the study's first treadmill. */
    public Optional<String> addAnimal(String id, String group, Sex sex, LocalDate birthDate, String treadmill) {
        Optional<String> problem = idProblem(id)
                .or(() -> group == null || document.study().group(group).isEmpty()
                        ? Optional.of(messages.get("animals.add.noGroup")) : Optional.empty())
                .or(() -> sex == null ? Optional.of(messages.get("animals.add.noSex")) : Optional.empty());
        if (problem.isPresent()) {
            return fail(Target.ANIMALS, problem.get());
        }
        Optional<String> result = apply(Target.ANIMALS, messages.get("animals.edit.addAnimal", id), s ->
                AnimalEdits.addAnimals(s, List.of(new Animal(id, group, sex, birthDate, null, treadmill))));
        if (result.isEmpty()) {
            lastAddedGroup = group;
            reveal(List.of(id));
        }
        return result;
    }

    /**
     * The group the Add animal form starts on: the group of the animal added last, while the study still has it;
     * else the group the list is filtered on; null for the first group.
     */
    public String groupForNewAnimal() {
        if (lastAddedGroup != null && document.study().group(lastAddedGroup).isPresent()) {
            return lastAddedGroup;
        }
        GroupChoice filter = groupFilterProperty().get();
        return filter == null || filter.all() ? null : filter.group();
    }

    public Optional<String> setGroup(String id, String group) {
        if (group == null || document.study().group(group).isEmpty()) {
            return fail(Target.ANIMALS, messages.get("animals.add.noGroup"));
        }
        return apply(Target.ANIMALS, messages.get("animals.edit.animalGroup", id, group),
                s -> AnimalEdits.replaceAnimal(s, id, a -> a.withGroup(group)));
    }

    public Optional<String> setSex(String id, Sex sex) {
        return apply(Target.ANIMALS, messages.get("animals.edit.sex", id), s -> AnimalEdits.replaceAnimal(s, id,
                a -> new Animal(a.id(), a.group(), sex, a.birthDate(), a.exclusion(), a.treadmill())));
    }

    /** Sets the birth date from typed text (yyyy-mm-dd or day first, as 25-12-2026); blank text removes it. */
    public Optional<String> setBirthDate(String id, String text) {
        Optional<LocalDate> date;
        try {
            date = parseDate(text);
        } catch (DateTimeParseException e) {
            return fail(Target.ANIMALS, messages.get("animals.date.invalid", text.strip()));
        }
        return apply(Target.ANIMALS, messages.get("animals.edit.birthDate", id), s -> AnimalEdits.replaceAnimal(s,
                id, a -> new Animal(a.id(), a.group(), a.sex(), date.orElse(null), a.exclusion(), a.treadmill())));
    }

    /** A date typed in a form {@link IsoDates} reads (2026-12-25, 25-12-2026…); empty for blank text. */
    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(IsoDates.parse(text).orElseThrow(
                () -> new DateTimeParseException("not a date", text.strip(), 0)));
    }

    /** Puts the animal on a treadmill; choosing the one it already runs on changes nothing. */
    public Optional<String> setTreadmill(String id, String treadmill) {
        Study s0 = document.study();
        Optional<Animal> animal = s0.animal(id);
        if (animal.isEmpty() || s0.treadmillOf(animal.get()).map(t -> t.name().equals(treadmill)).orElse(false)) {
            return clear(Target.ANIMALS);
        }
        return apply(Target.ANIMALS, messages.get("animals.edit.treadmill", id, treadmill), s ->
                AnimalEdits.replaceAnimal(s, id, a -> new Animal(a.id(), a.group(), a.sex(), a.birthDate(),
                        a.exclusion(), treadmill)));
    }

    /** The question to ask before removing an animal: it names the step tests removed with it. */
    public String removeQuestion(String id) {
        return messages.get("animals.remove.confirm", id, AnimalEdits.stepTestsOf(document.study(), id));
    }

    /** Removes an animal and its step-test results. */
    /**
     * Removes the animal and its step-test results (the view asks for confirmation first); the audit trail keeps
     * the removed results with the confirmed removal as their reason. Session records are kept.
     */
    public Optional<String> removeAnimal(String id) {
        Optional<String> error = document.edit(messages.get("animals.edit.removeAnimal", id),
                messages.get("animals.remove.reason", id), s -> AnimalEdits.removeAnimal(s, id));
        return error.isPresent() ? fail(Target.ANIMALS, error.get()) : clear(Target.ANIMALS);
    }

    /** Why this exclusion cannot be made; empty if it can. */
    public Optional<String> exclusionProblem(LocalDate from, String reason) {
        if (from == null) {
            return Optional.of(messages.get("animals.exclude.noDate"));
        }
        return reason == null || reason.isBlank() ? Optional.of(messages.get("animals.exclude.noReason"))
                : Optional.empty();
    }

    /** Takes the animal out of the study from {@code from} on: no sessions from that day. */
    public Optional<String> exclude(String id, LocalDate from, String reason) {
        Optional<String> problem = exclusionProblem(from, reason);
        if (problem.isPresent()) {
            return fail(Target.ANIMALS, problem.get());
        }
        UnaryOperator<Study> change = s -> AnimalEdits.replaceAnimal(s, id,
                a -> a.withExclusion(new Exclusion(from, reason)));
        if (!orphans.allows(document.study(), change)) {
            return fail(Target.ANIMALS, messages.get("orphans.cancelled"));
        }
        return apply(Target.ANIMALS, messages.get("animals.edit.exclude", id, from.toString()), change);
    }

    /** Ends an exclusion: the animal gets all its sessions again. */
    public Optional<String> include(String id) {
        return apply(Target.ANIMALS, messages.get("animals.edit.include", id),
                s -> AnimalEdits.replaceAnimal(s, id, a -> a.withExclusion(null)));
    }

    /** Adds the good rows of a CSV file as one edit; nothing when the file has a problem. */
    public Optional<String> importAnimals(AnimalCsvResult result, String fileName) {
        if (!result.importable()) {
            return fail(Target.ANIMALS, messages.get("animals.import.nothing"));
        }
        List<Animal> good = result.goodAnimals();
        Optional<String> outcome = apply(Target.ANIMALS, messages.get("animals.edit.import", good.size(), fileName),
                s -> {
                    for (Animal a : good) {
                        if (s.animal(a.id()).isPresent() || s.group(a.group()).isEmpty()) {
                            throw new IllegalArgumentException(messages.get("animals.import.conflict", a.id()));
                        }
                    }
                    return AnimalEdits.addAnimals(s, good);
                });
        if (outcome.isEmpty()) {
            notice.set(messages.get("animals.notice.imported", good.size(), fileName, result.badRowCount()));
            reveal(good.stream().map(Animal::id).toList());
        }
        return outcome;
    }

    /** Shows why a CSV file could not be read at all. */
    public void importFailed(String fileName, String reason) {
        fail(Target.ANIMALS, messages.get("animals.import.readFailed", fileName, reason));
    }

    /** Clears the search and the group filter if they hide one of these animals. */
    private void reveal(List<String> ids) {
        Predicate<AnimalRow> shown = matcher(search.get(), groupFilter.get());
        if (animals.stream().filter(r -> ids.contains(r.id())).anyMatch(shown.negate())) {
            search.set("");
            groupFilter.set(GroupChoice.ALL);
        }
    }

    /**
     * Asks before an exclusion or a group that stops training leaves recorded sessions outside the plan; the view
     * sets a dialog, and until then such an edit is refused.
     */
    public void setOrphanConfirm(java.util.function.Predicate<String> confirm) {
        orphans.setConfirm(confirm);
    }

    private Optional<String> apply(Target target, String description, UnaryOperator<Study> change) {
        Optional<String> error = document.edit(description, change);
        return error.isPresent() ? fail(target, error.get()) : clear(target);
    }

    private Optional<String> fail(Target target, String message) {
        (target == Target.GROUPS ? groupProblem : animalProblem).set(message);
        notice.set("");
        return Optional.of(message);
    }

    private Optional<String> clear(Target target) {
        (target == Target.GROUPS ? groupProblem : animalProblem).set("");
        notice.set("");
        return Optional.empty();
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- state for the view

    public Study study() {
        return document.study();
    }

    public ObservableList<GroupRow> groups() {
        return groups;
    }

    /** Every animal of the study, in study order. */
    public ObservableList<AnimalRow> animals() {
        return animals;
    }

    /** The animals that match the search and the group filter. */
    public ObservableList<AnimalRow> visibleAnimals() {
        return visible;
    }

    public ObservableList<String> groupNames() {
        return groupNames;
    }

    public ObservableList<String> treadmillNames() {
        return treadmillNames;
    }

    public ObservableList<GroupChoice> groupChoices() {
        return groupChoices;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<GroupChoice> groupFilterProperty() {
        return groupFilter;
    }

    public ReadOnlyStringProperty groupProblemProperty() {
        return groupProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty animalProblemProperty() {
        return animalProblem.getReadOnlyProperty();
    }

    /** A confirmation of the last import, until the next edit. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Showing 7 of 28 animals · 1 excluded". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
