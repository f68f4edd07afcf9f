package org.hiitplanner.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.Screen;
import org.hiitplanner.ui.common.StudyDocument;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's content: menu bar, tool bar, side bar of screens, the current screen and a status bar. */
public final class MainView {
    private final MainViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox side = new VBox(4);
    private final Menu recentMenu;
    private final Menu viewMenu;
    private Menu fileMenu;
    private HBox statusBox;
    private final Runnable quit;
    private List<Screen> screens = List.of();
    private final java.util.Map<String, Node> built = new java.util.HashMap<>();
    private final List<MenuItem> viewExtras = new java.util.ArrayList<>();

    public MainView(MainViewModel model, Messages messages, Runnable quit) {
        this.model = model;
        this.messages = messages;
        this.quit = quit;
        this.recentMenu = new Menu(messages.get("menu.file.recent"));
        this.viewMenu = new Menu(messages.get("menu.view"));
        side.getStyleClass().add("side-bar");
        side.setPadding(new Insets(12, 8, 12, 8));
        side.setPrefWidth(215);
        side.setMinWidth(150);
        content.getStyleClass().add("screen-area");
        root.setTop(new VBox(menuBar(), toolBar(), readOnlyBanner()));
        root.setLeft(side);
        root.setCenter(content);
        root.setBottom(statusBar());
        model.recentFiles().files().addListener((ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
    }

    public Parent root() {
        return root;
    }

    /**
     * Shown while another program has the study open for writing: who, where, since when, and Take over…; the
     * file is followed every two seconds (a saved change there is read again here).
     */
    private Node readOnlyBanner() {
        var doc = model.document();
        Label text = new Label();
        text.setId("readOnlyBanner");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> doc.readOnlyProperty().get().isEmpty() ? ""
                : messages.get("lock.readOnly", doc.file() == null ? "" : doc.file().getFileName(),
                doc.readOnlyProperty().get()), doc.readOnlyProperty(), doc.fileProperty()));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button takeOver = new Button(messages.get("lock.takeOver"));
        takeOver.setId("takeOver");
        takeOver.setOnAction(e -> model.takeOver());
        HBox banner = new HBox(12, text, takeOver);
        banner.getStyleClass().add("read-only-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 12, 6, 12));
        banner.visibleProperty().bind(doc.readOnlyProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        javafx.animation.Timeline follow = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(2), e -> model.followFile()));
        follow.setCycleCount(javafx.animation.Animation.INDEFINITE);
        follow.play();
        return banner;
    }

    /** Puts the screens in the side bar; the first is shown. Ctrl+1… switch between them. */
    public void setScreens(List<Screen> newScreens) {
        this.screens = List.copyOf(newScreens);
        built.clear();
        side.getChildren().clear();
        nav.getToggles().clear();
        for (int i = 0; i < screens.size(); i++) {
            Screen s = screens.get(i);
            ToggleButton b = new ToggleButton(s.title(), new FontIcon(s.icon()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("nav-button");
            b.setTooltip(new Tooltip(s.title() + " (Ctrl+" + (i + 1) + ")"));
            b.setOnAction(e -> show(s.id()));
            side.getChildren().add(b);
        }
        fillViewMenu(viewMenu);
        if (!screens.isEmpty()) {
            show(screens.get(0).id());
        }
    }

    /** Shows the screen with this id. */
    public void show(String id) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).id().equals(id)) {
                Screen s = screens.get(i);
                content.getChildren().setAll(built.computeIfAbsent(s.id(), k -> s.content().get()));
                ((ToggleButton) side.getChildren().get(i)).setSelected(true);
                return;
            }
        }
    }

    private MenuBar menuBar() {
        StudyDocument doc = model.document();
        Menu file = new Menu(messages.get("menu.file"));
        fileMenu = file;
        file.getItems().addAll(
                item("menu.file.new", Feather.FILE_PLUS, "Shortcut+N", model::newStudy),
                item("menu.file.open", Feather.FOLDER, "Shortcut+O", model::open),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu.file.save", Feather.SAVE, "Shortcut+S", model::save),
                item("menu.file.saveAs", null, "Shortcut+Shift+S", model::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.quit", Feather.LOG_OUT, "Shortcut+Q", quit));
        MenuItem undo = item("menu.edit.undo", Feather.ROTATE_CCW, "Shortcut+Z", model::undo);
        undo.disableProperty().bind(doc.canUndoProperty().not());
        undo.textProperty().bind(Bindings.createStringBinding(() -> doc.undoTextProperty().get().isEmpty()
                ? messages.get("menu.edit.undo") : messages.get("menu.edit.undoWhat", doc.undoTextProperty().get()),
                doc.undoTextProperty()));
        MenuItem redo = item("menu.edit.redo", Feather.ROTATE_CW, "Shortcut+Shift+Z", model::redo);
        redo.disableProperty().bind(doc.canRedoProperty().not());
        redo.textProperty().bind(Bindings.createStringBinding(() -> doc.redoTextProperty().get().isEmpty()
                ? messages.get("menu.edit.redo") : messages.get("menu.edit.redoWhat", doc.redoTextProperty().get()),
                doc.redoTextProperty()));
        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(undo, redo);
        MenuBar bar = new MenuBar(file, edit, viewMenu);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void fillViewMenu(Menu view) {
        view.getItems().clear();
        for (int i = 0; i < screens.size() && i < 9; i++) {
            Screen s = screens.get(i);
            MenuItem m = new MenuItem(s.title(), new FontIcon(s.icon()));
            m.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)),
                    KeyCombination.SHORTCUT_DOWN));
            m.setOnAction(e -> show(s.id()));
            view.getItems().add(m);
        }
        view.getItems().addAll(viewExtras);
    }

    /** Items after the screens in View (the themes). */
    public void addViewItems(List<MenuItem> items) {
        viewExtras.addAll(items);
        fillViewMenu(viewMenu);
    }

    private MenuItem item(String key, Ikon icon, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(messages.get(key), icon == null ? null : new FontIcon(icon));
        m.setId(key.replace('.', '-'));
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : model.recentFiles().files()) {
            MenuItem m = new MenuItem(String.valueOf(p.getFileName()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> model.openRecent(p));
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private ToolBar toolBar() {
        StudyDocument doc = model.document();
        Button undo = tool(Feather.ROTATE_CCW, "menu.edit.undo", model::undo);
        undo.disableProperty().bind(doc.canUndoProperty().not());
        Button redo = tool(Feather.ROTATE_CW, "menu.edit.redo", model::redo);
        redo.disableProperty().bind(doc.canRedoProperty().not());
        return new ToolBar(tool(Feather.FILE_PLUS, "menu.file.new", model::newStudy),
                tool(Feather.FOLDER, "menu.file.open", model::open),
                tool(Feather.SAVE, "menu.file.save", model::save), undo, redo);
    }

    private Button tool(Ikon icon, String key, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId("tool-" + key.replace('.', '-'));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setPrefWidth(120);
        progress.visibleProperty().bind(model.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, status, grow, progress);
        statusBox = bar;
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    /** Adds File → Print… (Ctrl+P) and File → Export… (Ctrl+E) after Save as. */
    public void addOutputCommands(Runnable print, Runnable export) {
        int at = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "menu-file-saveAs".equals(i.getId())).findFirst().orElseThrow()) + 1;
        fileMenu.getItems().addAll(at, List.of(new SeparatorMenuItem(),
                item("menu.file.print", Feather.PRINTER, "Shortcut+P", print),
                item("menu.file.export", Feather.SHARE, "Shortcut+E", export)));
    }

    /** Shows a running export in the status bar, with its progress and a Cancel button. */
    public void showExports(javafx.beans.value.ObservableBooleanValue running,
                            javafx.beans.value.ObservableDoubleValue progress,
                            javafx.beans.value.ObservableStringValue message, Runnable cancel) {
        Label what = new Label();
        what.textProperty().bind(message);
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.setPrefWidth(160);
        bar.progressProperty().bind(progress);
        Button stop = new Button(messages.get("export.cancel"));
        stop.setId("export-cancel");
        stop.getStyleClass().add("small");
        stop.setOnAction(e -> cancel.run());
        HBox box = new HBox(8, what, bar, stop);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(running);
        box.managedProperty().bind(running);
        statusBox.getChildren().add(box);
    }

    /** Adds File › Study settings… (Ctrl+,) before Quit, and the Help menu: User guide (F1) and About. */
    public void addSettingsAndHelp(Runnable settings, Runnable guide, Runnable about) {
        int quitAt = fileMenu.getItems().indexOf(fileMenu.getItems().stream()
                .filter(i -> "menu-file-quit".equals(i.getId())).findFirst().orElseThrow());
        fileMenu.getItems().addAll(quitAt, List.of(item("menu.file.settings", Feather.SLIDERS, "Shortcut+Comma",
                settings), new SeparatorMenuItem()));
        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().addAll(item("menu.help.guide", Feather.HELP_CIRCLE, "F1", guide),
                item("menu.help.about", Feather.INFO, null, about));
        ((MenuBar) ((VBox) root.getTop()).getChildren().get(0)).getMenus().add(help);
    }

    /** Lets other screens navigate, e.g. from a warning to where it is fixed. */
    public Consumer<String> navigator() {
        return this::show;
    }
}
