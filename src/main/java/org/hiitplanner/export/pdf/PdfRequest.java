package org.hiitplanner.export.pdf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What to print.
 *
 * @param kind           which sheet
 * @param date           the day (DAY, STEPTEST) or any day of the week (WEEK); null for ANIMAL
 * @param animalId       the animal (ANIMAL); null otherwise
 * @param paper          A4 or US Letter
 * @param sourceFileName the study file's name, printed on every page ("Untitled" when not saved)
 * @param generatedAt    when, printed on every page
 * @param zone           time zone for printing {@code generatedAt}
 */
public record PdfRequest(PdfKind kind, LocalDate date, String animalId, Paper paper, String sourceFileName,
                         Instant generatedAt, ZoneId zone) {
    public PdfRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(sourceFileName, "sourceFileName");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(zone, "zone");
        if ((kind == PdfKind.DAY || kind == PdfKind.STEPTEST || kind == PdfKind.WEEK) && date == null) {
            throw new IllegalArgumentException("a " + kind.name().toLowerCase(java.util.Locale.ROOT)
                    + " sheet needs a date");
        }
        if (kind == PdfKind.ANIMAL && (animalId == null || animalId.isBlank())) {
            throw new IllegalArgumentException("an animal sheet needs an animal");
        }
    }
}
