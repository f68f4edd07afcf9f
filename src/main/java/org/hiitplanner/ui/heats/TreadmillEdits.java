package org.hiitplanner.ui.heats;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/** Changes of a study's treadmill profiles that keep the animals' references (Animal.treadmill) right. */
final class TreadmillEdits {
    private TreadmillEdits() {
    }

    static Study add(Study s, Treadmill t) {
        if (find(s, t.name()) >= 0) {
            throw new IllegalArgumentException("a treadmill named " + t.name() + " already exists");
        }
        List<Treadmill> list = new ArrayList<>(s.treadmills());
        list.add(t);
        return s.withTreadmills(list);
    }

    /** Replaces the profile named {@code oldName}; a new name is also given to every animal that named the old. */
    static Study replace(Study s, String oldName, Treadmill t) {
        int i = find(s, oldName);
        if (i < 0) {
            throw new IllegalArgumentException("there is no treadmill named " + oldName);
        }
        if (!t.name().equals(oldName) && find(s, t.name()) >= 0) {
            throw new IllegalArgumentException("a treadmill named " + t.name() + " already exists");
        }
        List<Treadmill> list = new ArrayList<>(s.treadmills());
        list.set(i, t);
        Study next = s.withTreadmills(list);
        return t.name().equals(oldName) ? next : moveAnimals(next, Set.of(oldName), t.name());
    }

    /** Removes a profile; its animals go to the first remaining treadmill. The last one cannot be removed. */
    static Study remove(Study s, String name) {
        int i = find(s, name);
        if (i < 0 || s.treadmills().size() < 2) {
            throw new IllegalArgumentException("the study's last treadmill cannot be removed");
        }
        List<Treadmill> list = new ArrayList<>(s.treadmills());
        list.remove(i);
        return moveAnimals(s.withTreadmills(list), Set.of(name), "");
    }

    /** The animals that run on the named treadmill (by name, or as the study's first). */
    static List<String> animalsOn(Study s, String name) {
        return s.animals().stream().filter(a -> s.treadmillOf(a).map(t -> t.name().equals(name)).orElse(false))
                .map(Animal::id).toList();
    }

    /** Puts the animals whose treadmill is one of {@code from} on {@code to} ("" for the study's first). */
    static Study moveAnimals(Study s, Set<String> from, String to) {
        return s.withAnimals(s.animals().stream().map(a -> from.contains(a.treadmill()) ? onTreadmill(a, to) : a)
                .toList());
    }

    /** Puts the listed animals on {@code to}; the study's first treadmill is written as "". */
    static Study moveAnimalsById(Study s, List<String> ids, String to) {
        String ref = !s.treadmills().isEmpty() && s.treadmills().get(0).name().equals(to) ? "" : to;
        return s.withAnimals(s.animals().stream().map(a -> ids.contains(a.id()) ? onTreadmill(a, ref) : a).toList());
    }

    private static Animal onTreadmill(Animal a, String treadmill) {
        return new Animal(a.id(), a.group(), a.sex(), a.birthDate(), a.exclusion(), treadmill);
    }

    static int find(Study s, String name) {
        for (int i = 0; i < s.treadmills().size(); i++) {
            if (s.treadmills().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
