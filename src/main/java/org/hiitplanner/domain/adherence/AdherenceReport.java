package org.hiitplanner.domain.adherence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.session.SessionRecord;

/**
 * Adherence up to a date, per animal, group and protocol week, and overall. Maps are sorted by key.
 *
 * @param asOf      the last day counted
 * @param byAnimal  animal id → figures
 * @param byGroup   group name → figures
 * @param byWeek    protocol week → figures
 * @param overall   all counted sessions
 * @param unmatched records up to asOf that the plan does not explain, left out (not counted): no planned
 *                  session of the same animal and date, or one whose rules the record breaks
 */
public record AdherenceReport(LocalDate asOf, SortedMap<String, Adherence> byAnimal,
                              SortedMap<String, Adherence> byGroup, SortedMap<Integer, Adherence> byWeek,
                              Adherence overall, List<SessionRecord> unmatched) {
    public AdherenceReport {
        Checks.required(asOf, "as-of date");
        byAnimal = sorted(byAnimal, "adherence by animal");
        byGroup = sorted(byGroup, "adherence by group");
        byWeek = sorted(byWeek, "adherence by week");
        Checks.required(overall, "overall adherence");
        unmatched = Checks.list(unmatched, "unmatched records");
    }

    private static <K> SortedMap<K, Adherence> sorted(Map<K, Adherence> map, String field) {
        Checks.required(map, field);
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    /** How many records were left out because the plan does not explain them. */
    public int leftOut() {
        return unmatched.size();
    }

    public Adherence animal(String animalId) {
        return byAnimal.getOrDefault(animalId, Adherence.NONE);
    }

    public Adherence group(String group) {
        return byGroup.getOrDefault(group, Adherence.NONE);
    }

    public Adherence week(int week) {
        return byWeek.getOrDefault(week, Adherence.NONE);
    }
}
