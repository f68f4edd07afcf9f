package org.hiitplanner.ui.common;

import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * The day the user is looking at: the date of Today or of Schedules › Per day, whichever was shown last. File ›
 * Print and File › Export open on it. Before any screen with a day has been shown it is the calendar date.
 */
public final class DayOnScreen {
    private final Clock clock;
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");

    public DayOnScreen(Clock clock) {
        this.clock = clock;
    }

    /** The day on screen, or the calendar date when no screen has shown one yet. */
    public LocalDate day() {
        return day.get() == null ? LocalDate.now(clock) : day.get();
    }

    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    /** Makes {@code date} the day on screen whenever {@code screen} is shown or its date changes while shown. */
    public void follow(Node screen, ObservableValue<LocalDate> date) {
        if (screen.getParent() != null && date.getValue() != null) {
            day.set(date.getValue());
        }
        screen.parentProperty().addListener((o, was, now) -> {
            if (now != null && date.getValue() != null) {
                day.set(date.getValue());
            }
        });
        date.addListener((o, was, now) -> {
            if (screen.getParent() != null && now != null) {
                day.set(now);
            }
        });
    }
}
