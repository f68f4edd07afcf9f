package org.hiitplanner.ui.animals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.study.Study;

/** The study changes behind the Groups & animals screen, as pure functions: each returns a new study. */
final class AnimalEdits {
    private AnimalEdits() {
    }

    static Study addGroup(Study s, Group group) {
        List<Group> groups = new ArrayList<>(s.groups());
        groups.add(group);
        return s.withGroups(groups);
    }

    /** Replaces the group named {@code name}, keeping its place in the list. */
    static Study replaceGroup(Study s, String name, UnaryOperator<Group> change) {
        return s.withGroups(s.groups().stream().map(g -> g.name().equals(name) ? change.apply(g) : g).toList());
    }

    /** Renames a group and moves every animal of it along, in one new study. */
    static Study renameGroup(Study s, String oldName, String newName) {
        Study renamed = replaceGroup(s, oldName, g -> new Group(newName, g.trains(), g.tested()));
        return renamed.withAnimals(s.animals().stream()
                .map(a -> a.group().equals(oldName) ? a.withGroup(newName) : a).toList());
    }

    static Study removeGroup(Study s, String name) {
        return s.withGroups(s.groups().stream().filter(g -> !g.name().equals(name)).toList());
    }

    static Study addAnimals(Study s, List<Animal> added) {
        List<Animal> animals = new ArrayList<>(s.animals());
        animals.addAll(added);
        return s.withAnimals(animals);
    }

    /** Replaces the animal with this id, keeping its place in the list. */
    static Study replaceAnimal(Study s, String id, UnaryOperator<Animal> change) {
        return s.withAnimals(s.animals().stream().map(a -> a.id().equals(id) ? change.apply(a) : a).toList());
    }

    /** Removes an animal and its step-test results, which would otherwise point at nothing. */
    static Study removeAnimal(Study s, String id) {
        return s.withAnimals(s.animals().stream().filter(a -> !a.id().equals(id)).toList())
                .withStepTestResults(s.stepTestResults().stream().filter(r -> !r.animalId().equals(id)).toList());
    }

    static long stepTestsOf(Study s, String id) {
        return s.stepTestResults().stream().filter(r -> r.animalId().equals(id)).count();
    }

    static long animalsIn(Study s, String group) {
        return s.animals().stream().filter(a -> a.group().equals(group)).count();
    }

    /** The id after the last animal's, keeping its prefix and zero padding: R28 → R29, M-007 → M-008. */
    static String nextId(Study s) {
        if (s.animals().isEmpty()) {
            return s.info().species().toLowerCase(java.util.Locale.ROOT).startsWith("mouse") ? "M01" : "R01";
        }
        String last = s.animals().get(s.animals().size() - 1).id();
        int digits = last.length();
        while (digits > 0 && Character.isDigit(last.charAt(digits - 1))) {
            digits--;
        }
        String prefix = last.substring(0, digits);
        String number = last.substring(digits);
        long n = number.isEmpty() || number.length() > 15 ? 0 : Long.parseLong(number);
        int width = Math.max(number.length(), 2);
        for (long k = n + 1; ; k++) {
            String candidate = prefix + String.format("%0" + width + "d", k);
            if (s.animal(candidate).isEmpty() && candidate.length() <= Animal.MAX_ID_LENGTH) {
                return candidate;
            }
            if (candidate.length() > Animal.MAX_ID_LENGTH) {
                return "";
            }
        }
    }
}
