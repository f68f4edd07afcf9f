package org.hiitplanner.domain.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * Plans every session of every trained, active animal: the Vmax in force (the latest valid test on or before the
 * day), speeds rounded HALF_UP to the treadmill's resolution and clamped with a warning. The result is sorted by
 * date, then animal id. A pure function of the study.
 */
public final class ScheduleEngine {

    public List<PlannedSession> schedule(Study study) {
        return schedule(study, ScheduleQuery.ALL);
    }

    public List<PlannedSession> schedule(Study study, ScheduleQuery query) {
        List<SessionDay> days = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount())
                .stream().filter(d -> query.includes(d.date())).toList();
        List<Trainee> trainees = trainees(study, query);
        VmaxHistory history = VmaxHistory.of(study.stepTestResults(), study.stepTestVersions());
        List<PlannedSession> out = new ArrayList<>(days.size() * trainees.size());
        for (SessionDay day : days) {
            Protocol protocol = study.protocolOn(day.date());
            if (day.week() > protocol.weekCount()) {
                continue;
            }
            for (Trainee t : trainees) {
                if (t.animal.isActiveOn(day.date())) {
                    Optional<VmaxInForce> vmax = history.inForce(t.animal.id(), day.date());
                    out.add(new PlannedSession(t.animal.id(), t.animal.group(), t.treadmill.name(), day.date(),
                            day.week(), day.number(), vmax.orElse(null), t.prescription(protocol, day.week(), vmax)));
                }
            }
        }
        return out;
    }

    private static List<Trainee> trainees(Study study, ScheduleQuery query) {
        Map<String, Group> groups = study.groups().stream()
                .collect(Collectors.toMap(Group::name, Function.identity(), (a, b) -> a));
        List<Trainee> trainees = new ArrayList<>();
        for (Animal a : study.animals()) {
            Group g = groups.get(a.group());
            if (g == null || !g.trains() || (query.animalId() != null && !query.animalId().equals(a.id()))) {
                continue;
            }
            Treadmill treadmill = study.treadmillOf(a)
                    .orElseThrow(() -> new IllegalArgumentException("The study has no treadmill"));
            trainees.add(new Trainee(a, treadmill));
        }
        trainees.sort(Comparator.comparing(t -> t.animal.id()));
        return trainees;
    }

    /**
     * An animal to plan for, remembering its last prescription: it changes only with the protocol version, the
     * week or the Vmax.
     */
    private static final class Trainee {
        private final Animal animal;
        private final Treadmill treadmill;
        private int lastWeek;
        private Protocol lastProtocol;
        private VmaxInForce lastVmax;
        private Prescription last;

        Trainee(Animal animal, Treadmill treadmill) {
            this.animal = animal;
            this.treadmill = treadmill;
        }

        Prescription prescription(Protocol protocol, int week, Optional<VmaxInForce> vmax) {
            VmaxInForce v = vmax.orElse(null);
            if (last == null || week != lastWeek || v != lastVmax || protocol != lastProtocol) {
                last = Prescription.of(protocol, week, vmax, treadmill);
                lastWeek = week;
                lastProtocol = protocol;
                lastVmax = v;
            }
            return last;
        }
    }
}
