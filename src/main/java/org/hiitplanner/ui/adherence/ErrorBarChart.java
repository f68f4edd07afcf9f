package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;

import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;

/**
 * A line chart whose points may carry a standard deviation (a {@link MeanSd} as the data's extra value): each such
 * point gets a vertical bar from mean − SD to mean + SD with short caps, drawn under the lines and symbols.
 */
final class ErrorBarChart extends LineChart<String, Number> {
    private static final double CAP = 5;
    private final Path bars = new Path();

    ErrorBarChart(Axis<String> x, Axis<Number> y) {
        super(x, y);
        bars.getStyleClass().add("adherence-error-bar");
        bars.setManaged(false);
        getPlotChildren().add(bars);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        bars.getElements().clear();
        for (XYChart.Series<String, Number> s : getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getExtraValue() instanceof MeanSd m && m.sd() != null) {
                    addBar(d.getXValue(), m.mean(), m.sd());
                }
            }
        }
    }

    private void addBar(String category, BigDecimal mean, BigDecimal sd) {
        double x = getXAxis().getDisplayPosition(category);
        double top = getYAxis().getDisplayPosition(mean.add(sd));
        double bottom = getYAxis().getDisplayPosition(mean.subtract(sd));
        bars.getElements().addAll(new MoveTo(x, top), new LineTo(x, bottom),
                new MoveTo(x - CAP, top), new LineTo(x + CAP, top),
                new MoveTo(x - CAP, bottom), new LineTo(x + CAP, bottom));
    }
}
