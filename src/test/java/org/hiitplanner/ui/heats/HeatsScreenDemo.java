package org.hiitplanner.ui.heats;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;

/**
 * Shows the Treadmills & heats screen in the main window over the demo study on Monday 2026-11-16, for looking at it
 * (not a test). Arguments: width height [whatif|slower|treadmills]; "whatif" tries 5 independent lanes in the
 * what-if tab, "slower" the day's animals on a profile B of 0–26 m/min in 0.5 steps.
 */
public class HeatsScreenDemo extends Application {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-16T07:30:00Z"), ZoneOffset.UTC);

    @Override
    @SuppressWarnings("unchecked")
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        HiitPlannerApp.Workspace ws = HiitPlannerApp.workspace(stage, MONDAY, new RecentFiles(null),
                new OperatorName(null), Locale.ENGLISH);
        ws.view().show("heats");
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(Double.parseDouble(args.get(0)));
        stage.setHeight(Double.parseDouble(args.get(1)));
        stage.show();
        Platform.runLater(() -> {
            TabPane tabs = (TabPane) stage.getScene().lookup("#heats-tabs");
            if (args.contains("whatif")) {
                tabs.getSelectionModel().select(1);
                ((TextField) stage.getScene().lookup("#heats-whatif-lanes")).setText("5");
                ((ComboBox<BeltType>) stage.getScene().lookup("#heats-whatif-belt"))
                        .setValue(BeltType.INDEPENDENT_LANES);
            } else if (args.contains("slower")) {
                ws.document().edit("Add B", s -> TreadmillEdits.add(s, new TreadmillForm("B", "3",
                        BeltType.SINGLE_BELT, "0", "26", "0.5", "0", "10", "").treadmill()));
                tabs.getSelectionModel().select(1);
                ((ComboBox<String>) stage.getScene().lookup("#heats-whatif-profile")).setValue("B");
            } else if (args.contains("treadmills")) {
                tabs.getSelectionModel().select(2);
            }
        });
    }

    /** Starts the demo from the class path (a main class that is not an Application). */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(HeatsScreenDemo.class, args);
        }
    }
}
