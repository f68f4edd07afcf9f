package org.hiitplanner.domain.adherence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.welfare.WelfareFlag;

/**
 * The alerts of the adherence review. Percentages and point differences are compared after rounding HALF_UP to
 * 0.1, so an alert agrees with the number shown next to it; "more than" is strict.
 */
public final class AdherenceAlerts {
    public static final int DEFAULT_PARTIAL_STREAK = 3;
    public static final BigDecimal DEFAULT_GROUP_GAP_POINTS = BigDecimal.TEN;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Vmax change between consecutive valid tests of each animal above {@code thresholdPercent} (either way). */
    public List<AdherenceAlert> vmaxChanges(VmaxHistory history, Collection<String> animalIds,
                                            BigDecimal thresholdPercent) {
        Checks.required(history, "Vmax history");
        Checks.notNegative(thresholdPercent, "Vmax change threshold (%)");
        List<AdherenceAlert> alerts = new ArrayList<>();
        for (String id : Checks.list(List.copyOf(animalIds), "animal ids")) {
            List<VmaxInForce> tests = history.tests(id);
            for (int i = 1; i < tests.size(); i++) {
                BigDecimal change = changePercent(tests.get(i - 1).vmax(), tests.get(i).vmax());
                if (change.abs().compareTo(thresholdPercent) > 0) {
                    alerts.add(vmaxAlert(id, tests.get(i - 1), tests.get(i), change, thresholdPercent));
                }
            }
        }
        return alerts;
    }

    /** (to − from) / from in percent, HALF_UP to 0.1. */
    public static BigDecimal changePercent(BigDecimal from, BigDecimal to) {
        Checks.positive(from, "earlier Vmax");
        return to.subtract(from).multiply(HUNDRED).divide(from, 1, RoundingMode.HALF_UP);
    }

    private static AdherenceAlert vmaxAlert(String id, VmaxInForce before, VmaxInForce after, BigDecimal change,
                                            BigDecimal threshold) {
        String signed = (change.signum() > 0 ? "+" : "") + change.toPlainString();
        return new AdherenceAlert(AdherenceAlert.Kind.VMAX_CHANGE, id, "Vmax of animal " + id + " changed "
                + signed + " % from " + Units.vmax(before.vmax()) + " m/min (" + before.testDate() + ") to "
                + Units.vmax(after.vmax()) + " m/min (" + after.testDate() + "), more than "
                + threshold.toPlainString() + " %");
    }

    /**
     * One alert per run of at least {@code length} consecutive partial sessions of an animal, in date order. Any
     * other status ends a run. For several records of one animal and date, the one recorded last counts.
     */
    public List<AdherenceAlert> partialStreaks(List<SessionRecord> records, int length) {
        Checks.range(length, 2, 1000, "partial sessions in a row");
        Map<String, List<SessionRecord>> byAnimal = new TreeMap<>();
        for (SessionRecord r : AdherenceCalculator.latestRecords(Checks.list(records, "session records"),
                LocalDate.MAX).values()) {
            byAnimal.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(r);
        }
        List<AdherenceAlert> alerts = new ArrayList<>();
        byAnimal.forEach((id, list) -> {
            list.sort(Comparator.comparing(SessionRecord::date));
            alerts.addAll(streaksOf(id, list, length));
        });
        return alerts;
    }

    private static List<AdherenceAlert> streaksOf(String id, List<SessionRecord> dated, int length) {
        List<AdherenceAlert> alerts = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < dated.size(); i++) {
            SessionRecord r = dated.get(i);
            run = r.status() == SessionStatus.PARTIAL ? run + 1 : 0;
            if (run == length) {
                LocalDate first = dated.get(i - length + 1).date();
                alerts.add(new AdherenceAlert(AdherenceAlert.Kind.PARTIAL_STREAK, id, "Animal " + id + " had "
                        + length + " partial sessions in a row, from " + first + " to " + r.date()));
            }
        }
        return alerts;
    }

    /**
     * One alert per welfare event, in date then animal order: a session above the stimulus limit, a weighing at or
     * beyond the weight-loss endpoint (cleared or not: the review shows what happened). Only the latest record of
     * each animal and day counts; pass the records up to the as-of date.
     */
    public List<AdherenceAlert> welfareEvents(List<SessionRecord> records, WelfareLimits limits) {
        Checks.required(limits, "welfare limits");
        List<SessionRecord> latest = AdherenceCalculator.countedRecords(records, LocalDate.MAX);
        Map<String, List<SessionRecord>> byAnimal = new TreeMap<>();
        latest.forEach(r -> byAnimal.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(r));
        WelfareCheck check = new WelfareCheck();
        List<AdherenceAlert> alerts = new ArrayList<>();
        for (SessionRecord r : latest) {
            check.stimuli(r, limits).ifPresent(f -> alerts.add(welfareAlert(f)));
            check.weightLoss(r, byAnimal.get(r.animalId()), limits).ifPresent(f -> alerts.add(welfareAlert(f)));
        }
        return alerts;
    }

    private static AdherenceAlert welfareAlert(WelfareFlag flag) {
        return new AdherenceAlert(AdherenceAlert.Kind.WELFARE_EVENT, flag.animalId(), flag.message());
    }

    /** One alert for each pair of groups whose interval adherence differs by more than {@code points}. */
    public List<AdherenceAlert> groupGaps(AdherenceReport report, BigDecimal points) {
        Checks.required(report, "adherence report");
        Checks.notNegative(points, "group difference threshold (points)");
        List<Map.Entry<String, BigDecimal>> groups = new ArrayList<>();
        report.byGroup().forEach((g, a) -> a.intervalAdherence().ifPresent(p -> groups.add(Map.entry(g, p))));
        List<AdherenceAlert> alerts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                gap(groups.get(i), groups.get(j), points).ifPresent(alerts::add);
            }
        }
        return alerts;
    }

    private static Optional<AdherenceAlert> gap(Map.Entry<String, BigDecimal> a, Map.Entry<String, BigDecimal> b,
                                                BigDecimal points) {
        BigDecimal diff = a.getValue().subtract(b.getValue()).abs();
        if (diff.compareTo(points) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new AdherenceAlert(AdherenceAlert.Kind.GROUP_GAP, a.getKey() + " / " + b.getKey(),
                "Interval adherence of group " + a.getKey() + " (" + a.getValue().toPlainString() + " %) and group "
                        + b.getKey() + " (" + b.getValue().toPlainString() + " %) differ by " + diff.toPlainString()
                        + " points, more than " + points.toPlainString()));
    }
}
