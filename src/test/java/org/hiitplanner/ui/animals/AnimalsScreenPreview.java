package org.hiitplanner.ui.animals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.Screen;
import org.hiitplanner.ui.overview.OverviewView;
import org.hiitplanner.ui.overview.OverviewViewModel;
import org.kordamp.ikonli.feather.Feather;

/**
 * Not a test: shows the Groups & animals screen in the real main window over the demo study, for looking at it.
 * Arguments: width height [mode], mode one of main, selected, add, exclude, import, remove.
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.hiitplanner.ui.animals.AnimalsScreenPreview 1280 800
 * </pre>
 */
public final class AnimalsScreenPreview {
    private AnimalsScreenPreview() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            List<String> args = getParameters().getRaw();
            double w = Double.parseDouble(args.get(0));
            double h = Double.parseDouble(args.get(1));
            String mode = args.size() > 2 ? args.get(2) : "main";
            Clock clock = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
            Messages messages = new Messages(Locale.ENGLISH);
            HiitPlannerApp.Workspace ws = HiitPlannerApp.workspace(stage, clock, new RecentFiles(null),
                    new OperatorName(null), Locale.ENGLISH);
            AnimalsViewModel model = new AnimalsViewModel(ws.document(), messages);
            AnimalsView view = new AnimalsView(model, messages, ws.background());
            OverviewView overview = new OverviewView(new OverviewViewModel(ws.document(), new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()),
                    ws.background(), new StudyValidator(), messages, clock), messages, id -> { });
            ws.view().setScreens(List.of(
                    new Screen("overview", messages.get("screen.overview"), Feather.HOME, overview::root),
                    new Screen("animals", messages.get("screen.animals"), Feather.USERS, view::root)));
            ws.view().show("animals");
            model.exclude("R09", LocalDate.of(2026, 11, 20), "Refused to run after three step tests");
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.show();
            Platform.runLater(() -> act(mode, view));
        }

        private static void act(String mode, AnimalsView view) {
            try {
                switch (mode) {
                    case "add" -> ((javafx.scene.control.Button) view.root().lookup("#animals-add")).fire();
                    case "remove" -> {
                        ((javafx.scene.control.TableView<?>) view.root().lookup("#animals-table"))
                                .getSelectionModel().select(4);
                        ((javafx.scene.control.Button) view.root().lookup("#animals-remove")).fire();
                    }
                    case "exclude" -> {
                        ((javafx.scene.control.TableView<?>) view.root().lookup("#animals-table"))
                                .getSelectionModel().select(14);
                        ((javafx.scene.control.Button) view.root().lookup("#animals-exclude")).fire();
                    }
                    case "import" -> {
                        Path csv = Files.createTempFile("new-rats", ".csv");
                        Files.writeString(csv, "id;group;sex;birth date\nR29;HIIT;m;2026-09-01\nR30;HIT;f;\n"
                                + "R31;T2D;x;2026-09-01\nR05;CON;m;\nR32;CON;f;2026-31-01\nR33;CON\n"
                                + "R34;T2D+HIIT;female;2026-09-03\n");
                        view.setCsvChooser(owner -> java.util.Optional.of(csv));
                        ((javafx.scene.control.Button) view.root().lookup("#animals-import")).fire();
                    }
                    case "selected" -> ((javafx.scene.control.TableView<?>) view.root().lookup("#animals-table"))
                            .getSelectionModel().select(8);
                    default -> { }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
