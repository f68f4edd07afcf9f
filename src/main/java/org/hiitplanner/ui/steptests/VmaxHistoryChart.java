package org.hiitplanner.ui.steptests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.DayAxis;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.steptests.VmaxChartData.Line;
import org.hiitplanner.ui.steptests.VmaxChartData.Point;

/**
 * Vmax against date: one thick line per tested group (the mean), and the animals of the chosen group as thin lines.
 * The x axis counts days (epoch days) and is labelled with yyyy-mm-dd dates.
 */
final class VmaxHistoryChart {
    private static final int PALETTE = 8;
    private final StepTestsViewModel model;
    private final Messages messages;
    private final NumberAxis x;
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart;
    private final FlowPane legend = new FlowPane(14, 4);
    private final Label empty = new Label();
    private final VBox root;

    VmaxHistoryChart(StepTestsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        x = DayAxis.create(messages.get("steptests.chart.date"));
        chart = new LineChart<>(x, y);
        y.setLabel(messages.get("steptests.chart.vmax"));
        y.setForceZeroInRange(false);
        chart.setId("steptests-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefHeight(340);
        chart.setMinHeight(240);
        chart.setPadding(new javafx.geometry.Insets(8, 44, 8, 8));
        ComboBox<String> group = new ComboBox<>(model.testedGroups());
        group.setId("steptests-chart-group");
        group.valueProperty().bindBidirectional(model.chartGroupProperty());
        empty.getStyleClass().add("text-muted");
        HBox controls = new HBox(10, new Label(messages.get("steptests.chart.group")), group, empty);
        controls.setAlignment(Pos.CENTER_LEFT);
        legend.setId("steptests-chart-legend");
        root = new VBox(8, controls, chart, legend);
        model.chartProperty().addListener((o, a, data) -> render(data, model.chartGroupProperty().get()));
        render(model.chartProperty().get(), model.chartGroupProperty().get());
    }

    Node root() {
        return root;
    }

    private void render(VmaxChartData data, String group) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        data.means().forEach(l -> series.add(series(messages.get("steptests.chart.mean", l.name()), l)));
        data.animals().forEach(l -> series.add(series(l.name(), l)));
        chart.getData().setAll(series);
        setRange(data.dates());
        for (int i = 0; i < series.size(); i++) {
            boolean mean = i < data.means().size();
            style(series.get(i), mean ? "steptests-mean-" + (i % PALETTE) : "steptests-individual");
        }
        empty.setText(data.dates().isEmpty() ? messages.get("steptests.chart.empty") : "");
        fillLegend(data, group);
    }

    private static XYChart.Series<Number, Number> series(String name, Line line) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (Point p : line.points()) {
            s.getData().add(new XYChart.Data<>(p.date().toEpochDay(), p.vmax()));
        }
        return s;
    }

    /** Marks the line and its symbols with a class of app.css, and gives each symbol a tooltip. */
    private void style(XYChart.Series<Number, Number> s, String styleClass) {
        if (s.getNode() != null) {
            s.getNode().getStyleClass().add(styleClass);
        }
        for (XYChart.Data<Number, Number> d : s.getData()) {
            if (d.getNode() != null) {
                d.getNode().getStyleClass().add(styleClass);
                Tooltip.install(d.getNode(), new Tooltip(messages.get("steptests.chart.point", s.getName(),
                        LocalDate.ofEpochDay(d.getXValue().longValue()).toString(), d.getYValue().toString())));
            }
        }
    }

    /** Ticks on the first test day and every week (or more weeks for a long study) from it, one tick of margin. */
    private void setRange(List<LocalDate> dates) {
        LocalDate day = model.dayProperty().get();
        LocalDate first = !dates.isEmpty() ? dates.get(0) : day == null ? LocalDate.ofEpochDay(0) : day;
        DayAxis.setRange(x, first, dates.isEmpty() ? first : dates.get(dates.size() - 1));
    }

    private void fillLegend(VmaxChartData data, String group) {
        legend.getChildren().clear();
        for (int i = 0; i < data.means().size(); i++) {
            legend.getChildren().add(legendItem(messages.get("steptests.chart.mean", data.means().get(i).name()),
                    "steptests-mean-" + (i % PALETTE)));
        }
        if (group != null && !data.animals().isEmpty()) {
            legend.getChildren().add(legendItem(messages.get("steptests.chart.animals", group,
                    String.valueOf(data.animals().size())), "steptests-individual"));
        }
    }

    /** A legend entry: a short stroke styled like its line (app.css), and the text. */
    private static Label legendItem(String text, String styleClass) {
        javafx.scene.shape.Line swatch = new javafx.scene.shape.Line(0, 0, 18, 0);
        swatch.getStyleClass().addAll("chart-series-line", styleClass);
        Label l = new Label(text, swatch);
        l.getStyleClass().add("steptests-legend-item");
        return l;
    }
}
