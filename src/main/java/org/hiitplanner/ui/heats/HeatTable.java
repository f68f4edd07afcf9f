package org.hiitplanner.ui.heats;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.ui.common.Messages;

/** The heats of one plan as a tree: each heat with its belt speeds, and under it its animals lane by lane. */
final class HeatTable {
    private static final double ROW = 26;
    /** Two header rows (high speed: own, run) and the borders. */
    private static final double HEADER = 74;
    private final Messages messages;
    private final TreeTableView<HeatLine> table = new TreeTableView<>(new TreeItem<>());

    HeatTable(String id, Messages messages) {
        this.messages = messages;
        table.setId(id);
        table.getStyleClass().addAll("heats-table", Styles.DENSE);
        table.setShowRoot(false);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TreeTableRow<>() {
            @Override
            protected void updateItem(HeatLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("heats-heat-row", "heats-outside-row");
                if (!empty && line != null && (line.heat() || line.outside())) {
                    getStyleClass().add(line.heat() ? "heats-heat-row" : "heats-outside-row");
                }
            }
        });
        table.getColumns().setAll(List.of(
                column("heats-col-heat", "heats.col.heat", HeatLine::title, 80, false),
                column("heats-col-time", "heats.col.time", HeatLine::time, 115, false),
                parent("heats.col.beltSpeeds",
                        column("heats-col-belt-warmup", "heats.col.warmUp", l -> l.belt(0), 80, true),
                        column("heats-col-belt-high", "heats.col.beltHigh", l -> l.belt(1), 60, true),
                        column("heats-col-belt-low", "heats.col.low", l -> l.belt(2), 60, true),
                        column("heats-col-belt-cooldown", "heats.col.coolDown", l -> l.belt(3), 90, true)),
                column("heats-col-lane", "heats.col.lane", HeatLine::lane, 50, true),
                column("heats-col-animal", "heats.col.animal", HeatLine::animal, 70, false),
                column("heats-col-group", "heats.col.group", HeatLine::group, 90, false),
                parent("heats.col.high", column("heats-col-own", "heats.col.own", HeatLine::own, 60, true),
                        column("heats-col-run", "heats.col.run", HeatLine::run, 60, true)),
                parent("heats.col.deviationOf", column("heats-col-deviation", "heats.col.deviation",
                        HeatLine::deviation, 65, true),
                        column("heats-col-percent", "heats.col.percent", HeatLine::percent, 70, true))));
        table.setPlaceholder(new javafx.scene.control.Label(messages.get("heats.empty")));
    }

    private TreeTableColumn<HeatLine, String> column(String id, String key, Function<HeatLine, String> f,
                                                     double width, boolean number) {
        TreeTableColumn<HeatLine, String> c = new TreeTableColumn<>(messages.get(key));
        c.setId(id);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? ""
                : f.apply(d.getValue().getValue())));
        if (number) {
            c.getStyleClass().add("heats-number");
        }
        return c;
    }

    @SafeVarargs
    private TreeTableColumn<HeatLine, String> parent(String key, TreeTableColumn<HeatLine, String>... children) {
        TreeTableColumn<HeatLine, String> c = new TreeTableColumn<>(messages.get(key));
        c.setReorderable(false);
        c.getColumns().setAll(children);
        return c;
    }

    /** Shows a plan (or nothing); the table is as high as its rows. */
    void show(HeatPlan plan) {
        TreeItem<HeatLine> root = table.getRoot();
        root.getChildren().clear();
        int rows = 0;
        if (plan != null) {
            for (List<HeatLine> lines : HeatLine.of(plan, messages)) {
                TreeItem<HeatLine> heat = new TreeItem<>(lines.get(0));
                heat.setExpanded(true);
                lines.subList(1, lines.size()).forEach(l -> heat.getChildren().add(new TreeItem<>(l)));
                root.getChildren().add(heat);
                rows += lines.size();
            }
        }
        double height = Math.max(rows, 2) * ROW + HEADER;
        table.setPrefHeight(height);
        table.setMinHeight(height);
    }

    TreeTableView<HeatLine> view() {
        return table;
    }
}
