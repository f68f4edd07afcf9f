package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.ui.common.Messages;

/** One animal in the results grid of a test day, with its result for that day (if any) as display texts. */
public final class ResultRow {
    /** A cell's text; {@code derived} when it is computed from what was typed in another cell. */
    public record CellText(String text, boolean derived) {
        static final CellText EMPTY = new CellText("", false);
    }

    /** How the computed Vmax of a row is shown. */
    public enum VmaxStatus { NONE, OK, INVALID, FAILED }

    /** The computed Vmax cell: the text and its status. */
    public record VmaxCell(String text, VmaxStatus status) {
    }

    private final String animalId;
    private final String group;
    private final ReadOnlyObjectWrapper<StepTestResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final Map<EntryColumn, ReadOnlyObjectWrapper<CellText>> cells = new EnumMap<>(EntryColumn.class);
    private final ReadOnlyObjectWrapper<VmaxCell> vmax = new ReadOnlyObjectWrapper<>(this, "vmax",
            new VmaxCell("", VmaxStatus.NONE));
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid");

    ResultRow(String animalId, String group) {
        this.animalId = animalId;
        this.group = group;
        for (EntryColumn c : EntryColumn.values()) {
            cells.put(c, new ReadOnlyObjectWrapper<>(this, c.name(), CellText.EMPTY));
        }
    }

    /** Shows {@code r} (null: no result on the day) under {@code protocol}. */
    void show(StepTestResult r, StepTestProtocol protocol, Messages messages) {
        result.set(r);
        for (EntryColumn c : EntryColumn.values()) {
            cells.get(c).set(cellText(r, c, protocol));
        }
        vmax.set(vmaxCell(r, protocol, messages));
        valid.set(r != null && r.valid());
    }

    /** What the cell {@code column} shows for result {@code r}. */
    static CellText cellText(StepTestResult r, EntryColumn column, StepTestProtocol protocol) {
        if (r == null) {
            return CellText.EMPTY;
        }
        int stage = protocol.stageSeconds();
        Measurement m = r.measurement();
        return switch (column) {
            case TIME -> m instanceof Measurement.TotalTime t ? text(RunningTime.format(t.seconds()), false)
                    : m instanceof Measurement.Stages s
                    ? text(RunningTime.format(s.completed() * stage + s.seconds()), true) : CellText.EMPTY;
            case STAGES -> m instanceof Measurement.Stages s ? text(String.valueOf(s.completed()), false)
                    : m instanceof Measurement.TotalTime t ? text(String.valueOf(t.seconds() / stage), true)
                    : CellText.EMPTY;
            case STAGE_SECONDS -> m instanceof Measurement.Stages s ? text(String.valueOf(s.seconds()), false)
                    : m instanceof Measurement.TotalTime t ? text(String.valueOf(t.seconds() % stage), true)
                    : CellText.EMPTY;
            case DIRECT_VMAX -> m instanceof Measurement.DirectVmax d ? text(Units.plain(d.value()), false)
                    : CellText.EMPTY;
            case OPERATOR -> text(r.operator(), false);
            case NOTE -> text(r.note(), false);
        };
    }

    private static CellText text(String s, boolean derived) {
        return new CellText(s, derived);
    }

    private static VmaxCell vmaxCell(StepTestResult r, StepTestProtocol protocol, Messages messages) {
        if (r == null) {
            return new VmaxCell("", VmaxStatus.NONE);
        }
        Optional<BigDecimal> v = r.measurement().vmax(protocol);
        if (v.isEmpty()) {
            return new VmaxCell(messages.get("steptests.vmax.failed"), VmaxStatus.FAILED);
        }
        String text = format(v.get());
        return r.valid() ? new VmaxCell(text, VmaxStatus.OK)
                : new VmaxCell(messages.get("steptests.vmax.notUsed", text), VmaxStatus.INVALID);
    }

    /** A Vmax as shown: two decimals, e.g. 30.75 ({@link Units#vmax}). */
    static String format(BigDecimal vmax) {
        return Units.vmax(vmax);
    }

    public String animalId() {
        return animalId;
    }

    public String group() {
        return group;
    }

    /** The animal's result for the day, or null. */
    public StepTestResult result() {
        return result.get();
    }

    public ReadOnlyObjectProperty<StepTestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CellText> cellProperty(EntryColumn column) {
        return cells.get(column).getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VmaxCell> vmaxProperty() {
        return vmax.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return animalId;
    }
}
