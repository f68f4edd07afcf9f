package org.hiitplanner.ui.heats;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The study's heat settings: tolerance, run order and seed (with a New seed button), saved when committed. */
final class SettingsPane {
    private final HeatSettingsModel model;
    private final Messages messages;
    private final VBox root;

    SettingsPane(HeatSettingsModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label title = new Label(messages.get("heats.settings"));
        title.getStyleClass().add(Styles.TITLE_4);
        TextField tolerance = Fields.committing("heats-tolerance", 8, f -> model.commitTolerance());
        tolerance.textProperty().bindBidirectional(model.toleranceProperty());
        tolerance.setPromptText(messages.get("heats.settings.tolerance.prompt"));
        tolerance.setTooltip(new Tooltip(messages.get("heats.settings.tolerance.help")));
        ComboBox<RunOrder> order = new ComboBox<>(FXCollections.observableArrayList(RunOrder.values()));
        order.setId("heats-order");
        order.setConverter(Cells.names(messages, "heats.order."));
        order.valueProperty().bindBidirectional(model.orderProperty());
        TextField seed = Fields.committing("heats-seed", 10, f -> model.commitSeed());
        seed.textProperty().bindBidirectional(model.seedProperty());
        Button newSeed = new Button(messages.get("heats.settings.seed.new"), new FontIcon(Feather.SHUFFLE));
        newSeed.setId("heats-seed-new");
        newSeed.setOnAction(e -> model.newSeed());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        Label help = new Label(messages.get("heats.settings.tolerance.help"));
        help.getStyleClass().add(Styles.TEXT_MUTED);
        grid.addRow(0, label("heats.settings.tolerance", tolerance), tolerance, help);
        GridPane.setColumnSpan(help, 2);
        grid.add(problem("heats-tolerance-problem", model.toleranceProblemProperty()), 0, 1, 4, 1);
        grid.addRow(2, label("heats.settings.order", order), order);
        grid.addRow(3, label("heats.settings.seed", seed), seed, newSeed);
        grid.add(problem("heats-seed-problem", model.seedProblemProperty()), 0, 4, 4, 1);
        root = new VBox(6, title, grid);
        root.setId("heats-settings");
    }

    Node root() {
        return root;
    }

    private Label label(String key, Control field) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label problem(String id, javafx.beans.value.ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(360);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }
}
