package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.storage.StudyJson.HeatsJson;
import org.hiitplanner.storage.StudyJson.ToleranceJson;
import org.hiitplanner.storage.StudyJson.TreadmillJson;
import org.hiitplanner.storage.StudyJson.WindowJson;

/** Maps the treadmill profiles and the study's heat settings of a document to the domain. */
final class TreadmillFromJson {
    private final Problems problems;

    TreadmillFromJson(Problems problems) {
        this.problems = problems;
    }

    Treadmill treadmill(TreadmillJson t, String path) {
        String name = problems.required(t.name(), path, "name");
        Integer lanes = problems.required(t.lanes(), path, "lanes");
        BeltType belt = problems.required(t.belt(), path, "belt");
        BigDecimal min = problems.decimal(t.minSpeed(), path, "minSpeed");
        BigDecimal max = problems.decimal(t.maxSpeed(), path, "maxSpeed");
        BigDecimal resolution = problems.decimal(t.resolution(), path, "resolution");
        BigDecimal incline = problems.decimal(t.inclineDegrees(), path, "inclineDegrees");
        Integer changeover = problems.required(t.changeoverMinutes(), path, "changeoverMinutes");
        DayWindow window = t.window() == null ? null : window(t.window(), JsonPaths.field(path, "window"));
        if (name == null || lanes == null || belt == null || min == null || max == null || resolution == null
                || incline == null || changeover == null || t.window() != null && window == null) {
            return null;
        }
        return problems.attempt(path, () -> new Treadmill(name, lanes, belt, min, max, resolution, incline,
                changeover, window));
    }

    HeatSettings heats(HeatsJson h, String path) {
        Tolerance tolerance = problems.object(h.tolerance(), path, "tolerance", this::tolerance);
        RunOrder order = problems.required(h.order(), path, "order");
        Long seed = problems.required(h.seed(), path, "seed");
        if (tolerance == null || order == null || seed == null) {
            return null;
        }
        return problems.attempt(path, () -> new HeatSettings(tolerance, order, seed));
    }

    private Tolerance tolerance(ToleranceJson t, String path) {
        Tolerance.Kind kind = problems.required(t.kind(), path, "kind");
        BigDecimal value = problems.decimal(t.value(), path, "value");
        if (kind == null || value == null) {
            return null;
        }
        return problems.attempt(path, () -> new Tolerance(kind, value));
    }

    /** The window, or null after reporting what is wrong with it. */
    private DayWindow window(WindowJson w, String path) {
        LocalTime start = time(w.start(), path, "start");
        LocalTime end = time(w.end(), path, "end");
        if (start == null || end == null) {
            return null;
        }
        if (!end.isAfter(start)) {
            problems.error(path, "the day window must end after it starts (" + start + "–" + end + ")");
            return null;
        }
        return new DayWindow(start, end);
    }

    private LocalTime time(String text, String parent, String field) {
        String path = JsonPaths.field(parent, field);
        if (problems.required(text, parent, field) == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            problems.error(path, "'" + text + "' is not a time of day; expected HH:mm, e.g. 08:00");
            return null;
        }
    }
}
