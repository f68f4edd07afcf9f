package org.hiitplanner.ui.schedule;

import org.hiitplanner.ui.common.SpeedUnit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.Screen;
import org.kordamp.ikonli.feather.Feather;

/**
 * Shows the schedules screen in the main window over the demo study, for looking at it (not a test).
 * Arguments: width height [day] [problems] [cm|km] [YYYY-MM-DD] [Rnn] [end] [search]; "problems" adds a rat without step
 * test (R29) and a 33 m/min treadmill, so that warning and no-Vmax rows appear; "end" scrolls to the last session.
 */
public class ScheduleScreenDemo extends Application {
    private static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        HiitPlannerApp.Workspace ws = HiitPlannerApp.workspace(stage, TUESDAY_WEEK_2, new RecentFiles(null),
                new OperatorName(null),
                Locale.ENGLISH);
        if (args.contains("problems")) {
            ws.document().edit("problems", ScheduleScreenDemo::withProblems);
        }
        Messages messages = new Messages(Locale.ENGLISH);
        ScheduleViewModel model = new ScheduleViewModel(ws.document(), new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), ws.background(),
                TUESDAY_WEEK_2);
        ScheduleView view = new ScheduleView(model, messages);
        ws.view().setScreens(List.of(
                new Screen("overview", messages.get("screen.overview"), Feather.HOME, Pane::new),
                new Screen("schedules", messages.get("screen.schedules"), Feather.CALENDAR, view::root)));
        ws.view().show("schedules");
        view.showDay(args.contains("day"));
        apply(args, model, stage);
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(args.get(0)));
        stage.setHeight(Double.parseDouble(args.get(1)));
        stage.show();
    }

    private static Study withProblems(Study s) {
        List<Animal> animals = new ArrayList<>(s.animals());
        animals.add(Animal.of("R29", "HIIT", Sex.MALE));
        return s.withAnimals(animals).withTreadmills(List.of(new Treadmill("Exer-3 rat", 3, BeltType.SINGLE_BELT,
                BigDecimal.ZERO, new BigDecimal("33"), new BigDecimal("0.1"))));
    }

    private static void apply(List<String> args, ScheduleViewModel model, Stage stage) {
        if (args.contains("cm")) {
            model.unitProperty().set(SpeedUnit.CM_PER_S);
        } else if (args.contains("km")) {
            model.unitProperty().set(SpeedUnit.KM_PER_H);
        }
        args.stream().filter(a -> a.matches("\\d{4}-\\d{2}-\\d{2}")).findFirst()
                .ifPresent(d -> model.dateProperty().set(LocalDate.parse(d)));
        args.stream().filter(a -> a.matches("R\\d\\d")).findFirst()
                .ifPresent(id -> Platform.runLater(() -> model.selectedAnimalProperty().set(id)));
        if (args.contains("end")) {
            // after the first schedule is computed
            PauseTransition wait = new PauseTransition(Duration.seconds(2.5));
            wait.setOnFinished(e -> ((TableView<?>) stage.getScene().lookup("#schedule-animal-table")).scrollTo(39));
            wait.play();
        }
        if (args.contains("search")) {
            Platform.runLater(() -> ((ComboBox<?>) stage.getScene().lookup("#schedule-animal")).show());
        }
    }

    /** Starts the window; a class apart so that JavaFX starts from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ScheduleScreenDemo.class, args);
        }
    }
}
