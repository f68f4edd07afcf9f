package org.hiitplanner.ui.settings;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The study settings as one scrolling column of sections (it fits a 1024×700 window): each text field is saved on
 * Enter or when it loses focus, and shows its message in red under itself while its text is refused.
 */
public final class SettingsView {
    private static final java.util.Set<String> TEXTS = java.util.Set.of("title", "investigator", "species", "strain");
    private final SettingsViewModel model;
    private final Messages messages;
    private final ScrollPane root;

    public SettingsView(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        Label header = new Label(messages.get("settings.header"));
        header.setWrapText(true);
        header.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(14, header, studySection(), blindingSection(), bandsSection(), limitsSection(),
                welfareSection(), heatsSection());
        box.setStyle("-fx-padding: 4 16 12 4;");
        root = new ScrollPane(box);
        root.setId("settings-pane");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setPrefViewportWidth(600);
        root.setPrefViewportHeight(480);
    }

    public ScrollPane root() {
        return root;
    }

    private Node studySection() {
        GridPane grid = grid();
        int row = 0;
        for (String name : new String[] {"title", "investigator", "species", "strain"}) {
            row = text(grid, row, name);
        }
        ComboBox<Sex> sex = new ComboBox<>(FXCollections.observableArrayList(Sex.values()));
        sex.setId("settings-sex");
        sex.setConverter(names("sex."));
        sex.valueProperty().bindBidirectional(model.sexProperty());
        grid.addRow(row, label("settings.sex", sex), sex);
        grid.add(problem("settings-choice-problem", model.choiceProblemProperty()), 1, row + 1);
        return section("settings.section.study", null, grid);
    }

    private Node blindingSection() {
        CheckBox blinded = new CheckBox(messages.get("settings.blinded"));
        blinded.setId("settings-blinded");
        blinded.setWrapText(true);
        blinded.selectedProperty().bindBidirectional(model.blindedProperty());
        return section("settings.section.blinding", null, blinded);
    }

    private Node bandsSection() {
        GridPane grid = grid();
        text(grid, text(grid, 0, "green"), "yellow");
        return section("settings.section.bands", "settings.section.bands.help", grid);
    }

    private Node limitsSection() {
        GridPane grid = grid();
        int row = 0;
        for (String name : new String[] {"minIntervals", "maxIntervals", "minPercent", "maxPercent"}) {
            row = text(grid, row, name);
        }
        return section("settings.section.limits", "settings.section.limits.help", grid);
    }

    private Node welfareSection() {
        GridPane grid = grid();
        text(grid, text(grid, 0, "stimulusLimit"), "weightLoss");
        return section("settings.section.welfare", null, grid);
    }

    private Node heatsSection() {
        HeatSettingsModel heats = model.heats();
        GridPane grid = grid();
        TextField tolerance = Fields.committing("settings-tolerance", 8, f -> heats.commitTolerance());
        tolerance.textProperty().bindBidirectional(heats.toleranceProperty());
        tolerance.setPromptText(messages.get("heats.settings.tolerance.prompt"));
        danger(tolerance, heats.toleranceProblemProperty());
        grid.addRow(0, label("settings.tolerance", tolerance), tolerance);
        grid.add(problem("settings-tolerance-problem", heats.toleranceProblemProperty()), 1, 1);
        ComboBox<RunOrder> order = new ComboBox<>(FXCollections.observableArrayList(RunOrder.values()));
        order.setId("settings-order");
        order.setConverter(names("heats.order."));
        order.valueProperty().bindBidirectional(heats.orderProperty());
        grid.addRow(2, label("heats.settings.order", order), order);
        TextField seed = Fields.committing("settings-seed", 10, f -> heats.commitSeed());
        seed.textProperty().bindBidirectional(heats.seedProperty());
        danger(seed, heats.seedProblemProperty());
        Button newSeed = new Button(messages.get("heats.settings.seed.new"), new FontIcon(Feather.SHUFFLE));
        newSeed.setId("settings-seed-new");
        newSeed.setOnAction(e -> heats.newSeed());
        grid.addRow(3, label("heats.settings.seed", seed), new VBox(6, seed, newSeed));
        grid.add(problem("settings-seed-problem", heats.seedProblemProperty()), 1, 4);
        return section("settings.section.heats", "heats.settings.tolerance.help", grid);
    }

    /** A label, the field and, under the field, its message; returns the next free row. */
    private int text(GridPane grid, int row, String name) {
        SettingField field = model.field(name);
        TextField f = Fields.committing("settings-" + name, 20, x -> model.commit(field));
        if (!TEXTS.contains(name)) {
            f.setMaxWidth(140);
        }
        f.textProperty().bindBidirectional(field.textProperty());
        danger(f, field.problemProperty());
        grid.addRow(row, label("settings." + name, f), f);
        grid.add(problem("settings-" + name + "-problem", field.problemProperty()), 1, row + 1);
        return row + 2;
    }

    private static void danger(Control field, ObservableValue<String> problem) {
        problem.addListener((o, was, now) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }

    private Node section(String titleKey, String helpKey, Node content) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(6, title);
        if (helpKey != null) {
            Label help = new Label(messages.get(helpKey));
            help.setWrapText(true);
            help.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            box.getChildren().add(help);
        }
        box.getChildren().add(content);
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private Label label(String key, Control field) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label problem(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("a choice, not typed");
            }
        };
    }
}
