package org.hiitplanner.ui.today;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.Messages;

/**
 * The record form as a dialog: status, intervals, stimuli, time on the grid, body weight, notes and the excuse
 * reason, in that tab order. Enter records, Esc cancels; a bad field names its problem under it, and the dialog
 * stays open with everything typed until the record is written.
 */
final class RecordDialog {
    private final Messages messages;
    private final RecordForm form;
    private final GridPane grid = new GridPane();
    private final Spinner<Integer> intervals;
    private int row;

    private RecordDialog(Messages messages, RecordForm form) {
        this.messages = messages;
        this.form = form;
        int planned = form.card().plannedIntervals();
        intervals = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, planned, planned));
    }

    /** Shows the form; true when a record was written. */
    static boolean show(Window owner, Messages messages, TodayViewModel model, RecordForm form) {
        return new RecordDialog(messages, form).showAndWait(owner, model);
    }

    private boolean showAndWait(Window owner, TodayViewModel model) {
        RunCard c = form.card();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("today.form.title", c.animalId(), c.session().date().toString()));
        dialog.setHeaderText(c.heatRunner().isPresent()
                ? messages.get("today.form.headerLane", c.animalId(), c.groupOrCode(), c.session().date().toString(),
                        c.plannedIntervals(), c.runHighSpeed(), c.lane(), c.ownText())
                : messages.get("today.form.header", c.animalId(), c.groupOrCode(), c.session().date().toString(),
                        c.plannedIntervals(), c.highSpeed()));
        ButtonType save = new ButtonType(messages.get("today.form.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().setId("today-form");
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("today-form-save");
        ok.setDisable(form.nothingAllowed());
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            intervals.commitValue();
            if (!model.save(form)) {
                e.consume();
            }
        });
        Platform.runLater(() -> grid.lookup("#today-form-status-" + form.statusProperty().get().name())
                .requestFocus());
        return dialog.showAndWait().filter(b -> b == save).isPresent();
    }

    private Node content() {
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8, 16, 0, 16));
        addRow("today.form.status", statusChoice(), form.statusErrorProperty());
        Label why = whyNotLabel();
        if (why != null) {
            grid.add(why, 1, row++);
        }
        intervals.setId("today-form-intervals");
        intervals.setEditable(true);
        intervals.setPrefWidth(110);
        intervals.getValueFactory().setConverter(new LenientIntegers());
        intervals.getValueFactory().valueProperty().bindBidirectional(form.intervalsProperty());
        intervals.disableProperty().bind(form.intervalsEditableProperty().not());
        limitIntervals();
        form.statusProperty().addListener((o, a, b) -> limitIntervals());
        Label of = new Label(messages.get("today.form.intervalsOf", form.card().plannedIntervals()));
        HBox intervalsBox = new HBox(8, intervals, of);
        intervalsBox.setAlignment(Pos.CENTER_LEFT);
        addRow("today.form.intervals", intervalsBox, form.intervalsErrorProperty());
        mark(intervals, form.intervalsErrorProperty());
        addRow("today.form.stimuli", field("today-form-stimuli", form.stimuliProperty(), 6, "0"),
                form.stimuliErrorProperty());
        addRow("today.form.grid", field("today-form-grid", form.gridSecondsProperty(), 6, "0"),
                form.gridErrorProperty());
        addRow("today.form.weight", field("today-form-weight", form.weightProperty(), 10,
                messages.get("today.form.weightPrompt")), form.weightErrorProperty());
        addRow("today.form.notes", field("today-form-notes", form.notesProperty(), 28, ""), null);
        TextField reason = field("today-form-reason", form.excuseReasonProperty(), 28, "");
        reason.disableProperty().bind(form.reasonEnabledProperty().not());
        addRow("today.form.reason", reason, form.reasonErrorProperty());
        Label message = errorLabel(form.messageProperty());
        message.setId("today-form-message");
        grid.add(message, 0, row++, 2, 1);
        mark(grid.lookup("#today-form-stimuli"), form.stimuliErrorProperty());
        mark(grid.lookup("#today-form-grid"), form.gridErrorProperty());
        mark(grid.lookup("#today-form-weight"), form.weightErrorProperty());
        mark(reason, form.reasonErrorProperty());
        return grid;
    }

    /** The spinner offers only the intervals the chosen status allows (partial: 1 to planned − 1). */
    private void limitIntervals() {
        var factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) intervals.getValueFactory();
        factory.setMin(Math.min(form.minIntervals(), factory.getMax()));
        factory.setMax(form.maxIntervals());
        factory.setMin(form.minIntervals());
    }

    /** Under the status: why a status is greyed out (a disabled control shows no tooltip); null when none is. */
    private Label whyNotLabel() {
        List<String> why = new ArrayList<>();
        for (SessionStatus s : SessionStatus.values()) {
            String text = form.whyNot(s);
            if (!text.isEmpty() && !why.contains(text)) {
                why.add(text);
            }
        }
        if (why.isEmpty()) {
            return null;
        }
        Label l = new Label(String.join("\n", why));
        l.setId("today-form-status-why");
        l.getStyleClass().add(Styles.WARNING);
        l.setWrapText(true);
        return l;
    }

    private Node statusChoice() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        SessionStatus[] all = SessionStatus.values();
        for (int i = 0; i < all.length; i++) {
            SessionStatus s = all[i];
            ToggleButton b = new ToggleButton(messages.get("today.status." + s.name()));
            b.setId("today-form-status-" + s.name());
            b.setUserData(s);
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(form.statusProperty().get() == s);
            if (!form.allows(s)) {
                b.setDisable(true);
                b.setTooltip(new Tooltip(form.whyNot(s)));
            }
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                form.statusProperty().set((SessionStatus) now.getUserData());
            }
        });
        return box;
    }

    private TextField field(String id, StringProperty value, int columns, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setPromptText(prompt);
        f.setMaxWidth(Region.USE_PREF_SIZE);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private void addRow(String key, Node field, ObservableStringValue error) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
        if (error != null) {
            grid.add(errorLabel(error), 1, row++);
        }
    }

    private static Label errorLabel(ObservableStringValue error) {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, "today-form-error");
        l.setWrapText(true);
        l.textProperty().bind(error);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        l.visibleProperty().bind(l.managedProperty());
        return l;
    }

    private static void mark(Node field, ObservableStringValue error) {
        Runnable update = () -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
        error.addListener(o -> update.run());
        update.run();
    }

    /** Whole numbers; anything else is null, which the form names as a bad number instead of throwing. */
    private static final class LenientIntegers extends StringConverter<Integer> {
        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            return text == null ? null : Fields.parseInt(text).orElse(null);
        }
    }
}
