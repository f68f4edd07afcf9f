package org.hiitplanner.ui.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.hiitplanner.ui.adherence.WeightData.Weighing;
import org.hiitplanner.ui.common.DayAxis;
import org.hiitplanner.ui.common.Messages;

/** Body weight over time from the session records: every animal of a chosen group, or one chosen animal. */
final class WeightChartPane {
    private static final int MAX_LEGEND = 10;
    private final TrendsViewModel model;
    private final Messages messages;
    private final NumberAxis x;
    private final NumberAxis y = new NumberAxis();
    private final LineChart<Number, Number> chart;
    private final Label empty = new Label();
    private final VBox root;

    WeightChartPane(TrendsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        x = DayAxis.create(messages.get("adherence.weight.x"));
        chart = new LineChart<>(x, y);
        y.setLabel(messages.get("adherence.weight.y"));
        y.setForceZeroInRange(false);
        chart.setId("adherence-weight-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setPrefHeight(320);
        chart.setMinHeight(240);
        chart.setPadding(new Insets(8, 24, 8, 8));
        ComboBox<WeightSubject> subject = new ComboBox<>(model.weightSubjects());
        subject.setId("adherence-weight-subject");
        subject.setConverter(new SubjectText());
        subject.valueProperty().bindBidirectional(model.weightSubjectProperty());
        empty.getStyleClass().add("text-muted");
        HBox controls = new HBox(8, new Label(messages.get("adherence.weight.subject")), subject, empty);
        controls.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, controls, chart);
        model.weightLinesProperty().addListener((o, a, lines) -> render(lines));
        render(model.weightLinesProperty().get());
    }

    Node root() {
        return root;
    }

    private void render(List<WeightData.Line> lines) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (WeightData.Line line : lines) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(line.animalId());
            for (Weighing w : line.weighings()) {
                long day = w.date().toEpochDay();
                first = Math.min(first, day);
                last = Math.max(last, day);
                s.getData().add(new XYChart.Data<>(day, w.grams()));
            }
            series.add(s);
        }
        chart.getData().setAll(series);
        chart.setLegendVisible(series.size() > 1 && series.size() <= MAX_LEGEND);
        tooltips(series);
        LocalDate from = first > last ? LocalDate.now() : LocalDate.ofEpochDay(first);
        DayAxis.setRange(x, from, first > last ? from : LocalDate.ofEpochDay(last));
        empty.setText(lines.isEmpty() ? messages.get("adherence.weight.empty") : "");
    }

    private void tooltips(List<XYChart.Series<Number, Number>> series) {
        for (XYChart.Series<Number, Number> s : series) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(messages.get("adherence.weight.point", s.getName(),
                            LocalDate.ofEpochDay(d.getXValue().longValue()).toString(), d.getYValue().toString())));
                }
            }
        }
    }

    /** "Group HIIT" or the animal id. */
    private final class SubjectText extends StringConverter<WeightSubject> {
        @Override
        public String toString(WeightSubject s) {
            return s == null ? "" : s.group() ? messages.get("adherence.weight.group", s.name()) : s.name();
        }

        @Override
        public WeightSubject fromString(String s) {
            return model.weightSubjects().stream().filter(w -> toString(w).equals(s)).findFirst().orElse(null);
        }
    }
}
