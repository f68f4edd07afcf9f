package org.hiitplanner.ui.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.pdf.BlindCodes;
import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.ScheduleSnapshot;

/** What the Today screen needs of one study, computed once off the FX thread. Immutable. */
final class TodayData {
    private final ScheduleSnapshot schedule;
    private final Map<String, List<String>> flags;
    private final BlindCodes codes;

    private TodayData(ScheduleSnapshot schedule, Map<String, List<String>> flags, BlindCodes codes) {
        this.schedule = schedule;
        this.flags = flags;
        this.codes = codes;
    }

    /** Plans the study's sessions and looks up its welfare flags; may take a while for a large study. */
    static TodayData compute(Study study, ScheduleEngine engine, Function<Study, Map<String, List<String>>> flagsOf) {
        ScheduleSnapshot schedule = ScheduleSnapshot.compute(study, engine);
        Map<String, List<String>> flags = Map.copyOf(flagsOf.apply(study));
        BlindCodes codes = study.settings().blinded()
                ? BlindCodes.of(study.info().title(), study.animals().stream().map(Animal::id).toList()) : null;
        return new TodayData(schedule, flags, codes);
    }

    ScheduleSnapshot schedule() {
        return schedule;
    }

    Study study() {
        return schedule.study();
    }

    List<String> flagsOf(String animalId) {
        return flags.getOrDefault(animalId, List.of());
    }

    /** The animal's group, or its blinded code when the study is blinded. */
    String groupOrCode(String animalId, String group) {
        return codes == null ? group : codes.of(animalId);
    }

    /**
     * The day's heats on each treadmill, planned as the heats command and the run sheet plan them.
     *
     * @throws IllegalArgumentException when the day's sessions cannot be planned in heats
     */
    List<HeatPlan> heatsOn(DaySheet sheet, StudyHeats heats) {
        List<PlannedSession> day = sheet.treadmills().stream().flatMap(t -> t.sessions().stream()).toList();
        return day.isEmpty() ? List.of() : heats.day(study(), day);
    }

    /** The latest record of each animal on a date (the latest recorded-at wins), by animal id. */
    Map<String, SessionRecord> latestOn(LocalDate date) {
        return latestOn(study().sessionRecords(), date);
    }

    static Map<String, SessionRecord> latestOn(List<SessionRecord> records, LocalDate date) {
        Map<String, SessionRecord> latest = new HashMap<>();
        for (SessionRecord r : records) {
            if (r.date().equals(date)) {
                latest.merge(r.animalId(), r, SessionRecord::later);
            }
        }
        return latest;
    }
}
