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
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestVersions;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.session.WelfareClearance;

/**
 * A whole study. Each part validates itself; references between parts (an animal's group, a test's animal,
 * unique names) are checked by {@link StudyValidator}, so that every problem can be reported at once.
 * The protocol is versioned: {@code firstProtocol} is in force from the start date, each of
 * {@code protocolVersions} (in date order) from its own date on. The step test is versioned the same way:
 * {@code stepTestProtocol} (which also holds the planned test days) until the first of
 * {@code stepTestProtocolVersions}, each of those from its own date on; see {@link #stepTestVersions()}.
 */
public record Study(StudyInfo info, LocalDate startDate, List<Group> groups, List<Animal> animals,
                    Protocol firstProtocol, List<ProtocolVersion> protocolVersions,
                    StepTestProtocol stepTestProtocol, List<StepTestProtocolVersion> stepTestProtocolVersions,
                    List<StepTestResult> stepTestResults,
                    List<Treadmill> treadmills, TrainingCalendar calendar, StudySettings settings,
                    List<SessionRecord> sessionRecords, List<WelfareClearance> welfareClearances,
                    AuditLog auditLog) {
    public Study {
        Checks.required(info, "study description");
        Checks.required(startDate, "start date");
        groups = Checks.list(groups, "groups");
        animals = Checks.list(animals, "animals");
        Checks.required(firstProtocol, "protocol");
        protocolVersions = Checks.list(protocolVersions, "protocol versions");
        checkVersionOrder(protocolVersions);
        Checks.required(stepTestProtocol, "step-test protocol");
        stepTestProtocolVersions = new StepTestVersions(stepTestProtocol, stepTestProtocolVersions).versions();
        stepTestResults = Checks.list(stepTestResults, "step-test results");
        treadmills = Checks.list(treadmills, "treadmills");
        Checks.required(calendar, "calendar");
        Checks.required(settings, "settings");
        sessionRecords = Checks.list(sessionRecords, "session records");
        welfareClearances = Checks.list(welfareClearances, "welfare clearances");
        Checks.required(auditLog, "audit log");
    }

    private static void checkVersionOrder(List<ProtocolVersion> versions) {
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("protocol versions must be in date order with different dates ("
                        + versions.get(i).effectiveFrom() + " follows " + versions.get(i - 1).effectiveFrom() + ")");
            }
        }
    }

    /** A new study from the default template: Monday–Friday, one rat treadmill, no groups or animals yet. */
    public static Study newFromTemplate(String title, LocalDate start) {
        Protocol protocol = Protocol.defaultTemplate();
        return new Study(new StudyInfo(title, "Rat", "", Sex.MALE, ""), start, List.of(), List.of(), protocol,
                List.of(), StepTestProtocol.defaults(start, protocol.weekCount()), List.of(), List.of(),
                List.of(Treadmill.ratTreadmill("Treadmill 1")), TrainingCalendar.mondayToFriday(),
                StudySettings.defaults(), List.of(), List.of(), AuditLog.empty());
    }

    /** The current protocol: the latest version. */
    public Protocol protocol() {
        return protocolVersions.isEmpty() ? firstProtocol
                : protocolVersions.get(protocolVersions.size() - 1).protocol();
    }

    /** The protocol in force on {@code date}: the latest version effective on or before it. */
    public Protocol protocolOn(LocalDate date) {
        Protocol inForce = firstProtocol;
        for (ProtocolVersion v : protocolVersions) {
            if (!v.effectiveFrom().isAfter(date)) {
                inForce = v.protocol();
            }
        }
        return inForce;
    }

    /** Version number in force on {@code date}: 1 for the first protocol, 2 for the first later version, … */
    public int protocolVersionOn(LocalDate date) {
        int number = 1;
        for (ProtocolVersion v : protocolVersions) {
            if (!v.effectiveFrom().isAfter(date)) {
                number++;
            }
        }
        return number;
    }

    /** The first day of the current (latest) protocol version. */
    public LocalDate currentProtocolFrom() {
        return protocolVersions.isEmpty() ? startDate : protocolVersions.get(protocolVersions.size() - 1)
                .effectiveFrom();
    }

    /** The last day of the last protocol week. */
    public LocalDate endDate() {
        return startDate.plusDays(7L * protocol().weekCount() - 1);
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

    /** Replaces the current protocol: the latest version, or the first protocol when there is no later one. */
    public Study withProtocol(Protocol newProtocol) {
        if (protocolVersions.isEmpty()) {
            return withFirstProtocol(newProtocol);
        }
        List<ProtocolVersion> copy = new ArrayList<>(protocolVersions);
        copy.set(copy.size() - 1, copy.get(copy.size() - 1).withProtocol(newProtocol));
        return withProtocolVersions(copy);
    }

    /** A new protocol version after the current one; its date must be after the start and the latest version. */
    public Study withNewProtocolVersion(ProtocolVersion version) {
        if (!version.effectiveFrom().isAfter(currentProtocolFrom())) {
            throw new IllegalArgumentException("a new protocol version must take effect after "
                    + currentProtocolFrom() + " (was " + version.effectiveFrom() + ")");
        }
        List<ProtocolVersion> copy = new ArrayList<>(protocolVersions);
        copy.add(version);
        return withProtocolVersions(copy);
    }

    /** The step test as it changed: the first protocol, its later versions, and which is in force when. */
    public StepTestVersions stepTestVersions() {
        return new StepTestVersions(stepTestProtocol, stepTestProtocolVersions);
    }

    /** The step-test protocol in force on {@code date} (S0, d, T, incline of that version; the planned days). */
    public StepTestProtocol stepTestProtocolOn(LocalDate date) {
        return stepTestVersions().on(date);
    }

    /** The current step-test protocol: the latest version, with the planned days. */
    public StepTestProtocol currentStepTestProtocol() {
        return stepTestVersions().current();
    }

    /** Replaces S0, d, T and incline of the current step-test version (the first protocol when there is no later). */
    public Study withCurrentStepTestProtocol(StepTestProtocol newProtocol) {
        return withStepTestVersions(stepTestVersions().withCurrent(newProtocol));
    }

    /**
     * A new step-test protocol version; refused when it takes effect on or before the current version's first
     * day or the date of a result (whose Vmax it would change).
     */
    public Study withNewStepTestVersion(StepTestProtocolVersion version) {
        return withStepTestVersions(stepTestVersions().withNew(version, stepTestResults));
    }

    private Study withStepTestVersions(StepTestVersions v) {
        return withStepTestProtocol(v.first()).withStepTestProtocolVersions(v.versions());
    }

    public Study withStepTestProtocolVersions(List<StepTestProtocolVersion> newVersions) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                newVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances,
                auditLog);
    }

    public Study withAddedResult(StepTestResult result) {
        List<StepTestResult> copy = new ArrayList<>(stepTestResults);
        copy.add(result);
        return withStepTestResults(copy);
    }

    public Study withAddedRecord(SessionRecord record) {
        List<SessionRecord> copy = new ArrayList<>(sessionRecords);
        copy.add(record);
        return withSessionRecords(copy);
    }

    public Study withAddedClearance(WelfareClearance clearance) {
        List<WelfareClearance> copy = new ArrayList<>(welfareClearances);
        copy.add(clearance);
        return withWelfareClearances(copy);
    }

    public Study withInfo(StudyInfo newInfo) {
        return new Study(newInfo, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withStartDate(LocalDate newStart) {
        return new Study(info, newStart, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withGroups(List<Group> newGroups) {
        return new Study(info, startDate, newGroups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withAnimals(List<Animal> newAnimals) {
        return new Study(info, startDate, groups, newAnimals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withFirstProtocol(Protocol newProtocol) {
        return new Study(info, startDate, groups, animals, newProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withProtocolVersions(List<ProtocolVersion> newVersions) {
        return new Study(info, startDate, groups, animals, firstProtocol, newVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withStepTestProtocol(StepTestProtocol newProtocol) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, newProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withStepTestResults(List<StepTestResult> newResults) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, newResults, treadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withTreadmills(List<Treadmill> newTreadmills) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, newTreadmills, calendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withCalendar(TrainingCalendar newCalendar) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, newCalendar, settings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withSettings(StudySettings newSettings) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, newSettings, sessionRecords, welfareClearances, auditLog);
    }

    public Study withSessionRecords(List<SessionRecord> newRecords) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, newRecords, welfareClearances, auditLog);
    }

    public Study withWelfareClearances(List<WelfareClearance> newClearances) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, newClearances, auditLog);
    }

    public Study withAuditLog(AuditLog newLog) {
        return new Study(info, startDate, groups, animals, firstProtocol, protocolVersions, stepTestProtocol,
                stepTestProtocolVersions, stepTestResults, treadmills, calendar, settings, sessionRecords, welfareClearances, newLog);
    }
}
