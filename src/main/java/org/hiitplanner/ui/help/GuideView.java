package org.hiitplanner.ui.help;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.Messages;

/**
 * The user guide as text in the window: a list of its sections on the left (choosing one scrolls to it) and the
 * guide, headings, paragraphs, bullets and code lines, in a scroll pane. No web view: it works offline everywhere.
 */
public final class GuideView {
    private static final String TEXT_STYLE = "-fx-fill: -color-fg-default;";
    private final BorderPane root = new BorderPane();
    private final VBox page = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(page);
    private final ListView<String> contents = new ListView<>();
    private final List<Node> sections = new ArrayList<>();

    public GuideView(List<GuideText.Block> blocks, Messages messages) {
        page.setPadding(new Insets(16, 24, 24, 16));
        page.setId("guide-page");
        blocks.forEach(b -> page.getChildren().add(node(b)));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("guide-scroll");
        contents.setId("guide-contents");
        contents.setPrefWidth(190);
        contents.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                scrollTo(sections.get(now.intValue()));
            }
        });
        Label title = new Label(messages.get("help.guide.contents"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        VBox left = new VBox(6, title, contents);
        VBox.setVgrow(contents, Priority.ALWAYS);
        left.setPadding(new Insets(12, 0, 12, 12));
        root.setLeft(left);
        root.setCenter(scroll);
        root.setId("guide");
    }

    public Parent root() {
        return root;
    }

    private Node node(GuideText.Block b) {
        return switch (b.kind()) {
            case TITLE -> heading(b.text(), Styles.TITLE_2);
            case HEADING -> section(heading(b.text(), Styles.TITLE_3), b.text());
            case SUBHEADING -> heading(b.text(), Styles.TITLE_4);
            case CODE -> code(b.text());
            case BULLET -> bullet(b);
            case PARAGRAPH -> flow(b);
        };
    }

    private Node section(Label heading, String text) {
        sections.add(heading);
        contents.getItems().add(text);
        VBox.setMargin(heading, new Insets(10, 0, 0, 0));
        return heading;
    }

    private static Label heading(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Label code(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setStyle("-fx-font-family: monospace;");
        l.setPadding(new Insets(0, 0, 0, 24));
        return l;
    }

    private static Node bullet(GuideText.Block b) {
        Text dot = new Text("•");
        dot.setStyle(TEXT_STYLE);
        TextFlow flow = flow(b);
        HBox.setHgrow(flow, Priority.ALWAYS);
        HBox box = new HBox(8, dot, flow);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private static TextFlow flow(GuideText.Block b) {
        TextFlow flow = new TextFlow();
        for (GuideText.Span s : b.spans()) {
            Text t = new Text(s.text());
            t.setStyle(TEXT_STYLE + switch (s.style()) {
                case BOLD -> "-fx-font-weight: bold;";
                case ITALIC -> "-fx-font-style: italic;";
                case CODE -> "-fx-font-family: monospace;";
                case PLAIN -> "";
            });
            flow.getChildren().add(t);
        }
        flow.setLineSpacing(2);
        return flow;
    }

    private void scrollTo(Node heading) {
        double y = heading.getBoundsInParent().getMinY();
        double range = page.getHeight() - scroll.getViewportBounds().getHeight();
        scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
    }

    /** The section headings, in order (the list on the left). */
    public List<String> sectionTitles() {
        return List.copyOf(contents.getItems());
    }
}
