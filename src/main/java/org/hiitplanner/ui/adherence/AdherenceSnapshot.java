package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.domain.adherence.Adherence;
import org.hiitplanner.domain.adherence.AdherenceAlert;
import org.hiitplanner.domain.adherence.AdherenceAlerts;
import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.adherence.AdherenceReport;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.Study;

/**
 * Everything the adherence screen shows for one study up to one date, computed at once off the FX thread: the
 * adherence report, the heat map, the Vmax time points, the body weights and the alerts that do not depend on a
 * setting of the screen. Only data dated on or before the as-of date is used. Immutable.
 */
public final class AdherenceSnapshot {
    private final Study study;
    private final LocalDate asOf;
    private final List<PlannedSession> planned;
    private final AdherenceReport report;
    private final HeatMapData heatMap;
    private final VmaxHistory history;
    private final VmaxTimeline timeline;
    private final WeightData weights;
    private final List<AdherenceAlert> recordAlerts;
    private final Map<String, List<String>> members;

    private AdherenceSnapshot(Study study, LocalDate asOf, List<PlannedSession> planned, AdherenceReport report,
                              List<SessionRecord> counted) {
        this.study = study;
        this.asOf = asOf;
        this.planned = planned;
        this.report = report;
        this.heatMap = HeatMapData.of(study, planned, counted, asOf);
        this.history = VmaxHistory.of(study.stepTestResults().stream().filter(r -> !r.date().isAfter(asOf))
                .toList(), study.stepTestVersions());
        this.timeline = VmaxTimeline.of(history, study.animals().stream().map(Animal::id).toList());
        this.weights = WeightData.of(counted);
        AdherenceAlerts alerts = new AdherenceAlerts();
        List<AdherenceAlert> fixed = new ArrayList<>(alerts.partialStreaks(counted,
                AdherenceAlerts.DEFAULT_PARTIAL_STREAK));
        fixed.addAll(alerts.groupGaps(report, AdherenceAlerts.DEFAULT_GROUP_GAP_POINTS));
        fixed.addAll(0, alerts.welfareEvents(counted, study.settings().welfare()));
        this.recordAlerts = List.copyOf(fixed);
        Map<String, List<String>> groups = new LinkedHashMap<>();
        study.groups().forEach(g -> groups.put(g.name(), study.animals().stream()
                .filter(a -> a.group().equals(g.name())).map(Animal::id).sorted().toList()));
        this.members = Collections.unmodifiableMap(groups);
    }

    /**
     * Computes the snapshot of a study up to {@code asOf} from its shared derived state (the schedule and the
     * adherence report are computed there once per study value and date).
     */
    public static AdherenceSnapshot compute(DerivedStudy derived, LocalDate asOf) {
        return compute(derived, asOf, asOf);
    }

    /**
     * Like {@link #compute(DerivedStudy, LocalDate)}; records dated after {@code today}, and every other record the
     * plan does not explain, are left out (and counted as left out).
     */
    public static AdherenceSnapshot compute(DerivedStudy derived, LocalDate asOf, LocalDate today) {
        Study study = derived.study();
        AdherenceReport report = derived.adherence(asOf, today);
        Set<SessionRecord> leftOut = Collections.newSetFromMap(new IdentityHashMap<>());
        leftOut.addAll(report.unmatched());
        List<SessionRecord> counted = AdherenceCalculator.countedRecords(study.sessionRecords(), asOf).stream()
                .filter(r -> !leftOut.contains(r)).toList();
        return new AdherenceSnapshot(study, asOf, derived.schedule().sessions(), report, counted);
    }

    /** How many records the plan does not explain and the figures leave out. */
    public int leftOut() {
        return report.leftOut();
    }

    /** The table rows, one per animal, group or protocol week, in key order (weeks by number). */
    public List<AdherenceRow> rows(By by) {
        BigDecimal green = study.settings().greenPercent();
        BigDecimal yellow = study.settings().yellowPercent();
        List<AdherenceRow> rows = new ArrayList<>();
        switch (by) {
            case ANIMAL -> report.byAnimal().forEach((id, a) -> rows.add(AdherenceRow.of(id, groupOf(id), a, green,
                    yellow)));
            case GROUP -> report.byGroup().forEach((g, a) -> rows.add(AdherenceRow.of(g, "", a, green, yellow)));
            case WEEK -> report.byWeek().forEach((w, a) -> rows.add(AdherenceRow.of(w.toString(), "", a, green,
                    yellow)));
            default -> throw new IllegalArgumentException(by.toString());
        }
        return rows;
    }

    /** All counted sessions together. */
    public AdherenceRow overall() {
        return AdherenceRow.of("", "", report.overall(), study.settings().greenPercent(),
                study.settings().yellowPercent());
    }

    private String groupOf(String animalId) {
        return study.animal(animalId).map(Animal::group).orElse("");
    }

    /**
     * Welfare events first (they concern the animals), then alerts on Vmax changes above {@code thresholdPercent},
     * then partial streaks, then group gaps.
     */
    public List<AdherenceAlert> alerts(BigDecimal thresholdPercent) {
        List<AdherenceAlert> all = new ArrayList<>(recordAlerts.stream()
                .filter(a -> a.kind() == AdherenceAlert.Kind.WELFARE_EVENT).toList());
        all.addAll(new AdherenceAlerts().vmaxChanges(history, study.animals().stream().map(Animal::id).toList(),
                thresholdPercent));
        all.addAll(recordAlerts.stream().filter(a -> a.kind() != AdherenceAlert.Kind.WELFARE_EVENT).toList());
        return all;
    }

    public Study study() {
        return study;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public AdherenceReport report() {
        return report;
    }

    public HeatMapData heatMap() {
        return heatMap;
    }

    public VmaxTimeline timeline() {
        return timeline;
    }

    public WeightData weights() {
        return weights;
    }

    /** Group name → its animals' ids, for the groups in the study's order. */
    public Map<String, List<String>> members() {
        return members;
    }
}
