package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import org.hiitplanner.domain.adherence.Band;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The adherence table: one row per animal, group or week. Each percentage is coloured by its band (app.css
 * classes {@code adherence-band-green|yellow|red}) and carries an icon and a tooltip naming the band, so that it
 * reads without colour too.
 */
final class AdherenceTable {
    private final AdherenceViewModel model;
    private final Messages messages;
    private final TableView<AdherenceRow> table = new TableView<>();
    private final TableColumn<AdherenceRow, String> key = new TableColumn<>();
    private final TableColumn<AdherenceRow, String> group;

    AdherenceTable(AdherenceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        table.setId("adherence-table");
        table.getStyleClass().add("adherence-table");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("adherence.table.empty")));
        key.setId("adherence-col-key");
        key.setPrefWidth(76);
        key.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(keyText(c.getValue())));
        // "Week 9" before "Week 10"
        key.setComparator((a, b) -> model.byProperty().get() != By.WEEK || a.length() == b.length()
                ? a.compareTo(b) : Integer.compare(a.length(), b.length()));
        group = column("adherence-col-group", "adherence.col.group", 80, AdherenceRow::group);
        table.getColumns().setAll(key, group, parent("adherence.col.intervals",
                number("adherence-col-intervals-planned", "adherence.col.planned", AdherenceRow::intervalsPlanned),
                number("adherence-col-intervals-completed", "adherence.col.done", AdherenceRow::intervalsCompleted),
                percent("adherence-col-interval-pct", "adherence.col.intervalPct", AdherenceRow::intervalPercent,
                        AdherenceRow::intervalBand)),
                parent("adherence.col.sessions",
                number("adherence-col-sessions-planned", "adherence.col.planned", AdherenceRow::sessionsPlanned),
                number("adherence-col-sessions-completed", "adherence.col.done", AdherenceRow::sessionsCompleted),
                percent("adherence-col-session-pct", "adherence.col.sessionPct", AdherenceRow::sessionPercent,
                        AdherenceRow::sessionBand)));
        model.byProperty().addListener((o, a, b) -> refreshHeaders());
        refreshHeaders();
    }

    Node root() {
        return table;
    }

    private void refreshHeaders() {
        By by = model.byProperty().get();
        key.setText(messages.get("adherence.col.key." + by.name()));
        group.setVisible(by == By.ANIMAL);
    }

    private String keyText(AdherenceRow row) {
        return model.byProperty().get() == By.WEEK ? messages.get("adherence.week", Integer.parseInt(row.key()))
                : row.key();
    }

    /** A column of {@code value}, {@code width} pixels wide at first. */
    private <T> TableColumn<AdherenceRow, T> column(String id, String header, double width,
                                                    Function<AdherenceRow, T> value) {
        TableColumn<AdherenceRow, T> c = new TableColumn<>(messages.get(header));
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(width * 0.8);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    private TableColumn<AdherenceRow, Integer> number(String id, String header,
                                                      Function<AdherenceRow, Integer> value) {
        TableColumn<AdherenceRow, Integer> c = column(id, header, 78, value);
        c.getStyleClass().add("number");
        return c;
    }

    private TableColumn<AdherenceRow, AdherenceRow> percent(String id, String header,
                                                            Function<AdherenceRow, BigDecimal> percent,
                                                            Function<AdherenceRow, Band> band) {
        TableColumn<AdherenceRow, AdherenceRow> c = column(id, header, 84, row -> row);
        c.setCellFactory(col -> new PercentCell(percent, band));
        c.setComparator((a, b) -> compare(percent.apply(a), percent.apply(b)));
        c.getStyleClass().add("number");
        return c;
    }

    @SafeVarargs
    private TableColumn<AdherenceRow, ?> parent(String key, TableColumn<AdherenceRow, ?>... children) {
        TableColumn<AdherenceRow, ?> c = new TableColumn<>(messages.get(key));
        c.getColumns().setAll(children);
        return c;
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** The band thresholds of the current study, for the tooltips. */
    private StudySettings settings() {
        AdherenceSnapshot s = model.snapshotProperty().get();
        return s == null ? StudySettings.defaults() : s.study().settings();
    }

    /** A percentage with the colour, icon and tooltip of its band; empty when nothing was planned. */
    private final class PercentCell extends TableCell<AdherenceRow, AdherenceRow> {
        private final Function<AdherenceRow, BigDecimal> percent;
        private final Function<AdherenceRow, Band> band;

        PercentCell(Function<AdherenceRow, BigDecimal> percent, Function<AdherenceRow, Band> band) {
            this.percent = percent;
            this.band = band;
        }

        @Override
        protected void updateItem(AdherenceRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("adherence-band-green", "adherence-band-yellow", "adherence-band-red");
            BigDecimal p = empty || row == null ? null : percent.apply(row);
            if (p == null) {
                setText(empty || row == null ? null : "\u2014");
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Band b = band.apply(row);
            setText(p.toPlainString());
            getStyleClass().add("adherence-band-" + b.name().toLowerCase());
            setGraphic(icon(b));
            StudySettings s = settings();
            setTooltip(new Tooltip(messages.get("adherence.band." + b.name(), s.greenPercent().toPlainString(),
                    s.yellowPercent().toPlainString())));
        }
    }

    /** The icon of a band: a tick, a warning triangle or a cross. */
    static FontIcon icon(Band band) {
        Feather glyph = switch (band) {
            case GREEN -> Feather.CHECK_CIRCLE;
            case YELLOW -> Feather.ALERT_TRIANGLE;
            case RED -> Feather.X_OCTAGON;
        };
        FontIcon icon = new FontIcon(glyph);
        icon.getStyleClass().add("adherence-band-icon");
        return icon;
    }
}
