package org.hiitplanner.ui.heats;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;

/**
 * What the treadmill dialog's fields say, as typed, and the profile they make: every problem named on its field
 * ("Maximum speed must be above the minimum (0–100)").
 *
 * @param window "" for none, or "08:00–12:00" (a hyphen or en dash)
 */
record TreadmillForm(String name, String lanes, BeltType belt, String minSpeed, String maxSpeed, String resolution,
                     String incline, String changeover, String window) {
    /** The dialog's fields. */
    enum Field { NAME, LANES, MIN, MAX, RESOLUTION, INCLINE, CHANGEOVER, WINDOW }

    private static final int MAX_NAME = 40;
    private static final BigDecimal MAX_INCLINE = BigDecimal.valueOf(45);

    /** The fields of an existing profile. */
    static TreadmillForm of(Treadmill t) {
        return new TreadmillForm(t.name(), Integer.toString(t.lanes()), t.belt(), Units.plain(t.minSpeed()),
                Units.plain(t.maxSpeed()), Units.plain(t.resolution()), Units.plain(t.incline()),
                Integer.toString(t.changeoverMinutes()), t.dayWindow().map(TreadmillForm::window).orElse(""));
    }

    /** "08:00–12:00". */
    static String window(DayWindow w) {
        return w.start() + "–" + w.end();
    }

    /** The problem of each field that has one; empty when the profile can be made. */
    Map<Field, String> problems(Messages m, Collection<String> otherNames) {
        Map<Field, String> p = new EnumMap<>(Field.class);
        String n = strip(name);
        if (n.isEmpty() || n.length() > MAX_NAME) {
            p.put(Field.NAME, m.get("heats.form.name.invalid", MAX_NAME));
        } else if (otherNames.contains(n)) {
            p.put(Field.NAME, m.get("heats.form.name.exists", n));
        }
        if (Fields.parseInt(strip(lanes)).filter(v -> v >= 1 && v <= 16).isEmpty()) {
            p.put(Field.LANES, m.get("heats.form.lanes.invalid"));
        }
        Optional<BigDecimal> min = Fields.parseDecimal(strip(minSpeed)).filter(v -> v.signum() >= 0);
        if (min.isEmpty()) {
            p.put(Field.MIN, m.get("heats.form.min.invalid"));
        }
        Optional<BigDecimal> max = Fields.parseDecimal(strip(maxSpeed));
        if (max.isEmpty() || max.get().signum() <= 0) {
            p.put(Field.MAX, m.get("heats.form.max.invalid"));
        } else if (min.isPresent() && max.get().compareTo(min.get()) <= 0) {
            p.put(Field.MAX, m.get("heats.form.max.belowMin", Units.plain(min.get()), Units.plain(max.get())));
        }
        if (Fields.parseDecimal(strip(resolution)).filter(v -> v.signum() > 0).isEmpty()) {
            p.put(Field.RESOLUTION, m.get("heats.form.resolution.invalid"));
        }
        if (Fields.parseDecimal(strip(incline)).filter(v -> v.abs().compareTo(MAX_INCLINE) <= 0).isEmpty()) {
            p.put(Field.INCLINE, m.get("heats.form.incline.invalid"));
        }
        if (Fields.parseInt(strip(changeover)).filter(v -> v >= 0 && v <= 24 * 60).isEmpty()) {
            p.put(Field.CHANGEOVER, m.get("heats.form.changeover.invalid"));
        }
        try {
            parseWindow(window);
        } catch (IllegalArgumentException e) {
            p.put(Field.WINDOW, m.get("heats.form.window.invalid"));
        }
        return p;
    }

    /** The profile; call only when {@link #problems} is empty. */
    Treadmill treadmill() {
        return new Treadmill(strip(name), Integer.parseInt(strip(lanes)), belt, decimal(minSpeed), decimal(maxSpeed),
                decimal(resolution), decimal(incline), Integer.parseInt(strip(changeover)), parseWindow(window));
    }

    /** Null for blank text; otherwise hh:mm–hh:mm with the end after the start. */
    static DayWindow parseWindow(String text) {
        String t = strip(text);
        if (t.isEmpty()) {
            return null;
        }
        String[] parts = t.split("\\s*[-–]\\s*", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("not a window: " + t);
        }
        try {
            return new DayWindow(LocalTime.parse(pad(parts[0])), LocalTime.parse(pad(parts[1])));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a window: " + t, e);
        }
    }

    private static String pad(String time) {
        return time.length() == 4 && time.charAt(1) == ':' ? "0" + time : time;
    }

    private static BigDecimal decimal(String text) {
        return Fields.parseDecimal(strip(text)).orElseThrow();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
