package org.hiitplanner.ui.animals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Messages;

/**
 * One row of the animals table.
 *
 * @param treadmill the treadmill it runs on: its own, or the study's first when none is set
 * @param exclusion null while the animal is active
 * @param status    "active" or "excluded from 2026-11-25: injured paw", in the user's language
 */
public record AnimalRow(String id, String group, Sex sex, LocalDate birthDate, String treadmill, Exclusion exclusion,
                        String status) {

    static AnimalRow of(Study study, Animal a, Messages messages) {
        String treadmill = study.treadmillOf(a).map(Treadmill::name).orElse(a.treadmill());
        String status = a.excluded()
                .map(e -> messages.get("animals.status.excluded", e.from().toString(), e.reason()))
                .orElseGet(() -> messages.get("animals.status.active"));
        return new AnimalRow(a.id(), a.group(), a.sex(), a.birthDate(), treadmill, a.exclusion(), status);
    }

    public boolean excluded() {
        return exclusion != null;
    }

    /** True when the id, group or exclusion reason contains every one of these lower-case words. */
    boolean matches(String... words) {
        String text = (id + "\n" + group + "\n" + (excluded() ? exclusion.reason() : "")).toLowerCase(Locale.ROOT);
        return Arrays.stream(words).allMatch(w -> w.isEmpty() || text.contains(w));
    }
}
