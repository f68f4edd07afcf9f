package org.hiitplanner.ui.today;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.pdf.BlindCodes;
import org.hiitplanner.ui.common.DaySheet;
import org.hiitplanner.ui.common.ScheduleSnapshot;

/** What the Today screen needs of one study, computed once off the FX thread. Immutable. */
final class TodayData {
    private final DerivedStudy derived;
    private final ScheduleSnapshot schedule;
    private final Map<String, List<String>> flags;
    private final BlindCodes codes;

    private TodayData(DerivedStudy derived, ScheduleSnapshot schedule, Map<String, List<String>> flags,
                      BlindCodes codes) {
        this.derived = derived;
        this.schedule = schedule;
        this.flags = flags;
        this.codes = codes;
    }

    /**
     * The study's shared schedule, the heats of {@code date} and the welfare flags; may take a while for a large
     * study the first time.
     */
    static TodayData compute(DerivedStudy derived, LocalDate date,
                             Function<Study, Map<String, List<String>>> flagsOf) {
        Study study = derived.study();
        ScheduleSnapshot schedule = ScheduleSnapshot.of(derived);
        try {
            derived.heatsOn(date);
        } catch (IllegalArgumentException e) {
            // shown when the day is shown
        }
        Map<String, List<String>> flags = Map.copyOf(flagsOf.apply(study));
        BlindCodes codes = study.settings().blinded()
                ? BlindCodes.of(study.info().title(), study.animals().stream().map(Animal::id).toList()) : null;
        return new TodayData(derived, schedule, flags, codes);
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
     * The day's heats on each treadmill, planned as the heats command and the run sheet plan them (the study's
     * shared derived heats: a look-up once planned).
     *
     * @throws IllegalArgumentException when the day's sessions cannot be planned in heats
     */
    List<HeatPlan> heatsOn(DaySheet sheet) {
        return derived.heatsOn(sheet.date());
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
