package org.hiitplanner.ui.steptests;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A step test's running time as typed: whole seconds ({@code 1365}) or minutes:seconds ({@code 22:45}). */
final class RunningTime {
    private static final Pattern SECONDS = Pattern.compile("\\d{1,6}");
    private static final Pattern MINUTES_SECONDS = Pattern.compile("(\\d{1,4}):(\\d{2})");

    private RunningTime() {
    }

    /** The seconds, or empty when the text is neither form or the seconds of m:ss are 60 or more. */
    static OptionalInt parse(String text) {
        String v = text == null ? "" : text.strip();
        if (SECONDS.matcher(v).matches()) {
            return OptionalInt.of(Integer.parseInt(v));
        }
        Matcher m = MINUTES_SECONDS.matcher(v);
        if (m.matches() && Integer.parseInt(m.group(2)) < 60) {
            return OptionalInt.of(Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2)));
        }
        return OptionalInt.empty();
    }

    /** m:ss, e.g. 22:45 for 1365 s. */
    static String format(int seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
