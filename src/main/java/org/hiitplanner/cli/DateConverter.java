package org.hiitplanner.cli;

import java.time.LocalDate;

import org.hiitplanner.storage.DateText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date option written yyyy-mm-dd; anything else is a usage error that says what is wrong and what to
 * type, e.g. "'2026-02-30' is not a date: February 2026 has 28 days; expected yyyy-mm-dd, e.g. 2026-11-16".
 */
public final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        String text = value.strip();
        String problem = DateText.problem(text);
        if (problem == null) {
            return LocalDate.parse(text);
        }
        String shown = "'" + ErrorMessages.printable(value) + "' is not a date";
        throw new TypeConversionException(problem.equals(DateText.NOT_THE_FORM)
                ? shown + "; expected " + DateText.EXPECTED
                : shown + ": " + problem + "; expected " + DateText.EXPECTED);
    }
}
