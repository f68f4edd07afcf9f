package org.hiitplanner.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hiitplanner.domain.schedule.PlannedSession;

/** Every planned session of one study, indexed by animal and by date so that either is a look-up. Immutable. */
public final class PlannedSchedule {
    private final List<PlannedSession> sessions;
    private final Map<String, List<PlannedSession>> byAnimal;
    private final Map<LocalDate, List<PlannedSession>> byDate;

    public PlannedSchedule(List<PlannedSession> sessions) {
        this.sessions = List.copyOf(sessions);
        Map<String, List<PlannedSession>> animals = new HashMap<>();
        Map<LocalDate, List<PlannedSession>> dates = new HashMap<>();
        for (PlannedSession s : this.sessions) {
            animals.computeIfAbsent(s.animalId(), k -> new ArrayList<>()).add(s);
            dates.computeIfAbsent(s.date(), k -> new ArrayList<>()).add(s);
        }
        animals.replaceAll((k, v) -> List.copyOf(v));
        dates.replaceAll((k, v) -> List.copyOf(v));
        this.byAnimal = Map.copyOf(animals);
        this.byDate = Map.copyOf(dates);
    }

    /** Every session, in the engine's order. */
    public List<PlannedSession> sessions() {
        return sessions;
    }

    /** Every session of one animal, in date order; empty for an unknown animal or null. */
    public List<PlannedSession> of(String animalId) {
        return animalId == null ? List.of() : byAnimal.getOrDefault(animalId, List.of());
    }

    /** The sessions of one date, in the engine's order; empty when nobody runs. */
    public List<PlannedSession> on(LocalDate date) {
        return date == null ? List.of() : byDate.getOrDefault(date, List.of());
    }
}
