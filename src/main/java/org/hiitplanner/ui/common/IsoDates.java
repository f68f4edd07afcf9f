package org.hiitplanner.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

/**
 * Dates shown as yyyy-mm-dd, the form used in the study file and on every printout, and typed either so or as the
 * user writes them: day first, with dashes, slashes or points (25-12-2026, 25/12/2026, 25.12.2026). The one parser of
 * typed dates in the window.
 */
public final class IsoDates extends StringConverter<LocalDate> {
    private static final String PROBLEM = "hiit.date.problem";
    private static final String OWN_TOOLTIP = "hiit.date.tooltip";
    private static final List<DateTimeFormatter> FORMS = List.of(
            form("uuuu-M-d"), form("d-M-uuuu"), form("d/M/uuuu"), form("d.M.uuuu"));
    private static Messages messages;
    private final DatePicker picker;

    private IsoDates(DatePicker picker) {
        this.picker = picker;
    }

    private static DateTimeFormatter form(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    private static synchronized Messages messages() {
        if (messages == null) {
            messages = new Messages(Locale.ENGLISH);
        }
        return messages;
    }

    /** A date typed in any accepted form; empty when blank or not a date. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        for (DateTimeFormatter f : FORMS) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    /** True when {@code text} is blank or a date in an accepted form. */
    public static boolean readable(String text) {
        return text == null || text.isBlank() || parse(text).isPresent();
    }

    /** What to say about a typed text that is not a date. */
    public static String problem(Messages m, String text) {
        return m.get("date.invalid", text == null ? "" : text.strip());
    }

    /**
     * A date picker that shows ISO dates and accepts the typed forms. A text that is not a date keeps the previous
     * value and marks the field, with the message as its tooltip ({@link #problemOf}); it is never silently dropped.
     */
    public static DatePicker picker(String id) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setConverter(new IsoDates(p));
        p.setPromptText("yyyy-mm-dd");
        p.valueProperty().addListener((o, was, now) -> mark(p, ""));
        return p;
    }

    /** Enter in the picker's field only commits the date: it does not also press the window's default button. */
    public static DatePicker enterOnlyCommits(DatePicker p) {
        p.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                p.commitValue();
                e.consume();
            }
        });
        return p;
    }

    /** The message shown on the picker for a date that could not be read; "" when there is none. */
    public static String problemOf(DatePicker p) {
        Object m = p.getProperties().get(PROBLEM);
        return m == null ? "" : (String) m;
    }

    private static void mark(DatePicker p, String problem) {
        if (problem.equals(problemOf(p))) {
            return;
        }
        if (problemOf(p).isEmpty()) {
            p.getProperties().put(OWN_TOOLTIP, Optional.ofNullable(p.getTooltip()));
        }
        p.getProperties().put(PROBLEM, problem);
        p.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.isEmpty());
        p.getEditor().pseudoClassStateChanged(Styles.STATE_DANGER, !problem.isEmpty());
        if (problem.isEmpty()) {
            Object own = p.getProperties().remove(OWN_TOOLTIP);
            p.setTooltip(own instanceof Optional<?> o ? (Tooltip) o.orElse(null) : null);
        } else {
            p.setTooltip(new Tooltip(problem));
        }
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            if (picker != null) {
                mark(picker, "");
            }
            return null;
        }
        Optional<LocalDate> date = parse(text);
        if (picker != null) {
            mark(picker, date.isPresent() ? "" : problem(messages(), text));
        }
        return date.orElse(picker == null ? null : picker.getValue());
    }
}
