package org.hiitplanner.ui.heats;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The day's heats, one section per treadmill: its profile, summary, warnings and the heats table. */
final class DayHeatsPane {
    private final HeatsViewModel model;
    private final Messages messages;
    private final VBox sections = new VBox(16);
    private final ScrollPane root = new ScrollPane(sections);

    DayHeatsPane(HeatsViewModel model) {
        this.model = model;
        this.messages = model.messages();
        sections.setId("heats-day-sections");
        root.setFitToWidth(true);
        root.setId("heats-day");
        root.getStyleClass().add("edge-to-edge");
        model.plans().addListener((ListChangeListener<HeatPlan>) c -> render());
        render();
    }

    Node root() {
        return root;
    }

    private void render() {
        sections.getChildren().clear();
        List<HeatPlan> plans = model.plans();
        if (plans.isEmpty()) {
            Label none = new Label(messages.get("heats.empty"));
            none.setId("heats-day-empty");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            sections.getChildren().add(none);
        }
        for (int i = 0; i < plans.size(); i++) {
            sections.getChildren().add(section(plans.get(i), i));
        }
    }

    private Node section(HeatPlan plan, int index) {
        VBox box = new VBox(6, PlanSummary.title(plan, messages), PlanSummary.summary("heats-day-summary-" + index,
                plan, messages), PlanSummary.warnings(plan, messages));
        HeatTable table = new HeatTable("heats-day-table-" + index, messages);
        table.show(plan);
        box.getChildren().add(table.view());
        box.getStyleClass().add("heats-section");
        return box;
    }

    /** The labels above a plan's table, shared with the what-if. */
    static final class PlanSummary {
        private PlanSummary() {
        }

        static Label title(HeatPlan plan, Messages m) {
            Label t = new Label(m.get("heats.plan.title", plan.treadmill(), HeatTexts.belt(plan.lanes(), plan.belt(),
                    m)));
            t.getStyleClass().add(Styles.TITLE_4);
            return t;
        }

        static Label summary(String id, HeatPlan plan, Messages m) {
            Label s = new Label(HeatTexts.summary(plan, m));
            s.setId(id);
            s.setWrapText(true);
            if (!plan.fits()) {
                s.getStyleClass().add(Styles.DANGER);
            }
            return s;
        }

        static Node warnings(HeatPlan plan, Messages m) {
            VBox list = new VBox(2);
            for (String w : HeatTexts.warnings(plan, m)) {
                Label l = new Label(w, new FontIcon(Feather.ALERT_TRIANGLE));
                l.setWrapText(true);
                l.getStyleClass().addAll(Styles.WARNING, "heats-warning");
                list.getChildren().add(l);
            }
            list.getStyleClass().add("heats-warnings");
            return list;
        }
    }
}
