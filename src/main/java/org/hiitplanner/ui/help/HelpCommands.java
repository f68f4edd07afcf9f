package org.hiitplanner.ui.help;

import java.nio.file.Path;
import java.util.function.Supplier;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.hiitplanner.ui.common.Messages;

/** Help › User guide (F1), a window of its own that stays open beside the study, and Help › About. */
public final class HelpCommands {
    private final Window owner;
    private final Messages messages;
    private final String version;
    private final int schemaVersion;
    private final Supplier<Path> file;
    private Stage guide;

    public HelpCommands(Window owner, Messages messages, String version, int schemaVersion, Supplier<Path> file) {
        this.owner = owner;
        this.messages = messages;
        this.version = version;
        this.schemaVersion = schemaVersion;
        this.file = file;
    }

    /** Opens the user guide, or brings it to the front. */
    public void guide() {
        if (guide == null) {
            guide = new Stage();
            guide.initOwner(owner);
            guide.setTitle(messages.get("help.guide.title"));
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(new GuideView(GuideText.load(messages.locale()), messages).root(),
                    Math.min(860, screen.getWidth()), Math.min(640, screen.getHeight()));
            if (owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    guide.hide();
                }
            });
            guide.setScene(scene);
        }
        guide.show();
        guide.toFront();
    }

    /** The About box: version, licence, file format version, where the study file is. */
    public void about() {
        AboutInfo info = new AboutInfo(version, schemaVersion, file.get());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setId("about-lines");
        int row = 0;
        for (AboutInfo.Line line : info.lines(messages)) {
            Label label = new Label(line.label());
            label.getStyleClass().add(Styles.TEXT_BOLD);
            Label value = new Label(line.value());
            value.setWrapText(true);
            value.setMaxWidth(440);
            grid.addRow(row++, label, value);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("help.about.title"));
        dialog.setHeaderText(messages.get("app.name"));
        dialog.getDialogPane().setId("about");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("help.about.close"),
                ButtonType.CLOSE.getButtonData()));
        dialog.show();
    }
}
