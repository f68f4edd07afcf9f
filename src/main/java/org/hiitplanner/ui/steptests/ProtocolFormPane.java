package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.controlsfx.validation.ValidationSupport;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;

/** The step-test protocol: start speed S0, increment d, stage length T and incline; a change is one edit. */
final class ProtocolFormPane {
    private final StepTestsViewModel model;
    private final Messages messages;
    private final ValidationSupport validation = new ValidationSupport();
    private final TextField startSpeed;
    private final TextField increment;
    private final TextField stageSeconds;
    private final TextField incline;
    private final VBox root;
    private boolean committing;

    ProtocolFormPane(StepTestsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        startSpeed = field("steptests-start-speed", "steptests.invalid.speed", ProtocolFormPane::positive);
        increment = field("steptests-increment", "steptests.invalid.speed", ProtocolFormPane::positive);
        stageSeconds = field("steptests-stage-seconds", "steptests.invalid.stageSeconds",
                t -> Fields.parseInt(t).filter(v -> v >= 1 && v <= 3600).isPresent());
        incline = field("steptests-incline", "steptests.invalid.incline",
                t -> Fields.parseDecimal(t).filter(v -> v.abs().compareTo(BigDecimal.valueOf(45)) <= 0).isPresent());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("steptests.startSpeed"), startSpeed, label("steptests.unit.speed"));
        grid.addRow(1, label("steptests.increment"), increment, label("steptests.unit.perStage"));
        grid.addRow(2, label("steptests.stageSeconds"), stageSeconds, label("steptests.unit.seconds"));
        grid.addRow(3, label("steptests.incline"), incline, label("steptests.unit.degrees"));
        Label formula = new Label(messages.get("steptests.formula"));
        formula.getStyleClass().add("text-muted");
        formula.setWrapText(true);
        formula.setPrefWidth(380);
        Label version = new Label();
        version.setId("steptests-protocol-version");
        version.getStyleClass().add("text-muted");
        version.setWrapText(true);
        version.setPrefWidth(380);
        version.textProperty().bind(model.versionProperty());
        root = new VBox(10, version, grid, formula);
        root.setId("steptests-protocol");
        model.protocolProperty().addListener((o, a, p) -> show(p));
        show(model.protocolProperty().get());
    }

    Node root() {
        return root;
    }

    private static boolean positive(String text) {
        return Fields.parseDecimal(text).filter(v -> v.signum() > 0).isPresent();
    }

    private TextField field(String id, String problemKey, java.util.function.Predicate<String> ok) {
        TextField f = Fields.committing(id, 5, x -> commit());
        Fields.validate(validation, f, messages.get(problemKey), ok);
        return f;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }

    private void show(StepTestProtocol p) {
        startSpeed.setText(Units.plain(p.startSpeed()));
        increment.setText(Units.plain(p.increment()));
        stageSeconds.setText(String.valueOf(p.stageSeconds()));
        incline.setText(Units.plain(p.inclineDegrees()));
    }

    /**
     * Commits when all four fields read; a field that does not is marked by its decoration and not applied. A
     * refused change shows the protocol again. While the version dialog is open the field loses the focus: that
     * does not commit a second time.
     */
    private void commit() {
        if (committing) {
            return;
        }
        committing = true;
        try {
            apply();
        } finally {
            committing = false;
        }
    }

    private void apply() {
        Optional<BigDecimal> s0 = Fields.parseDecimal(startSpeed.getText());
        Optional<BigDecimal> d = Fields.parseDecimal(increment.getText());
        Optional<Integer> t = Fields.parseInt(stageSeconds.getText());
        Optional<BigDecimal> i = Fields.parseDecimal(incline.getText());
        if (s0.isPresent() && d.isPresent() && t.isPresent() && i.isPresent()
                && model.setProtocol(s0.get(), d.get(), t.get(), i.get()).isPresent()) {
            show(model.protocolProperty().get());
        }
    }
}
