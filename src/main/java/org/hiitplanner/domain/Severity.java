package org.hiitplanner.domain;

/** How serious a validation finding is. */
public enum Severity {
    /** A hard limit: the study cannot be used until it is fixed. */
    ERROR,
    /** Unusual but allowed: the user may accept it. */
    WARNING
}
