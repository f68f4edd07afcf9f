package org.hiitplanner.domain.study;

import org.hiitplanner.domain.treadmill.Treadmill;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.steptest.VmaxHistory;

/**
 * Every error and warning of a study, each with the JSON path of the place to fix. Errors are references that do
 * not resolve and duplicates; warnings are values a user may accept.
 */
public final class StudyValidator {

    public List<Finding> validate(Study study) {
        List<Finding> findings = new ArrayList<>();
        checkTreadmills(study, findings);
        checkGroups(study, findings);
        checkAnimals(study, findings);
        checkResults(study, findings);
        checkProtocols(study, findings);
        checkRecords(study, findings);
        checkCalendar(study, findings);
        checkVmaxCoverage(study, findings);
        return List.copyOf(findings);
    }

    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    private static void checkProtocols(Study study, List<Finding> out) {
        out.addAll(study.settings().protocolLimits().check(study.firstProtocol(), "$.protocol"));
        for (int i = 0; i < study.protocolVersions().size(); i++) {
            var v = study.protocolVersions().get(i);
            String path = "$.protocolVersions[" + i + "]";
            if (!v.effectiveFrom().isAfter(study.startDate())) {
                out.add(Finding.error(path + ".effectiveFrom", "Protocol version " + (i + 2) + " takes effect on "
                        + v.effectiveFrom() + ", which is not after the study's start " + study.startDate()));
            }
            out.addAll(study.settings().protocolLimits().check(v.protocol(), path + ".protocol"));
        }
    }

    /**
     * A clearance of an animal that is not (or no longer) in the study is kept, with a warning. Session records
     * are checked by the record rules of the plan (domain.schedule.RecordRules), which the loader adds.
     */
    private static void checkRecords(Study study, List<Finding> out) {
        Set<String> ids = new HashSet<>();
        study.animals().forEach(a -> ids.add(a.id()));
        for (int i = 0; i < study.welfareClearances().size(); i++) {
            String id = study.welfareClearances().get(i).animalId();
            if (!ids.contains(id)) {
                out.add(Finding.warning("$.welfareClearances[" + i + "].animal", "Welfare clearance " + (i + 1)
                        + " is of animal \"" + id + "\", which is not in the study"));
            }
        }
    }

    private static void checkTreadmills(Study study, List<Finding> out) {
        if (study.treadmills().isEmpty()) {
            out.add(Finding.error("$.treadmills", "The study has no treadmill; add at least one"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < study.treadmills().size(); i++) {
            String name = study.treadmills().get(i).name();
            if (!seen.add(name)) {
                out.add(Finding.error("$.treadmills[" + i + "].name", "Treadmill \"" + name + "\" is listed twice"));
            }
        }
    }

    private static void checkGroups(Study study, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < study.groups().size(); i++) {
            String name = study.groups().get(i).name();
            if (!seen.add(name)) {
                out.add(Finding.error("$.groups[" + i + "].name", "Group \"" + name + "\" is listed twice"));
            }
        }
        if (study.groups().stream().noneMatch(Group::trains) && !study.groups().isEmpty()) {
            out.add(Finding.warning("$.groups", "No group trains, so the study has no training sessions"));
        }
    }

    private static void checkAnimals(Study study, List<Finding> out) {
        Set<String> groups = new HashSet<>();
        study.groups().forEach(g -> groups.add(g.name()));
        Set<String> treadmills = new HashSet<>();
        study.treadmills().forEach(t -> treadmills.add(t.name()));
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < study.animals().size(); i++) {
            Animal a = study.animals().get(i);
            String path = "$.animals[" + i + "]";
            Integer earlier = firstIndex.putIfAbsent(a.id(), i);
            if (earlier != null) {
                out.add(Finding.error(path + ".id", "Animal id \"" + a.id() + "\" is used twice (also at $.animals["
                        + earlier + "])"));
            }
            if (!groups.contains(a.group())) {
                out.add(Finding.error(path + ".group", "Animal " + a.id() + ": group \"" + a.group()
                        + "\" does not exist"));
            }
            if (!a.treadmill().isEmpty() && !treadmills.contains(a.treadmill())) {
                out.add(Finding.error(path + ".treadmill", "Animal " + a.id() + ": treadmill \"" + a.treadmill()
                        + "\" does not exist"));
            }
        }
    }

    private static void checkResults(Study study, List<Finding> out) {
        Set<String> animals = new HashSet<>();
        study.animals().forEach(a -> animals.add(a.id()));
        for (int i = 0; i < study.stepTestResults().size(); i++) {
            StepTestResult r = study.stepTestResults().get(i);
            String path = "$.stepTestResults[" + i + "]";
            String what = "Step test of " + r.animalId() + " on " + r.date();
            if (!animals.contains(r.animalId())) {
                out.add(Finding.error(path + ".animal", what + ": there is no animal " + r.animalId()));
            }
            int stage = study.stepTestProtocolOn(r.date()).stageSeconds();
            if (r.measurement() instanceof Measurement.Stages s && s.seconds() >= stage) {
                out.add(Finding.error(path + ".seconds", what + ": " + s.seconds()
                        + " s into the next stage must be below the stage length of " + stage + " s"));
            } else if (r.valid() && study.stepTestVersions().vmax(r).isEmpty()) {
                out.add(Finding.warning(path, what + ": the animal did not complete the first stage, so no Vmax"
                        + " comes from it; mark it invalid or enter a Vmax directly"));
            }
        }
    }

    private static void checkCalendar(Study study, List<Finding> out) {
        LocalDate start = study.startDate();
        if (!study.calendar().trainingDays().isEmpty()
                && !study.calendar().trainingDays().contains(start.getDayOfWeek())) {
            String day = start.getDayOfWeek().toString();
            out.add(Finding.warning("$.startDate", "The start date " + start + " is a " + day.charAt(0)
                    + day.substring(1).toLowerCase(java.util.Locale.ROOT) + ", not a training weekday: the first"
                    + " session is on a later day, and every week starts on this weekday"));
        }
        List<LocalDate> skips = List.copyOf(study.calendar().skipDates());
        for (int i = 0; i < skips.size(); i++) {
            LocalDate d = skips.get(i);
            if (d.isBefore(study.startDate()) || d.isAfter(study.endDate())) {
                out.add(Finding.warning("$.calendar.skipDates[" + i + "]", "Skip date " + d
                        + " lies outside the study (" + study.startDate() + " to " + study.endDate() + ")"));
            }
        }
    }

    private static void checkVmaxCoverage(Study study, List<Finding> out) {
        List<SessionDay> days = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount());
        if (days.isEmpty()) {
            out.add(Finding.warning("$.calendar", "The calendar has no training day within the study"));
            return;
        }
        VmaxHistory history = VmaxHistory.of(study.stepTestResults(), study.stepTestVersions());
        Map<String, Group> groups = new HashMap<>();
        study.groups().forEach(g -> groups.putIfAbsent(g.name(), g));
        for (int i = 0; i < study.animals().size(); i++) {
            Animal a = study.animals().get(i);
            Optional<Group> g = Optional.ofNullable(groups.get(a.group()));
            Optional<SessionDay> first = days.stream().filter(d -> a.isActiveOn(d.date())).findFirst();
            if (g.isPresent() && g.get().trains() && first.isPresent()
                    && history.inForce(a.id(), first.get().date()).isEmpty()) {
                out.add(Finding.warning("$.animals[" + i + "]", "Animal " + a.id() + " has no valid step test on or"
                        + " before its first session (" + first.get().date() + "): sessions without one have no speeds"));
            }
        }
    }
}
