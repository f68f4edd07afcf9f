package org.hiitplanner.ui.steptests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import javafx.application.Application;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

import atlantafx.base.theme.PrimerLight;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * Not a test: shows the step-tests screen alone over the demo study, for looking at it (screenshots).
 * System properties: {@code w}, {@code h} (window size), {@code side} (width of a fake side bar, as in the main
 * window), {@code fill} (type results for 2026-11-28 first), {@code bad} (then a refused time), {@code edit} (edit R22's time), {@code scroll} (0–1,
 * scroll the page).
 */
public final class StepTestsDemo {
    /** Tuesday of week 2 of the demo study. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    private StepTestsDemo() {
    }

    /** A main class that is not an Application, so that JavaFX may come from the class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(Locale.ENGLISH);
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        StepTestsViewModel model = new StepTestsViewModel(document, CLOCK, messages);
        if (Boolean.getBoolean("fill")) {
            fill(model);
        }
        if (Boolean.getBoolean("bad")) {
            model.enter("R22", EntryColumn.TIME, "22:75");
        }
        StepTestsView view = new StepTestsView(model, messages);
        BorderPane root = new BorderPane(view.root());
        int side = Integer.getInteger("side", 0);
        if (side > 0) {
            Region bar = new Region();
            bar.setPrefWidth(side);
            bar.getStyleClass().add("side-bar");
            root.setLeft(bar);
        }
        Scene scene = new Scene(root, Integer.getInteger("w", 1280), Integer.getInteger("h", 800));
        scene.getStylesheets().add(StepTestsView.class.getResource("/org/hiitplanner/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Step tests");
        stage.show();
        String scroll = System.getProperty("scroll");
        PauseTransition later = new PauseTransition(Duration.seconds(1.5));
        later.setOnFinished(e -> {
            @SuppressWarnings("unchecked")
            TableView<ResultRow> table = (TableView<ResultRow>) view.root().lookup("#steptests-results");
            table.requestFocus();
            if (Boolean.getBoolean("edit")) {
                TableColumn<ResultRow, ?> time = table.getColumns().stream()
                        .filter(c -> "col-time".equals(c.getId())).findFirst().orElseThrow();
                table.getSelectionModel().clearAndSelect(21, time);
                table.getFocusModel().focus(21, time);
                table.scrollTo(15);
                table.layout();
                table.edit(21, time);
            }
            if (scroll != null) {
                ((ScrollPane) view.root()).setVvalue(Double.parseDouble(scroll));
            }
        });
        later.play();
    }

    /** Results on 2026-11-28 for most animals: times, stages, a direct Vmax, a failure and an invalid test. */
    static void fill(StepTestsViewModel model) {
        model.dayProperty().set(LocalDate.of(2026, 11, 28));
        model.operatorProperty().set("A. Technician");
        String[] times = {"24:10", "25:02", "26:40", "22:05", "23:30", "27:15", "21:50", "19:40", "1:30", "20:15",
            "18:55", "21:00", "19:05", "22:45", "28:30", "29:10", "27:45", "30:05", "26:20"};
        for (int i = 0; i < times.length; i++) {
            model.enter(String.format("R%02d", i + 1), EntryColumn.TIME, times[i]);
        }
        model.enter("R20", EntryColumn.STAGES, "14+30");
        model.enter("R21", EntryColumn.DIRECT_VMAX, "36.5");
        model.enter("R09", EntryColumn.NOTE, "Stopped at the grid repeatedly");
        model.enter("R16", EntryColumn.TIME, "23:40");
        model.setValid("R16", false);
        model.enter("R16", EntryColumn.NOTE, "Slipped on the belt");
        model.enter("R15", EntryColumn.TIME, "22:45");
    }
}
