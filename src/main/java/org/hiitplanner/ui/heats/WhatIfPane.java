package org.hiitplanner.ui.heats;


import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.heats.DayHeatsPane.PlanSummary;
import org.hiitplanner.ui.heats.WhatIfModel.Comparison;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The what-if: fields to try on the left; current and what-if side by side and the what-if heats on the right. */
final class WhatIfPane {
    /** A what-if figure that differs from the current one. */
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");
    private final WhatIfModel model;
    private final Messages messages;
    private final VBox tried = new VBox(6);
    private final HeatTable heats;
    private final ScrollPane root;

    WhatIfPane(WhatIfModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.heats = new HeatTable("heats-whatif-table", messages);
        Node table = comparison();
        HBox top = new HBox(24, form(), table);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox content = new VBox(16, top, tried);
        content.setPadding(new Insets(12, 0, 0, 0));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
        root.setId("heats-whatif");
        model.triedProperty().addListener((o, a, p) -> render(p));
        render(model.triedProperty().get());
    }

    Node root() {
        return root;
    }

    private Node form() {
        Label intro = new Label(messages.get("heats.whatif.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        ComboBox<String> base = combo("heats-whatif-base", model.treadmills());
        base.valueProperty().bindBidirectional(model.baseProperty());
        ComboBox<String> profile = combo("heats-whatif-profile", model.profiles());
        profile.valueProperty().bindBidirectional(model.profileProperty());
        ComboBox<BeltType> belt = new ComboBox<>(FXCollections.observableArrayList(BeltType.values()));
        belt.setId("heats-whatif-belt");
        belt.setConverter(Cells.names(messages, "heats.belt."));
        belt.valueProperty().bindBidirectional(model.beltProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        addRow(grid, 0, "heats.whatif.animalsOf", base);
        addRow(grid, 1, "heats.whatif.profile", profile);
        addRow(grid, 2, "heats.whatif.lanes", text("heats-whatif-lanes", model.lanesProperty()));
        addRow(grid, 3, "heats.whatif.belt", belt);
        addRow(grid, 4, "heats.whatif.changeover", text("heats-whatif-changeover", model.changeoverProperty()));
        addRow(grid, 5, "heats.whatif.tolerance", text("heats-whatif-tolerance", model.toleranceProperty()));
        Label problem = new Label();
        problem.setId("heats-whatif-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        VBox box = new VBox(12, intro, grid, problem, buttons());
        box.setPrefWidth(340);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    /** Apply (only when the what-if differs from the study) and Reset. */
    private Node buttons() {
        Button apply = new Button(messages.get("heats.whatif.apply"), new FontIcon(Feather.CHECK));
        apply.setId("heats-whatif-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(model.changedProperty().not());
        apply.setOnAction(e -> model.apply());
        Button reset = new Button(messages.get("heats.whatif.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("heats-whatif-reset");
        reset.disableProperty().bind(model.changedProperty().not());
        reset.setOnAction(e -> model.reset());
        HBox buttons = new HBox(8, apply, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        return c;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(8);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private void addRow(GridPane grid, int row, String key, Control field) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setPrefWidth(190);
        grid.addRow(row, label, field);
    }

    private Node comparison() {
        TableView<Comparison> table = new TableView<>(model.comparison());
        table.setId("heats-whatif-comparison");
        table.getStyleClass().add(Styles.DENSE);
        table.setFixedCellSize(28);
        table.setPrefHeight(28 * 9 + 36);
        table.setMinHeight(28 * 9 + 36);
        table.setMaxWidth(800);
        table.setMaxHeight(Region.USE_PREF_SIZE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Cells.text("heats-whatif-col-what", "", Comparison::label, 225));
        table.getColumns().add(Cells.text("heats-whatif-col-current", messages.get("heats.whatif.col.current"),
                Comparison::current, 250));
        TableColumn<Comparison, String> tried = Cells.text("heats-whatif-col-tried",
                messages.get("heats.whatif.col.tried"), Comparison::tried, 290);
        tried.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                Comparison row = empty || getTableRow() == null ? null : getTableRow().getItem();
                pseudoClassStateChanged(CHANGED, row != null && !row.current().equals(row.tried()));
            }
        });
        table.getColumns().add(tried);
        table.setPlaceholder(new Label(messages.get("heats.whatif.none")));
        return table;
    }

    private void render(HeatPlan plan) {
        tried.getChildren().clear();
        if (plan == null) {
            heats.show(null);
            return;
        }
        Label title = new Label(messages.get("heats.whatif.heats"));
        title.getStyleClass().add(Styles.TITLE_4);
        heats.show(plan);
        tried.getChildren().addAll(title, PlanSummary.summary("heats-whatif-summary", plan, messages),
                PlanSummary.warnings(plan, messages), heats.view());
    }
}
