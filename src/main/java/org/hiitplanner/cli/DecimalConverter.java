package org.hiitplanner.cli;

import java.math.BigDecimal;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads every decimal option (speeds, weights): digits with a decimal point. A decimal comma, as many languages
 * write it, gets a message that says what to type instead ("10,5 is not a number; type 10.5 (a point, not a
 * comma)"); {@link UsageErrorHandler} puts the option's name in front.
 */
public final class DecimalConverter implements ITypeConverter<BigDecimal> {

    /** A value that is not a decimal number; the message says what to type. */
    static final class NotADecimal extends TypeConversionException {
        private static final long serialVersionUID = 1L;

        NotADecimal(String message) {
            super(message);
        }
    }

    @Override
    public BigDecimal convert(String value) {
        String v = value == null ? "" : value.strip();
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            if (v.matches("[+-]?\\d*,\\d+")) {
                throw new NotADecimal(v + " is not a number; type " + v.replace(',', '.') + " (a point, not a comma)");
            }
            throw new NotADecimal("\"" + v + "\" is not a number; type digits with a decimal point, as 10.5");
        }
    }
}
