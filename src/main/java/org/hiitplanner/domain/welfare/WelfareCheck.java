package org.hiitplanner.domain.welfare;

import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.session.WelfareClearance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.session.SessionRecord;

/**
 * The welfare guards over session records. Only the latest record of each animal and date counts (a corrected
 * record supersedes the earlier one). Weight loss is measured from the animal's baseline, its first recorded
 * weight, and rounded HALF_UP to 0.1 % before it is compared with the endpoint ("at or beyond").
 */
public final class WelfareCheck {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The session's stimulus flag, if the record is above the limit. */
    public Optional<WelfareFlag> stimuli(SessionRecord r, WelfareLimits limits) {
        if (r.stimuli() <= limits.stimulusLimit()) {
            return Optional.empty();
        }
        return Optional.of(new WelfareFlag(WelfareFlag.Kind.STIMULI, r.animalId(), r.date(), "Animal " + r.animalId()
                + " had " + r.stimuli() + " stimuli on " + r.date() + ", above the limit of " + limits.stimulusLimit()
                + " per session"));
    }

    /** Weight loss of one record against the animal's baseline, as a flag when at or beyond the endpoint. */
    public Optional<WelfareFlag> weightLoss(SessionRecord r, List<SessionRecord> animalRecords, WelfareLimits limits) {
        Optional<SessionRecord> baseline = baseline(latestPerDate(animalRecords, r.animalId()));
        if (r.bodyWeightGrams() == null || baseline.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal base = baseline.get().bodyWeightGrams();
        BigDecimal loss = lossPercent(base, r.bodyWeightGrams());
        if (loss.compareTo(limits.weightLossEndpointPercent()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new WelfareFlag(WelfareFlag.Kind.WEIGHT_LOSS, r.animalId(), r.date(), "Animal "
                + r.animalId() + " weighed " + Units.plain(r.bodyWeightGrams()) + " g on " + r.date() + ", "
                + loss.toPlainString() + " % below its baseline of " + Units.plain(base) + " g ("
                + baseline.get().date() + "); endpoint " + Units.plain(limits.weightLossEndpointPercent()) + " %"));
    }

    /** The animal's baseline body weight: its first recorded weight (the latest record of each date counts). */
    public Optional<BigDecimal> baselineWeight(String animalId, List<SessionRecord> records) {
        return baseline(latestPerDate(records, animalId)).map(SessionRecord::bodyWeightGrams);
    }

    /** (baseline − weight) / baseline in percent, HALF_UP to 0.1. */
    public static BigDecimal lossPercent(BigDecimal baseline, BigDecimal weight) {
        Checks.positive(baseline, "baseline body weight");
        return baseline.subtract(weight).multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP);
    }

    /**
     * The animal's weight-loss flag that a PI has not cleared: the latest weighing at or beyond the endpoint dated
     * after every clearance's {@code coversThrough}.
     */
    public Optional<WelfareFlag> openWeightFlag(String animalId, List<SessionRecord> records,
                                                List<WelfareClearance> clearances, WelfareLimits limits) {
        List<SessionRecord> own = latestPerDate(records, animalId);
        LocalDate cleared = clearances.stream().filter(c -> c.animalId().equals(animalId))
                .map(WelfareClearance::coversThrough).max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
        Optional<WelfareFlag> open = Optional.empty();
        for (SessionRecord r : own) {
            if (r.date().isAfter(cleared)) {
                Optional<WelfareFlag> flag = weightLoss(r, own, limits);
                if (flag.isPresent()) {
                    open = flag;
                }
            }
        }
        return open;
    }

    /** Every open weight flag and every stimulus flag, by animal id. */
    public Map<String, List<WelfareFlag>> flagsByAnimal(List<SessionRecord> records,
                                                       List<WelfareClearance> clearances, WelfareLimits limits) {
        Map<String, List<WelfareFlag>> flags = new HashMap<>();
        Map<String, List<SessionRecord>> byAnimal = new HashMap<>();
        for (SessionRecord r : records) {
            byAnimal.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(r);
        }
        byAnimal.forEach((id, own) -> {
            List<WelfareFlag> list = new ArrayList<>();
            openWeightFlag(id, own, clearances, limits).ifPresent(list::add);
            latestPerDate(own, id).forEach(r -> stimuli(r, limits).ifPresent(list::add));
            if (!list.isEmpty()) {
                flags.put(id, List.copyOf(list));
            }
        });
        return flags;
    }

    /** The animal's records, the latest of each date, in date order. */
    static List<SessionRecord> latestPerDate(List<SessionRecord> records, String animalId) {
        Map<LocalDate, SessionRecord> latest = new HashMap<>();
        for (SessionRecord r : records) {
            if (r.animalId().equals(animalId)) {
                latest.merge(r.date(), r, SessionRecord::later);
            }
        }
        List<SessionRecord> list = new ArrayList<>(latest.values());
        list.sort(Comparator.comparing(SessionRecord::date));
        return list;
    }

    private static Optional<SessionRecord> baseline(List<SessionRecord> inDateOrder) {
        return inDateOrder.stream().filter(r -> r.bodyWeightGrams() != null).findFirst();
    }
}
