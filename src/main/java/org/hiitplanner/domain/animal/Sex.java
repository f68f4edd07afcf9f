package org.hiitplanner.domain.animal;

/** Sex of an animal, or of a study's animals (MIXED only for a study). */
public enum Sex {
    MALE, FEMALE, MIXED
}
