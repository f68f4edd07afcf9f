package org.hiitplanner.ui.schedule;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the two schedule tables show for a session, besides plain numbers: texts, icons and row styles. */
final class SessionCells {
    static final String ROW_WARNING = "row-warning";
    static final String ROW_NO_VMAX = "row-no-vmax";
    static final List<String> ROW_STYLES = List.of(ROW_WARNING, ROW_NO_VMAX);
    private static final double HEADER_PADDING = 14;
    private static final double SCROLL_BAR_ALLOWANCE = 16;

    private SessionCells() {
    }

    /** The row style of a session: no Vmax, a warning, or none. */
    static String rowStyle(PlannedSession s) {
        if (s == null) {
            return null;
        }
        return s.vmax() == null ? ROW_NO_VMAX : s.hasWarnings() ? ROW_WARNING : null;
    }

    /** Applies the row style of a session to a row's style classes, removing any earlier one. */
    static void styleRow(List<String> styleClasses, PlannedSession s) {
        styleClasses.removeAll(ROW_STYLES);
        String style = rowStyle(s);
        if (style != null) {
            styleClasses.add(style);
        }
    }

    /** An icon for a session without Vmax or with warnings, so that it is not told by colour alone; else null. */
    static Node icon(PlannedSession s, Messages messages) {
        String style = rowStyle(s);
        if (style == null) {
            return null;
        }
        boolean noVmax = style.equals(ROW_NO_VMAX);
        FontIcon icon = mark(noVmax ? Feather.SLASH : Feather.ALERT_TRIANGLE, noVmax ? "danger" : "warning");
        icon.setAccessibleText(messages.get(noVmax ? "schedule.icon.noVmax" : "schedule.icon.warning"));
        return icon;
    }

    /** A line that explains the two row marks, with the same icons. */
    static Node legend(Messages messages) {
        Label warning = new Label(messages.get("schedule.legend.warning"), mark(Feather.ALERT_TRIANGLE, "warning"));
        Label noVmax = new Label(messages.get("schedule.legend.noVmax"), mark(Feather.SLASH, "danger"));
        FlowPane box = new FlowPane(20, 4, warning, noVmax);
        box.getStyleClass().add("schedule-legend");
        box.getChildren().forEach(n -> n.getStyleClass().add("text-muted"));
        return box;
    }

    private static FontIcon mark(Feather icon, String style) {
        FontIcon i = new FontIcon(icon);
        i.getStyleClass().add(style);
        i.setIconSize(16);
        return i;
    }

    /** The session's warnings in full, for a cell that may be too narrow; null without warnings. */
    static Tooltip tooltip(PlannedSession s) {
        if (s == null || !s.hasWarnings()) {
            return null;
        }
        Tooltip t = new Tooltip(String.join("\n", s.prescription().warnings()));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    /**
     * A column width that shows the whole header (bold, at {@code headerFontSize} px as set in app.css) and content
     * of about {@code contentWidth}, so that no header is cut off, in any language.
     */
    static double fit(String header, double contentWidth, double headerFontSize) {
        Text t = new Text(header == null ? "" : header);
        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, headerFontSize));
        return Math.ceil(Math.max(contentWidth, t.getLayoutBounds().getWidth() + HEADER_PADDING));
    }

    /**
     * Gives the last column the width the others leave, at least {@code minWidth} (which must show its header);
     * when the table is narrower, it scrolls.
     */
    static void fillWithLast(Region table, List<? extends TableColumnBase<?, ?>> leaves, double minWidth) {
        TableColumnBase<?, ?> last = leaves.get(leaves.size() - 1);
        double min = Math.max(minWidth, last.getMinWidth());
        last.setMinWidth(min);
        last.setPrefWidth(min);
        double others = leaves.stream().filter(c -> c != last).mapToDouble(TableColumnBase::getPrefWidth).sum();
        table.widthProperty().addListener((o, a, w) ->
                last.setPrefWidth(Math.max(min, w.doubleValue() - others - SCROLL_BAR_ALLOWANCE)));
    }

    /** The full warnings of a selected session, for a line under the table; empty without warnings. */
    static String detail(PlannedSession s, Messages messages) {
        return s == null || !s.hasWarnings() ? "" : messages.get("schedule.animal.detail", s.animalId() + ", "
                + s.date(), s.number(), String.join(" · ", s.prescription().warnings()));
    }

    /** A label for {@link #detail}, shown only when it has text. */
    static Label detailLabel(String id) {
        Label detail = new Label();
        detail.setId(id);
        detail.setWrapText(true);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        detail.visibleProperty().bind(detail.managedProperty());
        return detail;
    }

    /** The session's warnings on one line. */
    static String warnings(PlannedSession s) {
        return String.join("; ", s.prescription().warnings());
    }

    /** mm:ss for a duration in seconds. */
    static String time(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d", seconds / 60, seconds % 60);
    }

    /** The short weekday name, e.g. Mon. */
    static String weekday(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale);
    }
}
