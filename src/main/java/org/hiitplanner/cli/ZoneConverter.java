package org.hiitplanner.cli;

import java.time.DateTimeException;
import java.time.ZoneId;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a time zone: a region such as Europe/Amsterdam, or UTC, or an offset such as +01:00. */
public final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new TypeConversionException("'" + value + "' is not a time zone; expected a region such as "
                    + "Europe/Amsterdam, or UTC, or an offset such as +01:00");
        }
    }
}
