package org.hiitplanner.ui.protocol;

import java.math.BigDecimal;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

import org.hiitplanner.domain.Units;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OrphanGuard;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Outcome;
import org.hiitplanner.ui.protocol.ProtocolViewModel.WeekRow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The protocol editor: week table, session settings, calendar and the live session chart. */
public final class ProtocolView {
    private final ProtocolViewModel model;
    private final Messages messages;
    private final TableView<WeekRow> table = new TableView<>();
    private final Label problem = new Label();
    private final ScrollPane root;

    public ProtocolView(ProtocolViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        problem.setId("protocol-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        Label version = new Label();
        version.setId("protocol-version");
        version.getStyleClass().add("text-muted");
        version.setWrapText(true);
        version.textProperty().bind(model.studyProperty().map(this::versionText));
        VBox left = new VBox(10, heading("protocol.weeks"), version, weekTable(), weekButtons(), problem);
        left.setMinWidth(380);
        left.setPrefWidth(400);
        PhaseSettingsPane settings = new PhaseSettingsPane(model, messages, this::report);
        CalendarPane calendar = new CalendarPane(model, messages, this::report);
        VBox right = new VBox(16, heading("protocol.session"), settings.root(), heading("protocol.calendar"),
                calendar.root());
        // side by side when the window is wide enough, the session settings below the weeks when it is not
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(24, 16, left, right);
        SessionChart chart = new SessionChart(model, messages);
        VBox page = new VBox(20, top, heading("protocol.chart"), chart.root());
        page.setPadding(new Insets(20));
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        top.prefWrapLengthProperty().bind(root.widthProperty().subtract(60));
        root.setId("protocol");
        model.setVersionPrompt(new DialogVersionPrompt(() -> root.getScene() == null ? null
                : root.getScene().getWindow(), messages));
        OrphanGuard orphans = new OrphanGuard(messages);
        orphans.setConfirm(OrphanGuard.dialog(() -> root.getScene() == null ? null : root.getScene().getWindow(),
                messages));
        model.setOrphanGuard(orphans);
    }

    /** "Version 2, in force from 2026-11-30" or "Version 1, from the start 2026-11-16". */
    private String versionText(org.hiitplanner.domain.study.Study s) {
        int n = s.protocolVersions().size() + 1;
        return n == 1 ? messages.get("protocol.version.first", s.startDate())
                : messages.get("protocol.version.current", n, s.currentProtocolFrom());
    }

    public Node root() {
        return root;
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private TableView<WeekRow> weekTable() {
        table.setId("protocol-weeks");
        table.setEditable(true);
        table.setItems(model.weeks());
        table.setPrefHeight(385);
        table.setMinHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<WeekRow, String> week = column("protocol.col.week", r -> String.valueOf(r.week()));
        week.setEditable(false);
        TableColumn<WeekRow, String> intervals = column("protocol.col.intervals", r -> String.valueOf(r.intervals()));
        intervals.setId("col-intervals");
        intervals.setOnEditCommit(e -> commitWeek(e.getRowValue(), e.getNewValue(), null));
        TableColumn<WeekRow, String> percent = column("protocol.col.percent", r -> Units.plain(r.highPercent()));
        percent.setId("col-percent");
        percent.setOnEditCommit(e -> commitWeek(e.getRowValue(), null, e.getNewValue()));
        TableColumn<WeekRow, String> length = column("protocol.col.length", r -> Fields.minutesSeconds(r.sessionSeconds()));
        length.setEditable(false);
        table.getColumns().setAll(java.util.List.of(week, intervals, percent, length));
        return table;
    }

    private TableColumn<WeekRow, String> column(String key, java.util.function.Function<WeekRow, String> value) {
        TableColumn<WeekRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(TextFieldTableCell.forTableColumn(new DefaultStringConverter()));
        c.setSortable(false);
        return c;
    }

    private void commitWeek(WeekRow row, String intervalsText, String percentText) {
        var intervals = intervalsText == null ? java.util.Optional.of(row.intervals()) : Fields.parseInt(intervalsText);
        var percent = percentText == null ? java.util.Optional.of(row.highPercent()) : Fields.parseDecimal(percentText);
        if (intervals.isEmpty() || percent.isEmpty()) {
            report(new Outcome.Rejected(messages.get("protocol.notNumber", row.week())));
            table.refresh();
            return;
        }
        Outcome outcome = model.editWeek(row.week(), intervals.get(), percent.get(), false);
        if (outcome instanceof Outcome.NeedsAcceptance n
                && Fields.acceptWarnings(table.getScene().getWindow(), messages, n.warnings())) {
            outcome = model.editWeek(row.week(), intervals.get(), percent.get(), true);
        }
        report(outcome);
        table.refresh();
    }

    private Node weekButtons() {
        Button add = button("protocol.addWeek", Feather.PLUS, () -> report(model.addWeek()));
        Button remove = button("protocol.removeWeek", Feather.MINUS, () -> report(model.removeLastWeek()));
        Button reset = button("protocol.reset", Feather.REFRESH_CCW, () -> {
            if (Fields.confirm(table.getScene().getWindow(), messages, messages.get("protocol.reset.confirm"))) {
                report(model.resetToTemplate());
            }
        });
        return new HBox(8, add, remove, reset);
    }

    private Button button(String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows a rejected edit under the table; clears it after a successful one. */
    void report(Outcome outcome) {
        problem.setText(outcome instanceof Outcome.Rejected r ? r.message() : "");
    }

}
