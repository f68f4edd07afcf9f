package org.hiitplanner.domain.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;

/**
 * Adherence per animal, group and week up to a date (DESIGN.md §2 "Adherence"). A planned session counts when it
 * is dated on or before the as-of date. Its record is the one of the same animal and date; when there are several
 * (a corrected record), the one recorded last wins. Excused sessions count in neither intervals nor sessions; a
 * planned session without a record counts as planned and not completed, with 0 intervals; only a completed
 * session counts as a completed session. Only records the plan explains count (RecordRules): a completed record
 * has all planned intervals, a partial one 1 … planned − 1, so intervals never exceed the plan.
 */
public final class AdherenceCalculator {

    public AdherenceReport compute(List<PlannedSession> planned, List<SessionRecord> records, LocalDate asOf) {
        return compute(planned, records, asOf, asOf);
    }

    /**
     * Like {@link #compute(List, List, LocalDate)}, counting only the records the plan explains
     * ({@link RecordRules#checkAgainst}): a record that counts for a planned session but breaks a rule (wrong
     * intervals for its status, run without a prescription, another session number, dated after {@code today})
     * is left out, and its session counts as planned without a record. Records left out, and those with no
     * planned session, are the report's {@link AdherenceReport#leftOut()}.
     */
    public AdherenceReport compute(List<PlannedSession> planned, List<SessionRecord> records, LocalDate asOf,
                                   LocalDate today) {
        Checks.list(planned, "planned sessions");
        Checks.required(today, "today");
        Checks.list(records, "session records");
        Checks.required(asOf, "as-of date");
        Map<Key, SessionRecord> latest = latestRecords(records, asOf);
        Map<String, Adherence> byAnimal = new TreeMap<>();
        Map<String, Adherence> byGroup = new TreeMap<>();
        Map<Integer, Adherence> byWeek = new TreeMap<>();
        Adherence overall = Adherence.NONE;
        Set<Key> used = new HashSet<>();
        for (PlannedSession p : planned) {
            if (p.date().isAfter(asOf)) {
                continue;
            }
            Key key = new Key(p.animalId(), p.date());
            SessionRecord record = latest.get(key);
            if (record != null && RecordRules.checkAgainst(p, record, today).isEmpty()) {
                used.add(key);
            } else {
                record = null;
            }
            Adherence one = figures(p, record);
            byAnimal.merge(p.animalId(), one, Adherence::plus);
            byGroup.merge(p.group(), one, Adherence::plus);
            byWeek.merge(p.week(), one, Adherence::plus);
            overall = overall.plus(one);
        }
        List<SessionRecord> unmatched = new ArrayList<>();
        latest.forEach((k, r) -> {
            if (!used.contains(k)) {
                unmatched.add(r);
            }
        });
        unmatched.sort(Comparator.comparing(SessionRecord::date).thenComparing(SessionRecord::animalId));
        return new AdherenceReport(asOf, new TreeMap<>(byAnimal), new TreeMap<>(byGroup), new TreeMap<>(byWeek),
                overall, unmatched);
    }

    /** The figures of one planned session and its record (null when nothing was recorded). */
    static Adherence figures(PlannedSession planned, SessionRecord record) {
        if (record == null) {
            return new Adherence(planned.prescription().intervals(), 0, 1, 0);
        }
        if (record.status() == SessionStatus.EXCUSED) {
            return Adherence.NONE;
        }
        int completedSession = record.status() == SessionStatus.COMPLETED ? 1 : 0;
        return new Adherence(planned.prescription().intervals(), record.intervalsCompleted(), 1, completedSession);
    }

    /**
     * The records that count up to {@code asOf}: for each animal and date the one recorded last, in date order,
     * then by animal id.
     */
    public static List<SessionRecord> countedRecords(List<SessionRecord> records, LocalDate asOf) {
        List<SessionRecord> counted = new ArrayList<>(latestRecords(Checks.list(records, "session records"),
                Checks.required(asOf, "as-of date")).values());
        counted.sort(Comparator.comparing(SessionRecord::date).thenComparing(SessionRecord::animalId));
        return counted;
    }

    /** The record entered last for each animal and date, for dates up to asOf. */
    static Map<Key, SessionRecord> latestRecords(List<SessionRecord> records, LocalDate asOf) {
        Map<Key, SessionRecord> latest = new HashMap<>();
        for (SessionRecord r : records) {
            if (r.date().isAfter(asOf)) {
                continue;
            }
            latest.merge(new Key(r.animalId(), r.date()), r, SessionRecord::later);
        }
        return latest;
    }

    record Key(String animalId, LocalDate date) {
    }
}
