package org.hiitplanner.ui.adherence;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.adherence.AdherenceAlert;
import org.hiitplanner.ui.common.Messages;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The alerts: welfare events (stimuli above the limit, weight at the loss endpoint), Vmax changes above the
 * percentage typed here, partial sessions in a row, and groups whose interval adherence differs too much. Each
 * names the animal or the groups.
 */
final class AlertsPane {
    private final AdherenceViewModel model;
    private final Messages messages;
    private final VBox items = new VBox(10);
    private final VBox root;

    AlertsPane(AdherenceViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        items.setId("adherence-alerts");
        items.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(items);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(260);
        scroll.getStyleClass().add("adherence-alerts-list");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Label title = new Label();
        title.getStyleClass().add("title-4");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("adherence.alerts", model.alerts().size()), model.alerts()));
        root = new VBox(8, title, threshold(), scroll);
        root.setId("adherence-alerts-pane");
        model.alerts().addListener((ListChangeListener<AdherenceAlert>) c -> fill());
        fill();
    }

    Node root() {
        return root;
    }

    private void fill() {
        if (model.alerts().isEmpty()) {
            Label none = new Label(messages.get("adherence.alerts.none"));
            none.getStyleClass().add("text-muted");
            items.getChildren().setAll(none);
            return;
        }
        items.getChildren().setAll(model.alerts().stream().map(this::item).toList());
    }

    private Node threshold() {
        TextField field = new TextField();
        field.setId("adherence-vmax-threshold");
        field.setPrefColumnCount(4);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(model.vmaxChangeTextProperty());
        Label invalid = new Label(messages.get("adherence.alerts.threshold.invalid"));
        invalid.setId("adherence-vmax-threshold-invalid");
        invalid.getStyleClass().add(Styles.DANGER);
        invalid.setWrapText(true);
        invalid.visibleProperty().bind(model.vmaxChangeValidProperty().not());
        invalid.managedProperty().bind(invalid.visibleProperty());
        model.vmaxChangeValidProperty().addListener((o, a, ok) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !ok));
        HBox box = new HBox(6, fixed(new Label(messages.get("adherence.alerts.threshold"))), field,
                fixed(new Label(messages.get("adherence.alerts.threshold.unit"))), invalid);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** An icon for the kind, the kind and subject in bold, and the sentence with the numbers. */
    private Node item(AdherenceAlert alert) {
        FontIcon icon = new FontIcon(switch (alert.kind()) {
            case VMAX_CHANGE -> Feather.TRENDING_UP;
            case PARTIAL_STREAK -> Feather.ALERT_TRIANGLE;
            case GROUP_GAP -> Feather.USERS;
            case WELFARE_EVENT -> Feather.HEART;
        });
        icon.getStyleClass().add("adherence-alert-icon");
        Label head = new Label(messages.get("adherence.alert." + alert.kind().name(), alert.subject()));
        head.getStyleClass().add(Styles.TEXT_BOLD);
        Label text = new Label(alert.message());
        text.setWrapText(true);
        VBox body = new VBox(2, head, text);
        body.setMinWidth(0);
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(10, icon, body);
        box.getStyleClass().add("adherence-alert");
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }
}
