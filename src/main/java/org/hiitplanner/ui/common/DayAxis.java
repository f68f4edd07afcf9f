package org.hiitplanner.ui.common;

import java.time.LocalDate;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/** A chart axis of days: it counts epoch days and is labelled with yyyy-mm-dd dates, a tick every week or more. */
public final class DayAxis {
    private DayAxis() {
    }

    /** A new axis with this label; set its range with {@link #setRange}. */
    public static NumberAxis create(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return LocalDate.ofEpochDay(Math.round(n.doubleValue())).toString();
            }

            @Override
            public Number fromString(String s) {
                return LocalDate.parse(s).toEpochDay();
            }
        });
        return axis;
    }

    /**
     * Ticks on {@code first} and every week (more weeks for a span over ten weeks) from it, with one tick of margin
     * either side of the days from {@code first} to {@code last}.
     */
    public static void setRange(NumberAxis axis, LocalDate first, LocalDate last) {
        long from = first.toEpochDay();
        long span = Math.max(0, last.toEpochDay() - from);
        long unit = 7 * Math.max(1, (span + 69) / 70);
        long ticks = (span + unit - 1) / unit + 2;
        axis.setLowerBound(from - unit);
        axis.setUpperBound(from - unit + ticks * unit);
        axis.setTickUnit(unit);
    }
}
