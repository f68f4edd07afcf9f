package org.hiitplanner.cli;

import org.hiitplanner.domain.treadmill.Tolerance;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a tolerance, "5%" of each animal's high speed or "1.0" m/min; anything else is a usage error. */
public final class ToleranceConverter implements ITypeConverter<Tolerance> {
    @Override
    public Tolerance convert(String value) {
        try {
            return Tolerance.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
