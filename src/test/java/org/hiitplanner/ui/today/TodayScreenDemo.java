package org.hiitplanner.ui.today;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.hiitplanner.ui.common.Screen;
import org.kordamp.ikonli.feather.Feather;

/**
 * Shows the Today screen in the main window on Monday 2026-11-16 at 09:10 (week 1, session 1: five heats on
 * "Exer-3 rat"), for looking at it (not a test). Arguments: width height [STUDY.hiit.json] [records] [form]; without a
 * file the study is the demo in memory (the banner shows); "form" opens the record form of R18; "records" records
 * heat 1 as completed and heat 2 in part (R26 completed, R22 partial; R18 not yet) and puts a welfare flag on R17;
 * "window" gives the treadmill a day window of 08:00–10:00, which the 150 minutes of heats overrun.
 */
public class TodayScreenDemo extends Application {
    private static final Clock MONDAY_WEEK_1 = Clock.fixed(Instant.parse("2026-11-16T09:10:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 16);

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        OperatorName operator = new OperatorName(null);
        operator.nameProperty().set("Anna de Vries");
        HiitPlannerApp.Workspace ws = HiitPlannerApp.workspace(stage, MONDAY_WEEK_1, new RecentFiles(null),
                operator, Locale.ENGLISH);
        String file = args.stream().filter(a -> a.endsWith(".json")).findFirst().orElse(null);
        if (file != null) {
            ws.document().replace(new StudyStore().load(Path.of(file)), Path.of(file));
        }
        if (args.contains("window")) {
            ws.document().edit("a short day", s -> s.withTreadmills(List.of(s.treadmills().get(0)
                    .withWindow(new DayWindow(LocalTime.of(8, 0), LocalTime.of(10, 0))))));
        }
        boolean records = args.contains("records");
        if (records) {
            ws.document().edit("sample records", TodayScreenDemo::withRecords);
        }
        Messages messages = new Messages(Locale.ENGLISH);
        TodayView view = new TodayView(new TodayViewModel(ws.document(), new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()),
                ws.background(),
                MONDAY_WEEK_1, messages, operator, RecordWriter.of(ws.document()), ws.model()::saveAs,
                s -> records ? Map.of("R17", List.of("Body weight 8.4 % below its baseline (312.5 g → 286.2 g)"))
                        : Map.of()), messages);
        ws.view().setScreens(List.of(
                new Screen("overview", messages.get("screen.overview"), Feather.HOME, Pane::new),
                new Screen("today", messages.get("screen.today"), Feather.CHECK_SQUARE, view::root),
                new Screen("protocol", messages.get("screen.protocol"), Feather.ACTIVITY, Pane::new),
                new Screen("animals", messages.get("screen.animals"), Feather.USERS, Pane::new),
                new Screen("steptests", messages.get("screen.steptests"), Feather.TRENDING_UP, Pane::new),
                new Screen("schedules", messages.get("screen.schedules"), Feather.CALENDAR, Pane::new)));
        ws.view().show("today");
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(args.get(0)));
        stage.setHeight(Double.parseDouble(args.get(1)));
        stage.show();
        if (args.contains("form")) {
            PauseTransition wait = new PauseTransition(Duration.seconds(3));
            wait.setOnFinished(e -> openForm(stage, "R18"));
            wait.play();
        }
    }

    /** Scrolls the list to an animal's card and presses its Record button. */
    @SuppressWarnings("unchecked")
    private static void openForm(Stage stage, String animalId) {
        ListView<TodayRow> list = (ListView<TodayRow>) stage.getScene().getRoot().lookup("#today-list");
        list.getItems().stream().filter(r -> r instanceof RunCard c && c.animalId().equals(animalId)).findFirst()
                .ifPresent(list::scrollTo);
        Platform.runLater(() -> list.lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof RunCard r
                        && r.animalId().equals(animalId))
                .findFirst().map(n -> (Button) n.lookup("#today-record"))
                .ifPresent(b -> Platform.runLater(b::fire)));
    }

    private static Study withRecords(Study s) {
        List<SessionRecord> all = new ArrayList<>(s.sessionRecords());
        Instant heat1 = Instant.parse("2026-11-16T08:23:00Z");
        for (String id : List.of("R28", "R24", "R23")) {
            all.add(new SessionRecord(id, DAY, 1, SessionStatus.COMPLETED, 4, 0, 0, null, "", "", "Anna de Vries",
                    heat1));
        }
        Instant heat2 = Instant.parse("2026-11-16T08:55:00Z");
        all.add(new SessionRecord("R26", DAY, 1, SessionStatus.COMPLETED, 4, 0, 0, null, "", "", "Anna de Vries",
                heat2));
        all.add(new SessionRecord("R22", DAY, 1, SessionStatus.PARTIAL, 3, 6, 55, new BigDecimal("318.0"),
                "Stopped: too many stimuli", "", "Anna de Vries", heat2.plusSeconds(60)));
        return s.withSessionRecords(all);
    }

    /** Starts the window; a class apart so that JavaFX starts from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(TodayScreenDemo.class, args);
        }
    }
}
