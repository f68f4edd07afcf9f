package org.hiitplanner.domain.study;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * A whole study. Each part validates itself; references between parts (an animal's group, a test's animal,
 * unique names) are checked by {@link StudyValidator}, so that every problem can be reported at once.
 */
public record Study(StudyInfo info, LocalDate startDate, List<Group> groups, List<Animal> animals,
                    Protocol protocol, StepTestProtocol stepTestProtocol, List<StepTestResult> stepTestResults,
                    List<Treadmill> treadmills, TrainingCalendar calendar, StudySettings settings,
                    List<SessionRecord> sessionRecords, AuditLog auditLog) {
    public Study {
        Checks.required(info, "study description");
        Checks.required(startDate, "start date");
        groups = Checks.list(groups, "groups");
        animals = Checks.list(animals, "animals");
        Checks.required(protocol, "protocol");
        Checks.required(stepTestProtocol, "step-test protocol");
        stepTestResults = Checks.list(stepTestResults, "step-test results");
        treadmills = Checks.list(treadmills, "treadmills");
        Checks.required(calendar, "calendar");
        Checks.required(settings, "settings");
        sessionRecords = Checks.list(sessionRecords, "session records");
        Checks.required(auditLog, "audit log");
    }

    /** A new study from the default template: Monday–Friday, one rat treadmill, no groups or animals yet. */
    public static Study newFromTemplate(String title, LocalDate start) {
        Protocol protocol = Protocol.defaultTemplate();
        return new Study(new StudyInfo(title, "Rat", "", Sex.MALE, ""), start, List.of(), List.of(), protocol,
                StepTestProtocol.defaults(start, protocol.weekCount()), List.of(),
                List.of(Treadmill.ratTreadmill("Treadmill 1")), TrainingCalendar.mondayToFriday(),
                StudySettings.defaults(), List.of(), AuditLog.empty());
    }

    /** The last day of the last protocol week. */
    public LocalDate endDate() {
        return startDate.plusDays(7L * protocol.weekCount() - 1);
    }

    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public Optional<Animal> animal(String id) {
        return animals.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The treadmill of an animal: the named one, or the study's first. Empty if the study has none. */
    public Optional<Treadmill> treadmillOf(Animal animal) {
        if (!animal.treadmill().isEmpty()) {
            Optional<Treadmill> named = treadmills.stream().filter(t -> t.name().equals(animal.treadmill())).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        return treadmills.isEmpty() ? Optional.empty() : Optional.of(treadmills.get(0));
    }

    public Study withInfo(StudyInfo newInfo) {
        return new Study(newInfo, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withStartDate(LocalDate newStart) {
        return new Study(info, newStart, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withGroups(List<Group> newGroups) {
        return new Study(info, startDate, newGroups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withAnimals(List<Animal> newAnimals) {
        return new Study(info, startDate, groups, newAnimals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withProtocol(Protocol newProtocol) {
        return new Study(info, startDate, groups, animals, newProtocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withStepTestProtocol(StepTestProtocol newProtocol) {
        return new Study(info, startDate, groups, animals, protocol, newProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withStepTestResults(List<StepTestResult> newResults) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, newResults,
                treadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withAddedResult(StepTestResult result) {
        List<StepTestResult> copy = new ArrayList<>(stepTestResults);
        copy.add(result);
        return withStepTestResults(copy);
    }

    public Study withTreadmills(List<Treadmill> newTreadmills) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                newTreadmills, calendar, settings, sessionRecords, auditLog);
    }

    public Study withCalendar(TrainingCalendar newCalendar) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, newCalendar, settings, sessionRecords, auditLog);
    }

    public Study withSettings(StudySettings newSettings) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, newSettings, sessionRecords, auditLog);
    }

    public Study withSessionRecords(List<SessionRecord> newRecords) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, newRecords, auditLog);
    }

    public Study withAuditLog(AuditLog newLog) {
        return new Study(info, startDate, groups, animals, protocol, stepTestProtocol, stepTestResults,
                treadmills, calendar, settings, sessionRecords, newLog);
    }
}
