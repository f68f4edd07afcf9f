package org.hiitplanner.cli;

import java.time.LocalTime;

import org.hiitplanner.domain.treadmill.DayWindow;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a day window written hh:mm-hh:mm, e.g. 08:00-12:00; anything else is a usage error. */
public final class WindowConverter implements ITypeConverter<DayWindow> {
    @Override
    public DayWindow convert(String value) {
        String[] parts = value.strip().split("\\s*-\\s*", -1);
        if (parts.length != 2) {
            throw new TypeConversionException("'" + value + "' is not a window; expected hh:mm-hh:mm, e.g. 08:00-12:00");
        }
        TimeConverter times = new TimeConverter();
        LocalTime start = times.convert(parts[0]);
        LocalTime end = times.convert(parts[1]);
        try {
            return new DayWindow(start, end);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
