package org.hiitplanner.cli;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a clock time written hh:mm (24 hours); anything else is a usage error that shows the expected form. */
public final class TimeConverter implements ITypeConverter<LocalTime> {
    @Override
    public LocalTime convert(String value) {
        String v = value.strip();
        try {
            if (v.matches("\\d{1,2}:\\d{2}")) {
                return LocalTime.parse(v.length() == 4 ? "0" + v : v);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below
        }
        throw new TypeConversionException("'" + value + "' is not a time of day; expected hh:mm, e.g. 09:00");
    }
}
