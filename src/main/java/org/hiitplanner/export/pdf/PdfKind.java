package org.hiitplanner.export.pdf;

/** The printable sheets. */
public enum PdfKind {
    /** For a date, per treadmill, every animal with its speeds, tick boxes and fields to fill in. */
    DAY,
    /** One animal's whole schedule week by week, with its test dates and Vmax history. */
    ANIMAL,
    /** For a test day, every tested animal with the stage table to fill in by hand. */
    STEPTEST,
    /** All animals × the week's sessions, landscape. */
    WEEK
}
