package org.hiitplanner.ui.overview;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.overview.OverviewViewModel.Facts;
import org.hiitplanner.ui.overview.OverviewViewModel.GroupLine;
import org.hiitplanner.ui.overview.OverviewViewModel.Warning;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Title, dates, current week, groups, next test day, today's sessions and every validation finding. */
public final class OverviewView {
    private final Messages messages;
    private final Consumer<String> navigate;
    private final VBox box = new VBox(16);
    private final ScrollPane root = new ScrollPane(box);

    public OverviewView(OverviewViewModel model, Messages messages, Consumer<String> navigate) {
        this.messages = messages;
        this.navigate = navigate;
        box.setPadding(new Insets(20));
        root.setFitToWidth(true);
        root.setId("overview");
        model.factsProperty().addListener((o, a, f) -> render(f));
        render(model.factsProperty().get());
    }

    public Node root() {
        return root;
    }

    private void render(Facts f) {
        if (f == null) {
            Label computing = new Label(messages.get("overview.computing"));
            computing.getStyleClass().add("text-muted");
            box.getChildren().setAll(computing);
            return;
        }
        Label title = new Label(f.title());
        title.getStyleClass().add("title-2");
        title.setId("overview-title");
        Label sub = new Label(f.animalsLine() + (f.investigator().isEmpty() ? "" : " · " + f.investigator()));
        sub.getStyleClass().add("text-muted");
        FlowPane tiles = new FlowPane(12, 12,
                tile(messages.get("overview.dates"), f.start() + " – " + f.end(), "tile-dates"),
                tile(messages.get("overview.currentWeek"), f.currentWeek(), "tile-week"),
                tile(messages.get("overview.sessionsToday"), String.valueOf(f.sessionsToday()), "tile-today"),
                tile(messages.get("overview.nextTest"), f.nextTestDay(), "tile-next-test"));
        box.getChildren().setAll(new VBox(4, title, sub), tiles, groups(f), warnings(f));
    }

    private Node tile(String caption, String value, String id) {
        Label c = new Label(caption);
        c.getStyleClass().add("text-muted");
        Label v = new Label(value);
        v.getStyleClass().add("title-3");
        v.setId(id);
        VBox t = new VBox(4, c, v);
        t.getStyleClass().add("tile-card");
        t.setPadding(new Insets(12, 16, 12, 16));
        t.setMinWidth(190);
        return t;
    }

    private Node groups(Facts f) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("overview-groups");
        String[] heads = {"overview.group", "overview.animalsCol", "overview.active", "overview.trains",
            "overview.tested"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(messages.get(heads[c]));
            h.getStyleClass().add("text-bold");
            grid.add(h, c, 0);
        }
        int r = 1;
        for (GroupLine g : f.groups()) {
            grid.addRow(r++, new Label(g.name()), new Label(String.valueOf(g.animals())),
                    new Label(String.valueOf(g.active())), new Label(yesNo(g.trains())), new Label(yesNo(g.tested())));
        }
        Label head = new Label(messages.get("overview.groups"));
        head.getStyleClass().add("title-4");
        return new VBox(8, head, grid);
    }

    private String yesNo(boolean b) {
        return messages.get(b ? "common.yes" : "common.no");
    }

    private Node warnings(Facts f) {
        Label head = new Label(messages.get("overview.findings", f.warnings().size()));
        head.getStyleClass().add("title-4");
        VBox list = new VBox(4);
        list.setId("overview-findings");
        if (f.warnings().isEmpty()) {
            list.getChildren().add(new Label(messages.get("overview.noFindings")));
        }
        for (Warning w : f.warnings()) {
            FontIcon icon = new FontIcon(w.finding().isError() ? Feather.X_OCTAGON : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add(w.finding().isError() ? "danger" : "warning");
            Hyperlink link = new Hyperlink(w.finding().message(), icon);
            link.setWrapText(true);
            link.setOnAction(e -> navigate.accept(w.screen()));
            list.getChildren().add(link);
        }
        return new VBox(8, head, list);
    }
}
