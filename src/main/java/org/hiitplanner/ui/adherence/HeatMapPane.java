package org.hiitplanner.ui.adherence;

import java.time.LocalDate;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;

/** The heat map with its legend, or a line saying why there is nothing to show. */
final class HeatMapPane {
    private static final double SWATCH = 14;
    private final AdherenceViewModel model;
    private final Messages messages;
    private final HeatMapView map;
    private final Label empty = new Label();
    private final VBox root;

    HeatMapPane(AdherenceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.map = new HeatMapView(messages);
        empty.setId("adherence-heatmap-empty");
        empty.getStyleClass().add("text-muted");
        empty.managedProperty().bind(empty.visibleProperty());
        map.managedProperty().bind(map.visibleProperty());
        root = new VBox(8, legend(), empty, map);
        model.heatMapProperty().addListener((o, a, data) -> show(data));
        show(model.heatMapProperty().get());
    }

    Node root() {
        return root;
    }

    private void show(HeatMapData data) {
        map.setData(data);
        boolean nothing = data.rows().isEmpty() || data.columns().isEmpty();
        map.setVisible(!nothing);
        empty.setVisible(nothing);
        LocalDate asOf = model.asOfProperty().get();
        empty.setText(data.rows().isEmpty() ? messages.get("adherence.heat.noAnimals")
                : messages.get("adherence.heat.noSessions", asOf == null ? "" : asOf.toString()));
    }

    private Node legend() {
        FlowPane legend = new FlowPane(16, 4);
        legend.setId("adherence-heatmap-legend");
        legend.getChildren().addAll(item(new HeatCell(CellState.COMPLETED, 5, 5)),
                item(new HeatCell(CellState.PARTIAL, 2, 5)), item(new HeatCell(CellState.MISSED, 0, 5)),
                item(new HeatCell(CellState.EXCUSED, 0, 5)), item(new HeatCell(CellState.NOT_RECORDED, 0, 5)),
                item(HeatCell.NO_SESSION));
        return legend;
    }

    private Label item(HeatCell cell) {
        Canvas swatch = new Canvas(SWATCH, SWATCH);
        HeatCellPainter.paint(swatch.getGraphicsContext2D(), cell, 0, 0, SWATCH);
        Label l = new Label(messages.get("adherence.legend." + cell.state().name()), swatch);
        l.getStyleClass().add("adherence-legend-item");
        return l;
    }
}
