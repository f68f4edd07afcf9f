package org.hiitplanner.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.hiitplanner.HiitPlannerApp;
import org.hiitplanner.app.DemoStudies;
import org.hiitplanner.ui.common.OperatorName;
import org.hiitplanner.ui.common.RecentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window as it first opens: the demo in progress, on Wednesday 2026-12-02 of its week 3. */
@ExtendWith(ApplicationExtension.class)
class FirstStartDemoViewTest {
    private static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);

    @Start
    void start(Stage stage) {
        HiitPlannerApp.workspace(stage, WEDNESDAY, new RecentFiles(null), new OperatorName(null), Locale.ENGLISH,
                DemoStudies.inProgress(LocalDate.now(WEDNESDAY)));
        stage.show();
    }

    @Test
    void theOverviewShowsWeek3AndTheWelfareEventInsteadOfCompleteAndConsistent(FxRobot robot) {
        assertEquals("Week 3 of 8", robot.lookup("#tile-week").queryAs(Label.class).getText());
        assertEquals("14", robot.lookup("#tile-today").queryAs(Label.class).getText());
        List<String> findings = robot.lookup("#overview-findings").queryAs(VBox.class).getChildrenUnmodifiable()
                .stream().map(n -> ((Hyperlink) n).getText()).toList();
        assertEquals(List.of("Welfare: R17 had 25 stimuli on 2026-11-24, above the limit of 20 per session"), findings);
    }
}
