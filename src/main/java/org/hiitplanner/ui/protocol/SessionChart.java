package org.hiitplanner.ui.protocol;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.schedule.PlannedPhase;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Profile;

/** Speed against time of one session, as the treadmill runs it, for a chosen animal and week. */
final class SessionChart {
    private final Messages messages;
    private final LineChart<Number, Number> chart;
    private final Label caption = new Label();
    private final VBox root;

    SessionChart(ProtocolViewModel model, Messages messages) {
        this.messages = messages;
        NumberAxis x = new NumberAxis();
        x.setLabel(messages.get("chart.minutes"));
        NumberAxis y = new NumberAxis();
        y.setLabel(messages.get("chart.speed"));
        chart = new LineChart<>(x, y);
        chart.setId("session-chart");
        chart.setCreateSymbols(false);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setMinHeight(220);
        ComboBox<String> animal = new ComboBox<>(model.animals());
        animal.setId("chart-animal");
        animal.valueProperty().bindBidirectional(model.chartAnimalProperty());
        Spinner<Integer> week = new Spinner<>(1, 104, model.chartWeekProperty().get());
        week.setId("chart-week");
        week.setPrefWidth(80);
        week.valueProperty().addListener((o, a, b) -> model.chartWeekProperty().set(b));
        model.chartWeekProperty().addListener((o, a, b) -> week.getValueFactory().setValue(b.intValue()));
        caption.setId("chart-caption");
        HBox controls = new HBox(10, new Label(messages.get("chart.animal")), animal,
                new Label(messages.get("chart.week")), week, caption);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        root = new VBox(8, controls, chart);
        model.profileProperty().addListener((o, a, p) -> render(p));
        render(model.profileProperty().get());
    }

    Node root() {
        return root;
    }

    private void render(Profile p) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        if (p == null || p.vmax() == null) {
            caption.setText(p == null || p.animalId() == null ? messages.get("chart.noAnimal")
                    : messages.get("chart.noVmax", p.animalId()));
            chart.getData().setAll(java.util.List.of());
            return;
        }
        for (PlannedPhase ph : p.phases()) {
            if (ph.seconds() == 0) {
                continue;
            }
            series.getData().add(new XYChart.Data<>(ph.startSecond() / 60.0, ph.speed()));
            series.getData().add(new XYChart.Data<>((ph.startSecond() + ph.seconds()) / 60.0, ph.speed()));
        }
        caption.setText(messages.get("chart.caption", p.animalId(), p.week(), Units.vmax(p.vmax())));
        chart.getData().setAll(java.util.List.of(series));
    }
}
