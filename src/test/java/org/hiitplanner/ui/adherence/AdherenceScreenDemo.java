package org.hiitplanner.ui.adherence;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.ui.common.RecentFiles;

/**
 * Shows the adherence screen in the main window over {@link AdherenceSamples#twoWeeks()} on Saturday 2026-11-28,
 * for looking at it (not a test). Arguments: width height [bottom] [group|week]; "bottom" scrolls to the charts.
 */
public class AdherenceScreenDemo extends Application {
    private static final Clock SATURDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-28T17:00:00Z"), ZoneOffset.UTC);

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        HiitPlannerApp.Workspace ws = HiitPlannerApp.workspace(stage, SATURDAY_WEEK_2, new RecentFiles(null), new org.hiitplanner.ui.common.OperatorName(null),
                Locale.ENGLISH);
        ws.document().replace(AdherenceSamples.twoWeeks(), null);
        ws.view().show("adherence");
        if (args.contains("group") || args.contains("week")) {
            stage.getScene().lookup(args.contains("group") ? "#adherence-by-group" : "#adherence-by-week")
                    .fireEvent(new javafx.event.ActionEvent());
        }
        if (args.contains("bottom")) {
            PauseTransition wait = new PauseTransition(Duration.seconds(5));
            wait.setOnFinished(e -> ((ScrollPane) stage.getScene().lookup("#adherence")).setVvalue(1));
            wait.play();
        }
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(args.get(0)));
        stage.setHeight(Double.parseDouble(args.get(1)));
        stage.show();
    }

    /** Starts the window; a class apart so that JavaFX starts from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(AdherenceScreenDemo.class, args);
        }
    }
}
