package org.hiitplanner.ui.audit;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.hiitplanner.ui.common.Messages;

/** Below the table: the selected entry in full, its old and new value wrapped, its reason and its hashes. */
final class AuditDetailPane {
    private final VBox root;

    AuditDetailPane(AuditDetail detail, Messages messages) {
        Label title = new Label();
        title.setId("audit-detail-title");
        title.getStyleClass().add("text-bold");
        title.setWrapText(true);
        title.textProperty().bind(detail.titleProperty());
        HBox values = new HBox(12, value("audit-detail-old", messages.get("audit.detail.old"),
                detail.oldValueProperty()), value("audit-detail-new", messages.get("audit.detail.new"),
                detail.newValueProperty()));
        VBox.setVgrow(values, Priority.ALWAYS);
        Label reason = new Label();
        reason.setId("audit-detail-reason");
        reason.setWrapText(true);
        reason.textProperty().bind(detail.reasonProperty());
        Label reasonTitle = new Label(messages.get("audit.detail.reason") + ":");
        reasonTitle.getStyleClass().add("text-muted");
        HBox reasonRow = new HBox(6, reasonTitle, reason);
        Label hashes = new Label();
        hashes.setId("audit-detail-hashes");
        hashes.getStyleClass().addAll("text-muted", "audit-hash");
        hashes.textProperty().bind(detail.hashesProperty());
        root = new VBox(6, title, values, reasonRow, hashes);
        root.setId("audit-detail");
        root.setPadding(new Insets(8, 4, 4, 4));
        reasonRow.visibleProperty().bind(detail.hashesProperty().isNotEmpty());
        values.visibleProperty().bind(detail.hashesProperty().isNotEmpty());
    }

    Node root() {
        return root;
    }

    private static Node value(String id, String heading, ObservableValue<String> text) {
        Label label = new Label(heading);
        label.getStyleClass().add("text-muted");
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bind(text);
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox box = new VBox(4, label, area);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
