package org.hiitplanner.ui.today;

import java.util.List;
import java.util.Objects;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.treadmill.Treadmill;

/** One row of the Today list: a treadmill's heading, a heat's heading, or one animal's run. */
public sealed interface TodayRow permits TodayRow.TreadmillHeading, TodayRow.HeatHeading, RunCard {

    /**
     * The heading of a treadmill's section.
     *
     * @param treadmill   the treadmill
     * @param animals     how many animals run on it that day
     * @param notRecorded how many of them have no record yet
     * @param dayText     its heats, from when to when and how long, e.g. "5 heats · 08:00–10:30 · 150 min"; empty
     *                    when the day could not be planned in heats
     * @param fits        false when the heats do not fit the treadmill's day window (or run past midnight)
     * @param warnings    for the whole day: the window overrun, animals outside the tolerance, the incline
     */
    record TreadmillHeading(Treadmill treadmill, int animals, int notRecorded, String dayText, boolean fits,
                            List<String> warnings) implements TodayRow {
        public TreadmillHeading {
            Objects.requireNonNull(treadmill);
            Objects.requireNonNull(dayText);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The heading of one heat: its number and hours, and on a single belt the speeds to set on the treadmill.
     *
     * @param treadmill   the treadmill's name
     * @param heat        the heat as planned
     * @param title       "Heat 2 · 08:32–08:54"
     * @param notRecorded how many of its animals have no record yet
     */
    record HeatHeading(String treadmill, Heat heat, String title, int notRecorded) implements TodayRow {
        public HeatHeading {
            Objects.requireNonNull(treadmill);
            Objects.requireNonNull(heat);
            Objects.requireNonNull(title);
        }

        public int number() {
            return heat.number();
        }

        public int animals() {
            return heat.runners().size();
        }

        /** True on a single belt: every lane of the heat runs the belt's speeds. */
        public boolean sharedBelt() {
            return heat.beltSpeeds().isPresent();
        }

        /** The belt's high speed as on the treadmill's display, e.g. "23.2"; empty on independent lanes. */
        public String beltHigh() {
            return heat.beltSpeeds().map(s -> RunCard.speed(s.high())).orElse("");
        }

        public String beltLow() {
            return heat.beltSpeeds().map(s -> RunCard.speed(s.low())).orElse("");
        }

        /** The belt's warm-up speed, and its cool-down speed after a slash when the two differ. */
        public String beltWarmUpCoolDown() {
            return heat.beltSpeeds().map(s -> RunCard.warmCool(s.warmUp(), s.coolDown())).orElse("");
        }
    }
}
