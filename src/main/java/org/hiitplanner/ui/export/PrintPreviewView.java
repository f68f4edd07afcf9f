package org.hiitplanner.ui.export;

import org.hiitplanner.ui.common.ExportRunner;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A window with the sheet options, the rendered pages, and Print / Save as PDF. */
public final class PrintPreviewView {
    private final PrintPreviewViewModel model;
    private final Messages messages;
    private final ExportRunner runner;
    private final Consumer<String> status;
    private final Stage stage = new Stage();
    private final VBox pagesBox = new VBox(16);

    public PrintPreviewView(PrintPreviewViewModel model, Messages messages, ExportRunner runner,
                            Consumer<String> status, Window owner) {
        this.model = model;
        this.messages = messages;
        this.runner = runner;
        this.status = status;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("print.title"));
        SheetOptionsPane options = new SheetOptionsPane(messages, model.animals(), model.choiceProperty().get());
        options.onChange(() -> {
            model.choiceProperty().set(options.choice(model.today()));
            model.render();
        });
        BorderPane root = new BorderPane(pages(), null, null, null, side(options));
        Scene scene = new Scene(root, 1100, 780);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        model.pages().addListener((ListChangeListener<Image>) c -> showPages());
    }

    /** Opens the window and renders the first preview. */
    public void show() {
        stage.show();
        model.render();
    }

    Stage stage() {
        return stage;
    }

    private VBox side(SheetOptionsPane options) {
        Button print = new Button(messages.get("print.print"), new FontIcon(Feather.PRINTER));
        print.setId("print-print");
        print.setDefaultButton(true);
        print.setMaxWidth(Double.MAX_VALUE);
        print.disableProperty().bind(model.busyProperty());
        print.setOnAction(e -> print());
        Button save = new Button(messages.get("print.savePdf"), new FontIcon(Feather.DOWNLOAD));
        save.setId("print-save");
        save.setMaxWidth(Double.MAX_VALUE);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(e -> savePdf());
        Button close = new Button(messages.get("print.close"));
        close.setCancelButton(true);
        close.setMaxWidth(Double.MAX_VALUE);
        close.setOnAction(e -> stage.close());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(24, 24);
        spinner.visibleProperty().bind(model.busyProperty());
        Label problem = new Label();
        problem.setId("print-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add("danger");
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        VBox side = new VBox(12, options.root(), spinner, problem, grow, print, save, close);
        side.setPadding(new Insets(16));
        side.setPrefWidth(300);
        side.getStyleClass().add("side-bar");
        return side;
    }

    private ScrollPane pages() {
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(16));
        pagesBox.setId("print-pages");
        ScrollPane scroll = new ScrollPane(pagesBox);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (Image page : model.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(Math.min(page.getWidth(), 760));
            view.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
            pagesBox.getChildren().add(view);
        }
    }

    private void print() {
        if (Printer.getDefaultPrinter() == null) {
            Fields.error(stage, messages.get("print.noPrinter.title"), messages.get("print.noPrinter"));
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            Fields.error(stage, messages.get("print.noPrinter.title"), messages.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        for (Image page : model.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            ok &= job.printPage(layout, view);
        }
        if (ok && job.endJob()) {
            status.accept(messages.get("print.sent", model.pages().size()));
        } else {
            Fields.error(stage, messages.get("print.failed.title"), messages.get("print.failed", job.getJobStatus()));
        }
    }

    private void savePdf() {
        byte[] pdf = model.pdf();
        if (pdf == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("print.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(suggestedName(model.choiceProperty().get()));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.toPath();
            runner.start(messages.get("export.what.pdf"), (out, p) -> out.write(pdf), target, status,
                    m -> Fields.error(stage, messages.get("export.failed.title"), m));
        }
    }

    static String suggestedName(SheetChoice c) {
        String what = c.kind().name().toLowerCase(java.util.Locale.ROOT);
        return what + "-" + (c.kind() == org.hiitplanner.export.pdf.PdfKind.ANIMAL ? c.animalId() : c.date()) + ".pdf";
    }
}
