package org.hiitplanner.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Dates shown and typed as yyyy-mm-dd, the form used in the study file and on every printout. */
public final class IsoDates extends StringConverter<LocalDate> {

    /** A date picker that shows and accepts ISO dates. */
    public static DatePicker picker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(new IsoDates());
        p.setPromptText("yyyy-mm-dd");
        return p;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
