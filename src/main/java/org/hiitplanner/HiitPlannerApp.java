package org.hiitplanner;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DemoStudies;
import org.hiitplanner.cli.Cli;
import org.hiitplanner.cli.VersionProvider;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.storage.Migrations;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.ui.adherence.AdherenceView;
import org.hiitplanner.ui.adherence.AdherenceViewModel;
import org.hiitplanner.ui.animals.AnimalsView;
import org.hiitplanner.ui.animals.AnimalsViewModel;
import org.hiitplanner.ui.audit.AuditView;
import org.hiitplanner.ui.audit.AuditViewModel;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.ExportRunner;
import org.hiitplanner.ui.heats.HeatsView;
import org.hiitplanner.ui.heats.HeatsViewModel;
import org.hiitplanner.ui.export.OutputCommands;
import org.hiitplanner.ui.common.DialogPrompts;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.DayOnScreen;
import org.hiitplanner.ui.common.Screen;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.common.ThemeChoice;
import org.hiitplanner.ui.main.MainView;
import org.hiitplanner.ui.main.MainViewModel;
import org.hiitplanner.ui.overview.OverviewView;
import org.hiitplanner.ui.overview.OverviewViewModel;
import org.hiitplanner.ui.protocol.ProtocolView;
import org.hiitplanner.ui.protocol.ProtocolViewModel;
import org.hiitplanner.ui.help.HelpCommands;
import org.hiitplanner.ui.schedule.ScheduleView;
import org.hiitplanner.ui.settings.SettingsDialog;
import org.hiitplanner.ui.settings.SettingsViewModel;
import org.hiitplanner.ui.schedule.ScheduleViewModel;
import org.hiitplanner.ui.steptests.StepTestsView;
import org.hiitplanner.ui.steptests.StepTestsViewModel;
import org.hiitplanner.ui.today.RecordWriter;
import org.hiitplanner.ui.today.TodayView;
import org.hiitplanner.ui.today.TodayViewModel;
import org.hiitplanner.ui.today.WelfareFlagTexts;
import org.kordamp.ikonli.feather.Feather;

/** The composition root: builds every service with {@code new} and wires the window. */
public class HiitPlannerApp extends Application {
    private Workspace workspace;

    /** Everything the window is made of; tests build one without launching the application. */
    public record Workspace(Stage stage, StudyDocument document, MainViewModel model, MainView view,
                            Background background) {
    }

    /** The command line over the same services as the window. */
    public static Cli commandLine() {
        return new Cli(new StudyStore(), new ScheduleEngine(), new StudyValidator());
    }

    /** Builds the whole window on {@code stage} with the fixed demo study in memory; does not show it. */
    public static Workspace workspace(Stage stage, Clock clock, RecentFiles recent, OperatorName operator,
                                      Locale locale) {
        return workspace(stage, clock, recent, operator, locale, DemoStudy.create());
    }

    /**
     * Builds the whole window on {@code stage} with {@code first} in memory (not saved); does not show it. On
     * start that is the demo in progress on today ({@link DemoStudies#inProgress}).
     */
    public static Workspace workspace(Stage stage, Clock clock, RecentFiles recent, OperatorName operator,
                                      Locale locale, Study first) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(locale);
        StudyStore store = new StudyStore(Migrations.standard(), clock);
        ScheduleEngine engine = new ScheduleEngine();
        StudyValidator validator = new StudyValidator();
        Background background = new Background();
        DerivedStudies derived = new DerivedStudies(engine);
        StudyDocument document = new StudyDocument(first, null, clock, operator::name);
        document.setPlanner(s -> derived.of(s).schedule().sessions());
        MainViewModel model = new MainViewModel(document, store, background, recent, messages, clock);
        MainView view = new MainView(model, messages, () -> requestClose(stage, model));
        model.setPrompts(new DialogPrompts(stage, messages));
        model.setOperator(operator::name);
        DayOnScreen dayOnScreen = new DayOnScreen(clock);
        view.setScreens(List.of(
                new Screen("overview", messages.get("screen.overview"), Feather.HOME, () -> new OverviewView(
                        new OverviewViewModel(document, derived, background, validator, messages, clock), messages,
                        view.navigator()).root()),
                new Screen("today", messages.get("screen.today"), Feather.CHECK_SQUARE, () -> {
                    TodayViewModel today = new TodayViewModel(document, derived, background, clock, messages, operator,
                            RecordWriter.of(document), model::saveAs, new WelfareFlagTexts(clock));
                    return shownDay(dayOnScreen, new TodayView(today, messages).root(), today.dateProperty());
                }),
                new Screen("protocol", messages.get("screen.protocol"), Feather.ACTIVITY,
                        () -> new ProtocolView(new ProtocolViewModel(document, clock), messages).root()),
                new Screen("animals", messages.get("screen.animals"), Feather.USERS,
                        () -> new AnimalsView(new AnimalsViewModel(document, messages), messages, background).root()),
                new Screen("steptests", messages.get("screen.steptests"), Feather.TRENDING_UP,
                        () -> new StepTestsView(new StepTestsViewModel(document, clock, messages, operator),
                                messages).root()),
                new Screen("schedules", messages.get("screen.schedules"), Feather.CALENDAR,
                        () -> {
                            ScheduleViewModel schedules = new ScheduleViewModel(document, derived, background, clock);
                            return shownDay(dayOnScreen, new ScheduleView(schedules, messages).root(),
                                    schedules.dateProperty());
                        }),
                new Screen("adherence", messages.get("screen.adherence"), Feather.PIE_CHART,
                        () -> new AdherenceView(new AdherenceViewModel(document, derived, background, clock), messages)
                                .root()),
                new Screen("audit", messages.get("screen.audit"), Feather.SHIELD,
                        () -> new AuditView(new AuditViewModel(document, derived, background, clock, messages,
                                new ExportRunner(background, messages), new PdfExporter(engine)), messages).root()),
                new Screen("heats", messages.get("screen.heats"), Feather.GRID,
                        () -> new HeatsView(new HeatsViewModel(document, derived, background, clock, messages,
                                new SecureRandom()::nextLong)).root())));
        wireOutput(stage, document, model, view, messages, engine, background, clock, dayOnScreen);
        wireSettingsAndHelp(stage, document, view, messages, store.schemaVersion());
        showOn(stage, view, document, model);
        return new Workspace(stage, document, model, view, background);
    }

    /** The window's scene, size limits, title and close handling. */
    private static void showOn(Stage stage, MainView view, StudyDocument document, MainViewModel model) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        scene.getStylesheets().add(HiitPlannerApp.class.getResource("ui/app.css").toExternalForm());
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Y"), document::redo);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(Math.min(1000, screen.getWidth()));
        stage.setMinHeight(Math.min(680, screen.getHeight()));
        stage.setOnCloseRequest(e -> {
            e.consume();
            requestClose(stage, model);
        });
    }

    /** A screen whose date becomes the day Print and Export open on while it is shown. */
    private static javafx.scene.Node shownDay(DayOnScreen dayOnScreen, javafx.scene.Node root,
                                              javafx.beans.value.ObservableValue<java.time.LocalDate> date) {
        dayOnScreen.follow(root, date);
        return root;
    }

    /** File → Print… and File → Export…, with progress and cancel in the status bar. */
    private static void wireOutput(Stage stage, StudyDocument document, MainViewModel model, MainView view,
                                   Messages messages, ScheduleEngine engine, Background background, Clock clock,
                                   DayOnScreen dayOnScreen) {
        OutputCommands output = new OutputCommands(stage, document, messages, engine, background, clock,
                model.statusProperty()::set, dayOnScreen::day);
        ExportRunner runner = output.runner();
        view.showExports(runner.runningProperty(), runner.progressProperty(), runner.messageProperty(), runner::cancel);
        view.addOutputCommands(output::print, output::export);
    }

    /** File › Study settings… (built when first opened), Help › User guide (F1) and Help › About. */
    private static void wireSettingsAndHelp(Stage stage, StudyDocument document, MainView view, Messages messages,
                                            int schemaVersion) {
        SettingsDialog[] settings = new SettingsDialog[1];
        HelpCommands help = new HelpCommands(stage, messages, VersionProvider.version(), schemaVersion,
                document::file);
        view.addSettingsAndHelp(() -> {
            if (settings[0] == null) {
                settings[0] = new SettingsDialog(stage, new SettingsViewModel(document, messages,
                        new SecureRandom()::nextLong), messages);
            }
            settings[0].show();
        }, help::guide, help::about);
    }

    private static void requestClose(Stage stage, MainViewModel model) {
        model.whenChangesAreSafe(() -> {
            model.releaseFile();
            stage.close();
        });
    }

    @Override
    public void start(Stage stage) {
        reportStartup("start() entered");
        Preferences prefs = Preferences.userRoot().node("org/hiitplanner");
        RecentFiles recent = new RecentFiles(prefs);
        Clock clock = Clock.systemDefaultZone();
        workspace = workspace(stage, clock, recent, new OperatorName(prefs), Locale.getDefault(),
                DemoStudies.inProgress(LocalDate.now(clock)));
        ThemeChoice theme = new ThemeChoice(prefs);
        workspace.view().addViewItems(theme.menuItems(new Messages(Locale.getDefault())));
        theme.applyTo(workspace.view().root(), Application::setUserAgentStylesheet);
        reportStartup("workspace built");
        stage.setOnShown(e -> {
            reportStartup("first window shown");
            if (Boolean.getBoolean("hiit.exitAfterShown")) {
                javafx.animation.PauseTransition paint = new javafx.animation.PauseTransition(
                        javafx.util.Duration.seconds(1));
                paint.setOnFinished(done -> Platform.exit());
                paint.play();
            }
        });
        String screen = System.getProperty("hiit.screen");
        if (screen != null) {
            workspace.view().show(screen);
        }
        stage.show();
        Platform.runLater(() -> openInitial(recent));
    }

    private void openInitial(RecentFiles recent) {
        Path file = getParameters().getUnnamed().stream().filter(a -> a.endsWith(".json")).map(Path::of)
                .findFirst().orElse(copyOf(getParameters().getNamed().get("copy-of")));
        if (file == null && !recent.isFirstStart() && !recent.files().isEmpty()
                && Files.isRegularFile(recent.files().get(0))) {
            file = recent.files().get(0);
        }
        recent.markStarted();
        if (file != null) {
            workspace.model().load(file);
        } else {
            workspace.model().statusProperty().set(new Messages(Locale.getDefault()).get("status.demo"));
        }
    }

    /** {@code --copy-of=FILE}: a fresh copy of FILE in the temporary folder, so that FILE itself never changes. */
    private static Path copyOf(String source) {
        if (source == null) {
            return null;
        }
        try {
            return WorkingCopy.of(Path.of(source), Path.of(System.getProperty("java.io.tmpdir")));
        } catch (java.io.IOException e) {
            System.err.println(e.getMessage());
            return null;
        }
    }

    private static void reportStartup(String what) {
        if (Boolean.getBoolean("hiit.startupTiming")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup: " + what + " " + ms + " ms after JVM start");
        }
    }

    @Override
    public void stop() {
        if (workspace != null) {
            workspace.background().close();
        }
        Platform.exit();
    }
}
