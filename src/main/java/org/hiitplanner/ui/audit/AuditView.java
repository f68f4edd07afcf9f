package org.hiitplanner.ui.audit;

import java.io.File;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import atlantafx.base.controls.CustomTextField;
import org.hiitplanner.ui.common.IsoDates;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.SearchFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The audit-trail screen: the chain banner, the filters and the count, the table of entries, the selected entry in
 * full, and the CSV and PDF exports of what is listed. Ctrl+F goes to the search field.
 */
public final class AuditView {
    private final AuditViewModel model;
    private final Messages messages;
    private final AuditTable table;
    private final CustomTextField search = new CustomTextField();
    private final VBox root;

    public AuditView(AuditViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.table = new AuditTable(model, messages);
        SplitPane split = new SplitPane(table.control(), new AuditDetailPane(model.detail(), messages).root());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(10, header(), subtitle(), banner(), filters(), split, exportStatus());
        root.setPadding(new Insets(20));
        root.setId("audit");
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
        model.setExportTarget(this::chooseFile);
    }

    public Node root() {
        return root;
    }

    private Node header() {
        Label title = new Label(messages.get("audit.title"));
        title.getStyleClass().add("title-4");
        Button csv = button("audit.export.csv", Feather.FILE_TEXT, model::exportCsv);
        CheckBox excel = new CheckBox(messages.get("audit.export.excel"));
        excel.setId("audit-excel");
        excel.setTooltip(new Tooltip(messages.get("audit.export.excel.tooltip")));
        excel.selectedProperty().bindBidirectional(model.excelProperty());
        excel.setMinWidth(Region.USE_PREF_SIZE);
        Button pdf = button("audit.export.pdf", Feather.PRINTER, model::exportPdf);
        csv.disableProperty().bind(model.exportingProperty());
        pdf.disableProperty().bind(model.exportingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, title, spacer, csv, excel, pdf);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node subtitle() {
        Label text = new Label(messages.get("audit.subtitle"));
        text.getStyleClass().add("text-muted");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        return text;
    }

    private Node banner() {
        FontIcon icon = new FontIcon();
        Label text = new Label();
        text.setId("audit-banner-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.textProperty().bind(model.bannerProperty());
        Hyperlink show = new Hyperlink(messages.get("audit.broken.show"));
        show.setId("audit-show-problem");
        show.setOnAction(e -> model.showProblem());
        show.visibleProperty().bind(model.intactProperty().not());
        show.managedProperty().bind(show.visibleProperty());
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox box = new HBox(10, icon, text, show);
        box.setId("audit-banner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("audit-banner");
        Runnable style = () -> {
            boolean ok = model.intactProperty().get();
            box.getStyleClass().removeAll("intact", "broken");
            box.getStyleClass().add(ok ? "intact" : "broken");
            icon.setIconCode(ok ? Feather.SHIELD : Feather.ALERT_OCTAGON);
        };
        model.intactProperty().addListener((o, a, b) -> style.run());
        style.run();
        return box;
    }

    private Node filters() {
        setUpSearch();
        ComboBox<String> operator = choice("audit-operator", model.operators(), model.operatorProperty().get(),
                s -> s.isEmpty() ? messages.get("audit.operator.all") : s);
        operator.valueProperty().bindBidirectional(model.operatorProperty());
        ComboBox<String> category = choice("audit-category", model.categories(), model.categoryProperty().get(),
                model::categoryLabel);
        category.valueProperty().bindBidirectional(model.categoryProperty());
        DatePicker from = datePicker("audit-from", model.fromProperty());
        DatePicker to = datePicker("audit-to", model.toProperty());
        Button clear = new Button(null, new FontIcon(Feather.X));
        clear.setId("audit-clear");
        clear.setTooltip(new Tooltip(messages.get("audit.clear")));
        clear.setAccessibleText(messages.get("audit.clear"));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clearFilters());
        Label count = new Label();
        count.setId("audit-count");
        count.getStyleClass().add("text-muted");
        count.textProperty().bind(model.countProperty());
        count.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, search, operator, category, fixed(new Label(messages.get("audit.from"))), from,
                fixed(new Label(messages.get("audit.to"))), to, clear, spacer, count);
        box.setMinWidth(0);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void setUpSearch() {
        SearchFields.setUp(search, "audit-search", messages.get("audit.search.prompt"),
                messages.get("audit.search.prompt"), messages.get("audit.search.tooltip"), model.textProperty());
        search.setPrefColumnCount(16);
        search.setMinWidth(150);
        HBox.setHgrow(search, Priority.SOMETIMES);
    }

    private static DatePicker datePicker(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker p = IsoDates.picker(id);
        p.valueProperty().bindBidirectional(value);
        p.setPrefWidth(142);
        p.setMinWidth(Region.USE_PREF_SIZE);
        return p;
    }

    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static ComboBox<String> choice(String id, javafx.collections.ObservableList<String> items, String value,
                                           java.util.function.Function<String, String> label) {
        ComboBox<String> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : label.apply(s);
            }

            @Override
            public String fromString(String text) {
                return items.stream().filter(s -> label.apply(s).equals(text)).findFirst().orElse("");
            }
        });
        box.setValue(value);
        box.setPrefWidth(150);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private Node exportStatus() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label running = new Label();
        running.textProperty().bind(model.exportMessageProperty());
        Hyperlink cancel = new Hyperlink(messages.get("export.cancel"));
        cancel.setOnAction(e -> model.cancelExport());
        HBox busy = new HBox(6, spinner, running, cancel);
        busy.setAlignment(Pos.CENTER_LEFT);
        busy.visibleProperty().bind(model.exportingProperty());
        busy.managedProperty().bind(busy.visibleProperty());
        Label notice = message("audit-notice", "success");
        notice.textProperty().bind(model.noticeProperty());
        Label problem = message("audit-problem", "danger");
        problem.textProperty().bind(model.problemProperty());
        VBox box = new VBox(4, busy, notice, problem);
        box.managedProperty().bind(busy.visibleProperty().or(notice.managedProperty())
                .or(problem.managedProperty()));
        return box;
    }

    private static Label message(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private Button button(String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(key.replace('.', '-'));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Optional<java.nio.file.Path> chooseFile(String suggestedName) {
        String extension = suggestedName.substring(suggestedName.lastIndexOf('.') + 1);
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("audit.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("audit.export.filter." + extension), "*." + extension));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
