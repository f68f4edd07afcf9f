package org.hiitplanner.ui.animals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.controls.CustomTextField;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OrphanGuard;
import org.hiitplanner.ui.common.SearchFields;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Groups & animals screen: the groups table on top, the animals below with search, group filter, add,
 * import from CSV, exclude, re-include and remove. Every change is one undoable edit of the study.
 */
public final class AnimalsView {
    private final AnimalsViewModel model;
    private final Messages messages;
    private final GroupsPane groups;
    private final AnimalTable table;
    private final CsvImport csvImport;
    private final CustomTextField search = new CustomTextField();
    private final VBox root;

    public AnimalsView(AnimalsViewModel model, Messages messages, TaskRunner background) {
        this.model = model;
        this.messages = messages;
        model.setOrphanConfirm(OrphanGuard.dialog(this::window, messages));
        this.groups = new GroupsPane(model, messages);
        this.table = new AnimalTable(model, messages, this::removeSelected);
        this.csvImport = new CsvImport(model, messages, background);
        VBox.setVgrow(table.control(), Priority.ALWAYS);
        root = new VBox(10, heading("animals.groups"), groups.root(), animalsHeader(), filters(), table.control(),
                messageRow());
        VBox.setMargin(root.getChildren().get(2), new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(20));
        root.setId("animals");
        root.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                e.consume();
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Replaces the system file dialog of the CSV import, e.g. by a fixed file in a test. */
    void setCsvChooser(Function<Window, Optional<Path>> chooser) {
        csvImport.setChooser(chooser);
    }

    private Label heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private Node animalsHeader() {
        Button add = button("animals.add", Feather.PLUS, this::addAnimal);
        Button importCsv = button("animals.import", Feather.UPLOAD, () -> csvImport.start(window()));
        importCsv.disableProperty().bind(csvImport.readingProperty());
        importCsv.setTooltip(new Tooltip(messages.get("animals.import.tooltip")));
        Button exclude = button("animals.exclude", Feather.SLASH, this::excludeSelected);
        Button include = button("animals.include", Feather.CORNER_UP_LEFT, this::includeSelected);
        Button remove = button("animals.remove", Feather.TRASH_2, this::removeSelected);
        var selection = table.control().getSelectionModel().selectedItemProperty();
        exclude.disableProperty().bind(selection.isNull());
        remove.disableProperty().bind(selection.isNull());
        include.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selection.get() == null || !selection.get().excluded(), selection));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(8, heading("animals.animals"), spacer, add, importCsv, exclude, include, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node filters() {
        SearchFields.setUp(search, "animals-search", messages.get("animals.search.prompt.short"),
                messages.get("animals.search.prompt"), messages.get("animals.search.tooltip"), model.searchProperty());
        search.setPrefColumnCount(22);
        search.setMinWidth(180);
        ComboBox<GroupChoice> group = new ComboBox<>(model.groupChoices());
        group.setId("animals-group-filter");
        group.setConverter(groupChoiceConverter());
        group.valueProperty().bindBidirectional(model.groupFilterProperty());
        group.setMinWidth(150);
        Label summary = new Label();
        summary.setId("animals-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, search, group, summary, readingIndicator());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node readingIndicator() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label text = new Label(messages.get("animals.import.reading"));
        Hyperlink cancel = new Hyperlink(messages.get("animals.import.cancel"));
        cancel.setOnAction(e -> csvImport.cancel());
        HBox box = new HBox(6, spinner, text, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(csvImport.readingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private StringConverter<GroupChoice> groupChoiceConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(GroupChoice c) {
                return c == null || c.all() ? messages.get("animals.filter.all") : c.group();
            }

            @Override
            public GroupChoice fromString(String text) {
                return model.groupChoices().stream().filter(c -> toString(c).equals(text)).findFirst()
                        .orElse(GroupChoice.ALL);
            }
        };
    }

    private Node messageRow() {
        Label problem = new Label();
        problem.setId("animals-problem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.textProperty().bind(model.animalProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label notice = new Label();
        notice.setId("animals-notice");
        notice.getStyleClass().add("success");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.managedProperty().bind(notice.textProperty().isNotEmpty());
        return new VBox(4, problem, notice);
    }

    private Button button(String key, Feather icon, Runnable action) {
        Button b = new Button(messages.get(key), new FontIcon(icon));
        b.setId(key.replace('.', '-'));
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void addAnimal() {
        AnimalDialog.ask(window(), model, messages, model.groupForNewAnimal()).ifPresent(a -> {
            if (model.addAnimal(a.id(), a.group(), a.sex(), a.birthDate(), a.treadmill()).isEmpty()) {
                table.select(a.id());
            }
        });
    }

    private void excludeSelected() {
        AnimalRow row = table.selected();
        if (row != null) {
            Optional<Exclusion> exclusion = ExclusionDialog.ask(window(), model, messages, row);
            exclusion.ifPresent(e -> model.exclude(row.id(), e.from(), e.reason()));
        }
    }

    private void includeSelected() {
        AnimalRow row = table.selected();
        if (row != null && row.excluded()) {
            model.include(row.id());
        }
    }

    private void removeSelected() {
        AnimalRow row = table.selected();
        if (row != null && confirmRemove(row.id())) {
            model.removeAnimal(row.id());
        }
    }

    private boolean confirmRemove(String id) {
        ButtonType removeType = new ButtonType(messages.get("animals.remove.ok", id), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, model.removeQuestion(id), removeType, ButtonType.CANCEL);
        a.initOwner(window());
        a.setTitle(messages.get("animals.remove.title"));
        a.setHeaderText(messages.get("animals.remove.header", id));
        a.getDialogPane().lookupButton(removeType).setId("animals-remove-ok");
        return a.showAndWait().filter(b -> b == removeType).isPresent();
    }
}
