package org.hiitplanner.domain.steptest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For each animal, its usable Vmax values in date order; answers "which Vmax is in force on a date": the latest
 * valid result dated on or before it. Two valid results on one day: the one entered last wins.
 */
public final class VmaxHistory {
    private final Map<String, List<VmaxInForce>> byAnimal;

    private VmaxHistory(Map<String, List<VmaxInForce>> byAnimal) {
        this.byAnimal = byAnimal;
    }

    /** With one step-test protocol that never changed. */
    public static VmaxHistory of(Collection<StepTestResult> results, StepTestProtocol protocol) {
        return of(results, StepTestVersions.of(protocol));
    }

    /** Each result's Vmax under the step-test protocol version in force on its date. */
    public static VmaxHistory of(Collection<StepTestResult> results, StepTestVersions protocols) {
        Map<String, List<VmaxInForce>> map = new HashMap<>();
        for (StepTestResult r : results) {
            protocols.usableVmax(r).ifPresent(v ->
                    map.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(new VmaxInForce(v, r.date())));
        }
        // stable sort keeps entry order within a day, so the last entered of a day comes last
        map.values().forEach(list -> list.sort(Comparator.comparing(VmaxInForce::testDate)));
        return new VmaxHistory(map);
    }

    /** The tests of one animal in date order. */
    public List<VmaxInForce> tests(String animalId) {
        return List.copyOf(byAnimal.getOrDefault(animalId, List.of()));
    }

    /** The Vmax in force on {@code date}, or empty when no valid test is dated on or before it. */
    public Optional<VmaxInForce> inForce(String animalId, LocalDate date) {
        List<VmaxInForce> list = byAnimal.get(animalId);
        if (list == null) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = list.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!list.get(mid).testDate().isAfter(date)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(list.get(found));
    }
}
