package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.DayTexts;

import org.hiitplanner.ui.common.DayStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.DaySheet.TreadmillDay;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One day's run sheet: a date with training-day navigation, and who runs, grouped by treadmill. */
final class DaySchedulePane {
    /** As in app.css for {@code #schedule-day-table .column-header .label}. */
    private static final double HEADER_FONT_SIZE = 12;

    /** A row of the day table: a treadmill heading, or one animal's session on it. */
    sealed interface Row permits TreadmillRow, SessionRow {
    }

    record TreadmillRow(TreadmillDay day) implements Row {
    }

    record SessionRow(PlannedSession session) implements Row {
    }

    private final ScheduleViewModel model;
    private final Messages messages;
    private final TreeTableView<Row> table = new TreeTableView<>(new TreeItem<>());
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label placeholder = new Label();
    private final VBox root;

    DaySchedulePane(ScheduleViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        title.setId("schedule-day-title");
        title.getStyleClass().add("title-3");
        status.setId("schedule-day-status");
        status.setWrapText(true);
        HBox heading = new HBox(16, title, status);
        heading.setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        Label detail = SessionCells.detailLabel("schedule-day-detail");
        detail.textProperty().bind(table.getSelectionModel().selectedItemProperty().map(item -> SessionCells.detail(
                item.getValue() instanceof SessionRow r ? r.session() : null, messages)).orElse(""));
        root = new VBox(10, navigation(), heading, table(), detail, SessionCells.legend(messages));
        root.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("schedule-day-pane");
        model.dayProperty().addListener((o, a, d) -> render(d));
        render(model.dayProperty().get());
    }

    Node root() {
        return root;
    }

    private Node navigation() {
        Button previous = button("schedule.day.previous", Feather.CHEVRON_LEFT, model::previousDay);
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        Button next = button("schedule.day.next", Feather.CHEVRON_RIGHT, model::nextDay);
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.disableProperty().bind(model.hasNextProperty().not());
        Button today = button("schedule.day.today", Feather.CALENDAR, model::today);
        DatePicker picker = IsoDates.picker("schedule-date");
        picker.setPrefWidth(150);
        picker.setValue(model.dateProperty().get());
        picker.valueProperty().addListener((o, a, d) -> {
            if (d != null) {
                model.dateProperty().set(d);
            }
        });
        model.dateProperty().addListener((o, a, d) -> picker.setValue(d));
        HBox box = new HBox(8, previous, picker, next, today);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Button button(String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void render(DaySheet d) {
        LocalDate date = d.date();
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale());
        title.setText(messages.get("schedule.day.title", weekday, date.toString()));
        String what = DayTexts.what(d, weekday, messages);
        status.setText(DayTexts.status(d, weekday, messages));
        placeholder.setText(d.status() == DayStatus.SESSIONS ? "" : what);
        TreeItem<Row> rootItem = table.getRoot();
        rootItem.getChildren().clear();
        for (TreadmillDay t : d.treadmills()) {
            TreeItem<Row> group = new TreeItem<>(new TreadmillRow(t));
            group.setExpanded(true);
            t.sessions().forEach(s -> group.getChildren().add(new TreeItem<>(new SessionRow(s))));
            rootItem.getChildren().add(group);
        }
    }

    private TreeTableView<Row> table() {
        table.setId("schedule-day-table");
        table.getStyleClass().addAll("schedule-table", Styles.DENSE);
        table.setShowRoot(false);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("treadmill-row");
                SessionCells.styleRow(getStyleClass(), !empty && row instanceof SessionRow s ? s.session() : null);
                if (!empty && row instanceof TreadmillRow) {
                    getStyleClass().add("treadmill-row");
                }
            }
        });
        table.getColumns().setAll(List.of(animalColumn(), groupColumn(), speedColumns(),
                number("schedule.col.intervals", 44, s -> String.valueOf(s.prescription().intervals())),
                number("schedule.col.total", 58, s -> SessionCells.time(s.prescription().totalSeconds())),
                warningsColumn()));
        SessionCells.fillWithLast(table, table.getVisibleLeafColumns(), 60);
        model.unitProperty().addListener(o -> table.refresh());
        return table;
    }

    /** The tree column: the treadmill on a heading row, else the animal with a mark for a warning or no Vmax. */
    private TreeTableColumn<Row, Row> animalColumn() {
        TreeTableColumn<Row, Row> c = new TreeTableColumn<>(messages.get("schedule.col.animal"));
        c.setId("day-col-animal");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                setContentDisplay(ContentDisplay.RIGHT);
                setGraphicTextGap(8);
                PlannedSession s = !empty && row instanceof SessionRow r ? r.session() : null;
                setText(empty || row == null ? null : s == null ? ((TreadmillRow) row).day().treadmill().name()
                        : s.animalId());
                setGraphic(s == null ? null : SessionCells.icon(s, messages));
                setTooltip(!empty && row instanceof TreadmillRow t ? new Tooltip(treadmillInfo(t.day())) : null);
            }
        });
        fixed(c, 100);
        return c;
    }

    private String treadmillInfo(TreadmillDay day) {
        Treadmill t = day.treadmill();
        return messages.get("schedule.day.treadmill", t.name(), day.sessions().size()) + "\n"
                + messages.get("schedule.day.treadmillInfo", t.lanes(), messages.get("schedule.belt." + t.belt().name()),
                t.minSpeed().toPlainString(), t.maxSpeed().toPlainString());
    }

    /** The group of an animal; on a treadmill's heading row, how many animals run on it. */
    private TreeTableColumn<Row, String> groupColumn() {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(messages.get("schedule.col.group"));
        c.setId("day-col-group");
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() instanceof TreadmillRow t
                ? messages.get("schedule.day.animals", t.day().sessions().size())
                : ((SessionRow) d.getValue().getValue()).session().group()));
        fixed(c, 100);
        return c;
    }

    /** Vmax and the four speeds under one heading that names the unit; the high speed in big type. */
    private TreeTableColumn<Row, String> speedColumns() {
        TreeTableColumn<Row, String> speeds = new TreeTableColumn<>();
        bindUnitHeader(speeds, "schedule.col.speeds");
        TreeTableColumn<Row, String> high = speed("schedule.col.high", 90, Prescription::highSpeed);
        high.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                if (!getStyleClass().contains("big-speed")) {
                    getStyleClass().add("big-speed");
                }
            }
        });
        speeds.getColumns().setAll(List.of(
                number("schedule.col.vmaxShort", 62, s -> s.vmax() == null ? "—" : model.speed(s.vmax().vmax())),
                speed("schedule.col.warmUp", 56, Prescription::warmUpSpeed), high,
                speed("schedule.col.low", 56, Prescription::lowSpeed),
                speed("schedule.col.coolDown", 56, Prescription::coolDownSpeed)));
        speeds.setReorderable(false);
        return speeds;
    }

    private TreeTableColumn<Row, String> speed(String key, double width, Function<Prescription, BigDecimal> speed) {
        return number(key, width, s -> model.speed(speed.apply(s.prescription())));
    }

    private void bindUnitHeader(TreeTableColumn<Row, ?> c, String key) {
        c.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(key, messages.get("schedule.unit." + model.unitProperty().get().name())),
                model.unitProperty()));
    }

    private TreeTableColumn<Row, String> number(String key, double width, Function<PlannedSession, String> value) {
        TreeTableColumn<Row, String> c = column(key, width, value);
        c.getStyleClass().add("number");
        return c;
    }

    private TreeTableColumn<Row, String> column(String key, double width, Function<PlannedSession, String> value) {
        TreeTableColumn<Row, String> c = new TreeTableColumn<>(messages.get(key));
        c.setId("day-col-" + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(
                d.getValue().getValue() instanceof SessionRow s ? value.apply(s.session()) : ""));
        fixed(c, width);
        return c;
    }

    private TreeTableColumn<Row, Row> warningsColumn() {
        TreeTableColumn<Row, Row> c = new TreeTableColumn<>(messages.get("schedule.col.warnings"));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getValue()));
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                PlannedSession s = !empty && row instanceof SessionRow r ? r.session() : null;
                setText(s == null ? null : SessionCells.warnings(s));
                setTooltip(SessionCells.tooltip(s));
            }
        });
        fixed(c, 0);
        return c;
    }

    private static void fixed(TreeTableColumn<Row, ?> c, double width) {
        double fit = SessionCells.fit(c.getText(), width, HEADER_FONT_SIZE);
        c.setPrefWidth(fit);
        c.setMinWidth(fit);
        c.setSortable(false);
        c.setReorderable(false);
    }
}
