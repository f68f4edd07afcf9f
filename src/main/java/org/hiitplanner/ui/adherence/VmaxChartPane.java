package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.ui.adherence.VmaxTimeline.TimePoint;
import org.hiitplanner.ui.common.Messages;

/**
 * Vmax at each step-test time point: the chosen group's mean with ± SD bars (series 0, a thick line in app.css) and
 * the chosen animal's tests (series 1, thin and dashed). The y axis covers every bar.
 */
final class VmaxChartPane {
    private final TrendsViewModel model;
    private final Messages messages;
    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final ErrorBarChart chart = new ErrorBarChart(x, y);
    private final Label empty = new Label();
    private final VBox root;

    VmaxChartPane(TrendsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        x.setLabel(messages.get("adherence.vmax.x"));
        y.setLabel(messages.get("adherence.vmax.y"));
        y.setAutoRanging(false);
        chart.setId("adherence-vmax-chart");
        chart.setAnimated(false);
        chart.setPrefHeight(320);
        chart.setMinHeight(240);
        chart.setPadding(new Insets(8, 16, 8, 8));
        ComboBox<String> group = new ComboBox<>(model.vmaxGroups());
        group.setId("adherence-vmax-group");
        group.valueProperty().bindBidirectional(model.vmaxGroupProperty());
        ComboBox<String> animal = new ComboBox<>(model.vmaxAnimals());
        animal.setId("adherence-vmax-animal");
        animal.valueProperty().bindBidirectional(model.vmaxAnimalProperty());
        empty.getStyleClass().add("text-muted");
        HBox controls = new HBox(8, new Label(messages.get("adherence.vmax.group")), group,
                new Label(messages.get("adherence.vmax.animal")), animal, empty);
        controls.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, controls, chart);
        model.vmaxTrendProperty().addListener((o, a, t) -> render(t));
        render(model.vmaxTrendProperty().get());
    }

    Node root() {
        return root;
    }

    private void render(VmaxTrend trend) {
        List<String> labels = trend.points().stream().map(VmaxChartPane::label).toList();
        x.getCategories().setAll(labels);
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        if (trend.group() != null) {
            series.add(meanSeries(trend, labels));
        }
        if (trend.animal() != null) {
            series.add(animalSeries(trend, labels));
        }
        chart.getData().setAll(series);
        tooltips(series, trend);
        setRange(trend);
        empty.setText(trend.points().isEmpty() ? messages.get("adherence.vmax.empty") : "");
    }

    private static String label(TimePoint p) {
        return p.first().toString();
    }

    private XYChart.Series<String, Number> meanSeries(VmaxTrend trend, List<String> labels) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(messages.get("adherence.vmax.mean", trend.group()));
        for (int i = 0; i < labels.size(); i++) {
            MeanSd m = trend.stats().get(i);
            if (m != null) {
                s.getData().add(new XYChart.Data<>(labels.get(i), m.mean(), m));
            }
        }
        return s;
    }

    private XYChart.Series<String, Number> animalSeries(VmaxTrend trend, List<String> labels) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(trend.animal());
        for (int i = 0; i < labels.size(); i++) {
            VmaxInForce v = trend.animalTests().get(i);
            if (v != null) {
                s.getData().add(new XYChart.Data<>(labels.get(i), v.vmax(), v));
            }
        }
        return s;
    }

    /** A tooltip on every point. */
    private void tooltips(List<XYChart.Series<String, Number>> series, VmaxTrend trend) {
        for (XYChart.Series<String, Number> s : series) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(pointText(trend, d)));
                }
            }
        }
    }

    private String pointText(VmaxTrend trend, XYChart.Data<String, Number> d) {
        if (d.getExtraValue() instanceof MeanSd m) {
            return m.sd() == null ? messages.get("adherence.vmax.point.single", trend.group(), d.getXValue(),
                    m.mean().toPlainString())
                    : messages.get("adherence.vmax.point.mean", trend.group(), d.getXValue(), m.mean().toPlainString(),
                    m.sd().toPlainString(), m.n());
        }
        VmaxInForce v = (VmaxInForce) d.getExtraValue();
        return messages.get("adherence.vmax.point.animal", trend.animal(), v.testDate().toString(),
                Units.vmax(v.vmax()));
    }

    /** From a multiple of 5 below the lowest bar or test to one above the highest. */
    private void setRange(VmaxTrend trend) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (MeanSd m : trend.stats()) {
            if (m != null) {
                BigDecimal sd = m.sd() == null ? BigDecimal.ZERO : m.sd();
                lo = Math.min(lo, m.mean().subtract(sd).doubleValue());
                hi = Math.max(hi, m.mean().add(sd).doubleValue());
            }
        }
        for (VmaxInForce v : trend.animalTests()) {
            if (v != null) {
                lo = Math.min(lo, v.vmax().doubleValue());
                hi = Math.max(hi, v.vmax().doubleValue());
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 50;
        }
        y.setLowerBound(Math.floor((lo - 1) / 5) * 5);
        y.setUpperBound(Math.ceil((hi + 1) / 5) * 5);
        y.setTickUnit(5);
    }
}
