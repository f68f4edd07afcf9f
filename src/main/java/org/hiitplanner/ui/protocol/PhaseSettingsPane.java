package org.hiitplanner.ui.protocol;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.controlsfx.validation.ValidationSupport;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.SpeedMode;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Outcome;

/** High and low phases, warm-up, cool-down and incline; each change is one undoable edit. */
final class PhaseSettingsPane {
    private final ProtocolViewModel model;
    private final Messages messages;
    private final Consumer<Outcome> report;
    private final GridPane grid = new GridPane();
    private final ValidationSupport validation = new ValidationSupport();
    private final TextField high;
    private final TextField low;
    private final SpeedEditor lowSpeed;
    private final TextField warmSeconds;
    private final SpeedEditor warmSpeed;
    private final TextField coolSeconds;
    private final SpeedEditor coolSpeed;
    private final TextField incline;

    /** A mode choice and a value field for one speed. */
    private final class SpeedEditor {
        private final ComboBox<SpeedMode> mode = new ComboBox<>();
        private final TextField value;

        SpeedEditor(String id, Runnable commit) {
            mode.getItems().setAll(SpeedMode.values());
            mode.setId(id + "-mode");
            mode.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(SpeedMode m) {
                    return m == null ? "" : messages.get("speedMode." + m.name());
                }

                @Override
                public SpeedMode fromString(String s) {
                    return null;
                }
            });
            value = Fields.committing(id + "-value", 5, f -> commit.run());
            mode.setOnAction(e -> commit.run());
            Fields.validate(validation, value, messages.get("protocol.invalidSpeed"),
                    t -> Fields.parseDecimal(t).filter(v -> v.signum() >= 0).isPresent());
        }

        void show(SpeedSetting s) {
            mode.setValue(s.mode());
            value.setText(Units.plain(s.value()));
        }

        Optional<SpeedSetting> read() {
            return Fields.parseDecimal(value.getText()).flatMap(v -> {
                try {
                    return Optional.of(new SpeedSetting(mode.getValue(), v));
                } catch (IllegalArgumentException e) {
                    report.accept(new Outcome.Rejected(e.getMessage()));
                    return Optional.empty();
                }
            });
        }
    }

    PhaseSettingsPane(ProtocolViewModel model, Messages messages, Consumer<Outcome> report) {
        this.model = model;
        this.messages = messages;
        this.report = report;
        high = seconds("high-seconds", this::commitPhases);
        low = seconds("low-seconds", this::commitPhases);
        lowSpeed = new SpeedEditor("low-speed", this::commitPhases);
        warmSeconds = seconds("warmup-seconds", this::commitWarmCool);
        warmSpeed = new SpeedEditor("warmup-speed", this::commitWarmCool);
        coolSeconds = seconds("cooldown-seconds", this::commitWarmCool);
        coolSpeed = new SpeedEditor("cooldown-speed", this::commitWarmCool);
        incline = Fields.committing("incline", 5, f -> Fields.parseDecimal(f.getText())
                .ifPresent(v -> report.accept(model.setIncline(v))));
        Fields.validate(validation, incline, messages.get("protocol.invalidIncline"),
                t -> Fields.parseDecimal(t).filter(v -> v.abs().compareTo(BigDecimal.valueOf(45)) <= 0).isPresent());
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("protocol.high"), high, label("protocol.seconds"));
        grid.addRow(1, label("protocol.low"), low, label("protocol.seconds"), lowSpeed.mode, lowSpeed.value);
        grid.addRow(2, label("protocol.warmUp"), warmSeconds, label("protocol.seconds"), warmSpeed.mode,
                warmSpeed.value);
        grid.addRow(3, label("protocol.coolDown"), coolSeconds, label("protocol.seconds"), coolSpeed.mode,
                coolSpeed.value);
        grid.addRow(4, label("protocol.incline"), incline, label("protocol.degrees"));
        model.studyProperty().addListener((o, a, b) -> show(b.protocol()));
        show(model.study().protocol());
    }

    Node root() {
        return grid;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private TextField seconds(String id, Runnable commit) {
        TextField f = Fields.committing(id, 5, x -> commit.run());
        Fields.validate(validation, f, messages.get("protocol.invalidSeconds"),
                t -> Fields.parseInt(t).filter(v -> v >= 0 && v <= 3600).isPresent());
        return f;
    }

    private void show(Protocol p) {
        high.setText(String.valueOf(p.highSeconds()));
        low.setText(String.valueOf(p.lowSeconds()));
        lowSpeed.show(p.lowSpeed());
        warmSeconds.setText(String.valueOf(p.warmUp().seconds()));
        warmSpeed.show(p.warmUp().speed());
        coolSeconds.setText(String.valueOf(p.coolDown().seconds()));
        coolSpeed.show(p.coolDown().speed());
        incline.setText(Units.plain(p.inclineDegrees()));
    }

    private void commitPhases() {
        Optional<Integer> h = Fields.parseInt(high.getText());
        Optional<Integer> l = Fields.parseInt(low.getText());
        Optional<SpeedSetting> s = lowSpeed.read();
        if (h.isPresent() && l.isPresent() && s.isPresent()) {
            report.accept(model.setPhases(h.get(), l.get(), s.get()));
        }
    }

    private void commitWarmCool() {
        Optional<Integer> ws = Fields.parseInt(warmSeconds.getText());
        Optional<Integer> cs = Fields.parseInt(coolSeconds.getText());
        Optional<SpeedSetting> w = warmSpeed.read();
        Optional<SpeedSetting> c = coolSpeed.read();
        if (ws.isPresent() && cs.isPresent() && w.isPresent() && c.isPresent()) {
            try {
                report.accept(model.setWarmUpAndCoolDown(new Phase(ws.get(), w.get()), new Phase(cs.get(), c.get())));
            } catch (IllegalArgumentException e) {
                report.accept(new Outcome.Rejected(e.getMessage()));
            }
        }
    }
}
