package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.AnimalSummary;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.controlsfx.control.SearchableComboBox;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.ui.common.Messages;

/** One animal's whole schedule: a searchable choice of animal, every session in a table, and the totals. */
final class AnimalSchedulePane {
    /** As in app.css for {@code #schedule-animal-table}: a dense table, in slightly smaller type. */
    private static final double HEADER_FONT_SIZE = 12;
    private final ScheduleViewModel model;
    private final Messages messages;
    private final TableView<PlannedSession> table = new TableView<>();
    private final Label summary = new Label();
    private final VBox root;

    AnimalSchedulePane(ScheduleViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label label = new Label(messages.get("schedule.animal"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(10, label, animalChoice(), summary);
        top.setAlignment(Pos.CENTER_LEFT);
        summary.setId("schedule-animal-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(summary, Priority.ALWAYS);
        model.animalSummaryProperty().addListener((o, a, s) -> summary.setText(summaryText(s)));
        summary.setText(summaryText(model.animalSummaryProperty().get()));
        root = new VBox(10, top, table(), selectedWarnings(), SessionCells.legend(messages));
        root.setPadding(new Insets(12, 0, 0, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setId("schedule-animal-pane");
    }

    Node root() {
        return root;
    }

    private Node animalChoice() {
        SearchableComboBox<String> combo = new SearchableComboBox<>(model.animals());
        combo.setId("schedule-animal");
        combo.setPromptText(messages.get("schedule.animal.prompt"));
        combo.setPrefWidth(150);
        combo.setMinWidth(120);
        combo.valueProperty().bindBidirectional(model.selectedAnimalProperty());
        return combo;
    }

    /** The full warnings of the selected session, which may not fit in their column. */
    private Node selectedWarnings() {
        Label detail = SessionCells.detailLabel("schedule-animal-detail");
        detail.textProperty().bind(table.getSelectionModel().selectedItemProperty()
                .map(s -> SessionCells.detail(s, messages)).orElse(""));
        return detail;
    }

    private String summaryText(AnimalSummary s) {
        if (s.animal() == null) {
            return model.animals().isEmpty() ? messages.get("schedule.animal.none") : "";
        }
        return messages.get("schedule.animal.summary", s.animal(), s.group(), s.treadmill(), s.sessions(),
                s.distance(), s.withoutVmax(), s.withWarnings());
    }

    private TableView<PlannedSession> table() {
        table.setId("schedule-animal-table");
        table.getStyleClass().addAll("schedule-table", Styles.DENSE);
        table.setItems(model.animalSessions());
        table.setPlaceholder(new Label(messages.get("schedule.animal.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlannedSession s, boolean empty) {
                super.updateItem(s, empty);
                SessionCells.styleRow(getStyleClass(), empty ? null : s);
            }
        });
        table.getColumns().setAll(List.of(markColumn(), sessionColumns(), vmaxColumn(), speedColumns(),
                number("schedule.col.intervals", 44, s -> String.valueOf(s.prescription().intervals())),
                number("schedule.col.total", 58, s -> SessionCells.time(s.prescription().totalSeconds())),
                number("schedule.col.distance", 62, s -> plain(s.prescription().distanceMetres())),
                warningsColumn()));
        SessionCells.fillWithLast(table, table.getVisibleLeafColumns(), 90);
        model.unitProperty().addListener(o -> table.refresh());
        return table;
    }

    private TableColumn<PlannedSession, String> sessionColumns() {
        TableColumn<PlannedSession, String> session = new TableColumn<>(messages.get("schedule.col.session"));
        session.getColumns().setAll(List.of(
                column("schedule.col.date", 92, s -> s.date().toString()),
                column("schedule.col.weekday", 46, s -> SessionCells.weekday(s.date(), messages.locale())),
                number("schedule.col.week", 40, s -> String.valueOf(s.week())),
                number("schedule.col.number", 40, s -> String.valueOf(s.number()))));
        session.setReorderable(false);
        return session;
    }

    private TableColumn<PlannedSession, String> vmaxColumn() {
        TableColumn<PlannedSession, String> vmax = new TableColumn<>(messages.get("schedule.col.vmaxInForce"));
        TableColumn<PlannedSession, String> value = number("schedule.col.unit", 62,
                s -> s.vmax() == null ? "—" : model.speed(s.vmax().vmax()));
        value.textProperty().bind(unitHeader("schedule.col.unit"));
        vmax.getColumns().setAll(List.of(value,
                column("schedule.col.vmaxDate", 92, s -> s.vmax() == null ? "—" : s.vmax().testDate().toString())));
        vmax.setReorderable(false);
        return vmax;
    }

    private TableColumn<PlannedSession, String> speedColumns() {
        TableColumn<PlannedSession, String> speeds = new TableColumn<>();
        speeds.textProperty().bind(unitHeader("schedule.col.speeds"));
        speeds.getColumns().setAll(List.of(
                speed("schedule.col.warmUp", 56, Prescription::warmUpSpeed),
                speed("schedule.col.high", 56, Prescription::highSpeed),
                speed("schedule.col.low", 56, Prescription::lowSpeed),
                speed("schedule.col.coolDown", 56, Prescription::coolDownSpeed)));
        speeds.getColumns().get(1).getStyleClass().add("high-speed");
        speeds.setReorderable(false);
        return speeds;
    }

    private StringBinding unitHeader(String key) {
        return Bindings.createStringBinding(
                () -> messages.get(key, messages.get("schedule.unit." + model.unitProperty().get().name())),
                model.unitProperty());
    }

    private TableColumn<PlannedSession, String> speed(String key, double width,
                                                      Function<Prescription, BigDecimal> speed) {
        return number(key, width, s -> model.speed(speed.apply(s.prescription())));
    }

    private TableColumn<PlannedSession, String> number(String key, double width,
                                                       Function<PlannedSession, String> value) {
        TableColumn<PlannedSession, String> c = column(key, width, value);
        c.getStyleClass().add("number");
        return c;
    }

    private TableColumn<PlannedSession, String> column(String key, double width,
                                                       Function<PlannedSession, String> value) {
        TableColumn<PlannedSession, String> c = new TableColumn<>(messages.get(key));
        c.setId("col-" + key.substring(key.lastIndexOf('.') + 1));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        fixed(c, width);
        return c;
    }

    /** A narrow first column with an icon for sessions without Vmax or with warnings. */
    private TableColumn<PlannedSession, PlannedSession> markColumn() {
        TableColumn<PlannedSession, PlannedSession> c = new TableColumn<>();
        c.setId("col-mark");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PlannedSession s, boolean empty) {
                super.updateItem(s, empty);
                setGraphic(empty || s == null ? null : SessionCells.icon(s, messages));
                setTooltip(empty ? null : SessionCells.tooltip(s));
            }
        });
        fixed(c, 34);
        return c;
    }

    private TableColumn<PlannedSession, PlannedSession> warningsColumn() {
        TableColumn<PlannedSession, PlannedSession> c = new TableColumn<>(messages.get("schedule.col.warnings"));
        c.setId("col-warnings");
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PlannedSession s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : SessionCells.warnings(s));
                setTooltip(empty ? null : SessionCells.tooltip(s));
            }
        });
        fixed(c, 0);
        return c;
    }

    private static void fixed(TableColumn<PlannedSession, ?> c, double width) {
        double fit = SessionCells.fit(c.getText(), width, HEADER_FONT_SIZE);
        c.setPrefWidth(fit);
        c.setMinWidth(fit);
        c.setSortable(false);
        c.setReorderable(false);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
