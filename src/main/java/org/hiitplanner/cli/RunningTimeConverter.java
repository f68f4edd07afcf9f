package org.hiitplanner.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a running time as whole seconds ({@code 1365}) or minutes and seconds ({@code 22:45}). */
public final class RunningTimeConverter implements ITypeConverter<Integer> {
    private static final Pattern SECONDS = Pattern.compile("\\d{1,6}");
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,4}):(\\d{2})");

    @Override
    public Integer convert(String value) {
        String v = value.strip();
        if (SECONDS.matcher(v).matches()) {
            return Integer.valueOf(v);
        }
        Matcher m = MINUTES_SECONDS.matcher(v);
        if (m.matches() && Integer.parseInt(m.group(2)) < 60) {
            return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        }
        throw new TypeConversionException("'" + value
                + "' is not a running time; expected seconds (e.g. 1365) or minutes:seconds (e.g. 22:45)");
    }
}
