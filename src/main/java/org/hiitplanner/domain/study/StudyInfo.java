package org.hiitplanner.domain.study;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.animal.Sex;

/**
 * What a study is about.
 *
 * @param title        e.g. "HIIT in T2D rats"
 * @param species      e.g. "Rat"
 * @param strain       e.g. "Wistar"
 * @param sex          of the animals: MALE, FEMALE or MIXED
 * @param investigator the responsible PI
 */
public record StudyInfo(String title, String species, String strain, Sex sex, String investigator) {
    public StudyInfo {
        title = Checks.text(title, "study title");
        species = Checks.optionalText(species, "species");
        strain = Checks.optionalText(strain, "strain");
        Checks.required(sex, "sex of the study's animals");
        investigator = Checks.optionalText(investigator, "investigator");
    }
}
