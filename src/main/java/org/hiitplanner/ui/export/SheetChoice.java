package org.hiitplanner.ui.export;

import java.time.LocalDate;

import org.hiitplanner.export.pdf.Paper;
import org.hiitplanner.export.pdf.PdfKind;

/**
 * The sheet the user chose to print or export.
 *
 * @param kind     day, animal, step-test or week sheet
 * @param date     for day, step-test and week sheets
 * @param animalId for the animal sheet
 * @param paper    A4 or Letter
 */
public record SheetChoice(PdfKind kind, LocalDate date, String animalId, Paper paper) {
}
