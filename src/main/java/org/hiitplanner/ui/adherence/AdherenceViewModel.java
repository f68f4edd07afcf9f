package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.adherence.AdherenceAlert;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Fields;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The adherence screen: interval adherence and session completion up to an as-of date per animal, group or week,
 * the heat map of every session, the alerts, and (in {@link TrendsViewModel}) Vmax and body weight over time.
 * Everything is computed off the FX thread after a change of the study or of the as-of date; a newer change
 * supersedes an older computation, whose result is dropped. All properties are read and written on the FX thread.
 */
public final class AdherenceViewModel {
    /** The Vmax change between two tests above which an alert is raised, until the user types another. */
    public static final BigDecimal DEFAULT_VMAX_CHANGE = new BigDecimal("15");

    private final StudyDocument document;
    private final DerivedStudies derived;
    private final Clock clock;

    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>(this, "asOf");
    private final ObjectProperty<By> by = new SimpleObjectProperty<>(this, "by", By.ANIMAL);
    private final ReadOnlyObjectWrapper<AdherenceSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ObservableList<AdherenceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AdherenceRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyObjectWrapper<AdherenceRow> overall = new ReadOnlyObjectWrapper<>(this, "overall");
    private final ReadOnlyIntegerWrapper leftOut = new ReadOnlyIntegerWrapper(this, "leftOut");
    private final ReadOnlyObjectWrapper<HeatMapData> heatMap =
            new ReadOnlyObjectWrapper<>(this, "heatMap", HeatMapData.EMPTY);
    private final StringProperty vmaxChangeText = new SimpleStringProperty(this, "vmaxChangeText",
            DEFAULT_VMAX_CHANGE.toPlainString());
    private final ReadOnlyObjectWrapper<BigDecimal> vmaxChange =
            new ReadOnlyObjectWrapper<>(this, "vmaxChange", DEFAULT_VMAX_CHANGE);
    private final ReadOnlyBooleanWrapper vmaxChangeValid = new ReadOnlyBooleanWrapper(this, "vmaxChangeValid", true);
    private final ObservableList<AdherenceAlert> alerts = FXCollections.observableArrayList();
    private final ObservableList<AdherenceAlert> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final TrendsViewModel trends;

    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(this, "computing");
    private final LatestTask<AdherenceSnapshot> computation;

    public AdherenceViewModel(StudyDocument document, DerivedStudies derived, TaskRunner runner, Clock clock) {
        this.document = Objects.requireNonNull(document);
        this.derived = Objects.requireNonNull(derived);
        this.clock = Objects.requireNonNull(clock);
        this.computation = new LatestTask<>(runner, computing::set);
        this.trends = new TrendsViewModel(snapshot.getReadOnlyProperty());
        asOf.set(defaultAsOf(document.study()));
        asOf.addListener((o, a, b) -> {
            if (b == null) {
                asOf.set(a);
            } else {
                recompute();
            }
        });
        by.addListener((o, a, b) -> {
            if (b == null) {
                by.set(a);
            } else {
                refreshRows();
            }
        });
        vmaxChangeText.addListener((o, a, b) -> parseVmaxChange(b));
        document.studyProperty().addListener((o, a, b) -> studyChanged(a, b));
        recompute();
    }

    /** Today by the clock, but not after the study's last day. */
    private LocalDate defaultAsOf(Study study) {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(study.endDate()) ? study.endDate() : today;
    }

    /** A study with other dates (another file, a new start) starts again from the default as-of date. */
    private void studyChanged(Study before, Study after) {
        LocalDate wanted = defaultAsOf(after);
        boolean otherDates = before == null || !before.endDate().equals(after.endDate());
        if (otherDates && !wanted.equals(asOf.get())) {
            asOf.set(wanted); // recomputes
        } else {
            recompute();
        }
    }

    private void recompute() {
        DerivedStudy study = derived.of(document.study());
        LocalDate day = asOf.get();
        LocalDate today = LocalDate.now(clock);
        computation.start(() -> AdherenceSnapshot.compute(study, day, today), this::publish, this::fail);
    }

    private void publish(AdherenceSnapshot result) {
        failure.set("");
        snapshot.set(result);
        refreshAll();
    }

    private void fail(Throwable error) {
        failure.set(LatestTask.describe(error));
        snapshot.set(null);
        refreshAll();
    }

    private void refreshAll() {
        AdherenceSnapshot s = snapshot.get();
        heatMap.set(s == null ? HeatMapData.EMPTY : s.heatMap());
        overall.set(s == null ? null : s.overall());
        leftOut.set(s == null ? 0 : s.leftOut());
        refreshRows();
        refreshAlerts();
    }

    private void refreshRows() {
        AdherenceSnapshot s = snapshot.get();
        rows.setAll(s == null ? List.of() : s.rows(by.get()));
    }

    private void refreshAlerts() {
        AdherenceSnapshot s = snapshot.get();
        alerts.setAll(s == null ? List.of() : s.alerts(vmaxChange.get()));
    }

    private void parseVmaxChange(String text) {
        Optional<BigDecimal> value = parsePercent(text);
        vmaxChangeValid.set(value.isPresent());
        if (value.isPresent() && value.get().compareTo(vmaxChange.get()) != 0) {
            vmaxChange.set(value.get());
            refreshAlerts();
        }
    }

    /** A percentage of 0 or more as typed: "15", "12.5", "12,5" or "15 %"; empty when it is none. */
    static Optional<BigDecimal> parsePercent(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        t = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
        return Fields.parseDecimal(t).filter(v -> v.signum() >= 0).map(BigDecimal::stripTrailingZeros);
    }

    /** The last day counted; never null (setting null keeps the previous date). */
    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** Goes back to the default as-of date: today, or the study's last day when it is over. */
    public void asOfToday() {
        asOf.set(defaultAsOf(document.study()));
    }

    /** What a table row is about; never null. */
    public ObjectProperty<By> byProperty() {
        return by;
    }

    /** The table: one row per animal, group or week, by {@link #byProperty()}. */
    public ObservableList<AdherenceRow> rows() {
        return rowsView;
    }

    /** All counted sessions together; null while nothing was computed. */
    public ReadOnlyObjectProperty<AdherenceRow> overallProperty() {
        return overall.getReadOnlyProperty();
    }

    /** How many session records the plan does not explain, left out of every figure. */
    public ReadOnlyIntegerProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HeatMapData> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    /** The last computed snapshot; null before the first or after a failure. */
    public ReadOnlyObjectProperty<AdherenceSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public boolean isComputing() {
        return computation.isRunning();
    }

    /** Why nothing could be computed (e.g. the study has no treadmill); empty when it could. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The Vmax change threshold in percent as typed. */
    public StringProperty vmaxChangeTextProperty() {
        return vmaxChangeText;
    }

    /** False while the typed threshold is not a percentage of 0 or more; the last valid one stays in use. */
    public ReadOnlyBooleanProperty vmaxChangeValidProperty() {
        return vmaxChangeValid.getReadOnlyProperty();
    }

    /** The threshold in use. */
    public ReadOnlyObjectProperty<BigDecimal> vmaxChangeProperty() {
        return vmaxChange.getReadOnlyProperty();
    }

    /** Vmax changes, partial streaks and group gaps up to the as-of date. */
    public ObservableList<AdherenceAlert> alerts() {
        return alertsView;
    }

    /** Vmax and body weight over time. */
    public TrendsViewModel trends() {
        return trends;
    }
}
