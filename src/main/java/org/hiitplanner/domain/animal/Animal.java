package org.hiitplanner.domain.animal;

import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * One animal.
 *
 * @param id        unique in the study, 1–32 printable characters
 * @param group     name of its group
 * @param sex       MALE or FEMALE
 * @param birthDate optional
 * @param exclusion present when the animal is excluded from a date on
 * @param treadmill name of the treadmill it runs on; empty for the study's first treadmill
 */
public record Animal(String id, String group, Sex sex, LocalDate birthDate, Exclusion exclusion, String treadmill) {
    public static final int MAX_ID_LENGTH = 32;

    public Animal {
        id = checkId(id);
        group = Checks.text(group, "group of animal " + id);
        Checks.required(sex, "sex of animal " + id);
        if (sex == Sex.MIXED) {
            throw new IllegalArgumentException("sex of animal " + id + " must be MALE or FEMALE");
        }
        treadmill = Checks.optionalText(treadmill, "treadmill of animal " + id);
    }

    public static Animal of(String id, String group, Sex sex) {
        return new Animal(id, group, sex, null, null, "");
    }

    /** Checks an animal id: 1–32 printable characters, no leading or trailing space. */
    public static String checkId(String id) {
        Checks.required(id, "animal id");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("animal id must be 1 to " + MAX_ID_LENGTH + " characters (was \""
                    + id + "\", " + id.length() + ")");
        }
        if (!id.equals(id.strip())) {
            throw new IllegalArgumentException("animal id \"" + id + "\" must not begin or end with a space");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isISOControl(c) || !Character.isDefined(c) || Checks.firstHostile(String.valueOf(c), false) == 0) {
                throw new IllegalArgumentException("animal id \"" + id.replaceAll("\\p{Cntrl}", "?")
                        + "\" contains a character that cannot be printed at position " + (i + 1));
            }
        }
        return id;
    }

    public Optional<LocalDate> birth() {
        return Optional.ofNullable(birthDate);
    }

    public Optional<Exclusion> excluded() {
        return Optional.ofNullable(exclusion);
    }

    /** True if the animal still takes part on this date. */
    public boolean isActiveOn(LocalDate date) {
        return exclusion == null || date.isBefore(exclusion.from());
    }

    public Animal withGroup(String newGroup) {
        return new Animal(id, newGroup, sex, birthDate, exclusion, treadmill);
    }

    public Animal withExclusion(Exclusion newExclusion) {
        return new Animal(id, group, sex, birthDate, newExclusion, treadmill);
    }
}
