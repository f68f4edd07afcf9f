package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hiitplanner.domain.session.SessionRecord;

/**
 * Body weights from the session records that have one, per animal in date order. Immutable.
 *
 * @param byAnimal animal id → its weighings, earliest first; only animals that were weighed
 */
public record WeightData(Map<String, List<Weighing>> byAnimal) {
    public static final WeightData EMPTY = new WeightData(Map.of());

    /** One weighing: the day and the weight in g. */
    public record Weighing(LocalDate date, BigDecimal grams) {
    }

    /** The weighings of one animal, for a chart line. */
    public record Line(String animalId, List<Weighing> weighings) {
        public Line {
            weighings = List.copyOf(weighings);
        }
    }

    public WeightData {
        Map<String, List<Weighing>> copy = new LinkedHashMap<>();
        byAnimal.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        byAnimal = Collections.unmodifiableMap(copy);
    }

    /** @param counted the records that count, one per animal and date, in date order */
    public static WeightData of(List<SessionRecord> counted) {
        Map<String, List<Weighing>> map = new LinkedHashMap<>();
        for (SessionRecord r : counted) {
            r.bodyWeight().ifPresent(g ->
                    map.computeIfAbsent(r.animalId(), k -> new ArrayList<>()).add(new Weighing(r.date(), g)));
        }
        return new WeightData(map);
    }

    /** The weighings of one animal; empty when it was never weighed. */
    public List<Weighing> weighingsOf(String animalId) {
        return byAnimal.getOrDefault(animalId, List.of());
    }
}
