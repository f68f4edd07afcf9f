package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.storage.StudyJson.AuditEntryJson;
import org.hiitplanner.storage.StudyJson.SessionRecordJson;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.storage.StudyJson.AnimalJson;
import org.hiitplanner.storage.StudyJson.CalendarJson;
import org.hiitplanner.storage.StudyJson.ExclusionJson;
import org.hiitplanner.storage.StudyJson.GroupJson;
import org.hiitplanner.storage.StudyJson.SettingsJson;

/**
 * Maps a file document to the domain. Every problem it can find is collected with its JSON path: a missing
 * required field, and each domain constructor's IllegalArgumentException, reported at the element it belongs
 * to (e.g. {@code $.treadmills[0]: minimum speed of treadmill X must not be negative (was -5)}). One instance
 * reads one document.
 */
final class JsonToStudy {
    private static final String ROOT = JsonPaths.ROOT;
    private static final Pattern SKIP_DATE_PATH = Pattern.compile("^\\$\\.calendar\\.skipDates\\[(\\d+)](.*)$");

    private final Problems problems;
    private final ProtocolFromJson protocols;
    private final WelfareFromJson welfare;
    private final TreadmillFromJson profiles;

    private final boolean sealedFormat;

    /**
     * @param earlier      problems already found in the document (e.g. wrong types), not to be reported twice
     * @param sealedFormat the file was written by a version whose audit trail seals the data (schemaVersion 6 on)
     */
    JsonToStudy(List<Finding> earlier, boolean sealedFormat) {
        this.sealedFormat = sealedFormat;
        this.problems = new Problems(earlier);
        this.protocols = new ProtocolFromJson(problems);
        this.welfare = new WelfareFromJson(problems);
        this.profiles = new TreadmillFromJson(problems);
    }

    /** The study, or null when any error was found; {@link #findings()} lists every problem. */
    Study map(StudyJson d) {
        StudyInfo info = info(d);
        LocalDate start = problems.required(d.startDate(), ROOT, "startDate");
        List<Group> groups = problems.each(d.groups(), ROOT, "groups", true, this::group);
        List<Animal> animals = problems.each(d.animals(), ROOT, "animals", true, this::animal);
        Protocol protocol = problems.object(d.protocol(), ROOT, "protocol", protocols::protocol);
        List<ProtocolVersion> versions = problems.each(d.protocolVersions(), ROOT, "protocolVersions", false,
                protocols::version);
        StepTestProtocol stepTest = problems.object(d.stepTest(), ROOT, "stepTest", protocols::stepTest);
        List<StepTestProtocolVersion> stepTestVersions = d.stepTest() == null ? List.of()
                : protocols.stepTestVersions(d.stepTest(), JsonPaths.field(ROOT, "stepTest"));
        List<StepTestResult> results = problems.each(d.stepTestResults(), ROOT, "stepTestResults", false,
                protocols::result);
        List<Treadmill> treadmills = problems.each(d.treadmills(), ROOT, "treadmills", true, profiles::treadmill);
        TrainingCalendar calendar = problems.object(d.calendar(), ROOT, "calendar", this::calendar);
        StudySettings settings = problems.object(d.settings(), ROOT, "settings", this::settings);
        List<SessionRecord> records = problems.each(d.sessionRecords(), ROOT, "sessionRecords", false,
                this::sessionRecord);
        List<WelfareClearance> clearances = problems.each(d.welfareClearances(), ROOT, "welfareClearances", false,
                welfare::clearance);
        List<AuditEntry> entries = problems.each(d.auditLog(), ROOT, "auditLog", false, this::auditEntry);
        if (problems.hasErrors()) {
            return null;
        }
        AuditLog auditLog = AuditLog.of(entries);
        Study study = problems.attempt(ROOT, () -> new Study(info, start, groups, animals, protocol, versions,
                stepTest, stepTestVersions, results, treadmills, calendar, settings, records, clearances, auditLog));
        if (study != null) {
            TrailFindings.of(study, d.contentSeal(), sealedFormat).ifPresent(f -> problems.warning(f.path(),
                    f.message()));
        }
        return study;
    }

    List<Finding> findings() {
        return problems.findings();
    }

    /**
     * The validator numbers skip dates in date order without duplicates; this turns such a path back into the
     * position of that date in the file, so the path points at what the user wrote.
     */
    static List<Finding> toFilePaths(List<Finding> findings, StudyJson d) {
        if (d.calendar() == null || d.calendar().skipDates() == null) {
            return findings;
        }
        List<LocalDate> inFile = d.calendar().skipDates();
        List<LocalDate> sorted = List.copyOf(new TreeSet<>(inFile));
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Matcher m = SKIP_DATE_PATH.matcher(f.path());
            int sortedIndex = m.matches() ? Integer.parseInt(m.group(1)) : -1;
            if (sortedIndex >= 0 && sortedIndex < sorted.size()) {
                String path = JsonPaths.index("$.calendar.skipDates", inFile.indexOf(sorted.get(sortedIndex)));
                out.add(new Finding(f.severity(), path + m.group(2), f.message()));
            } else {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private StudyInfo info(StudyJson d) {
        String title = problems.required(d.title(), ROOT, "title");
        Sex sex = problems.required(d.sex(), ROOT, "sex");
        if (title == null || sex == null) {
            return null;
        }
        return problems.attempt("$.title", () -> new StudyInfo(title, d.species(), d.strain(), sex,
                d.investigator()));
    }

    private Group group(GroupJson g, String path) {
        String name = problems.required(g.name(), path, "name");
        Boolean trains = problems.required(g.trains(), path, "trains");
        Boolean tested = problems.required(g.tested(), path, "tested");
        if (name == null || trains == null || tested == null) {
            return null;
        }
        return problems.attempt(path, () -> new Group(name, trains, tested));
    }

    private Animal animal(AnimalJson a, String path) {
        String id = problems.required(a.id(), path, "id");
        String group = problems.required(a.group(), path, "group");
        Sex sex = problems.required(a.sex(), path, "sex");
        Exclusion exclusion = a.exclusion() == null ? null
                : problems.object(a.exclusion(), path, "exclusion", this::exclusion);
        if (id == null || group == null || sex == null || a.exclusion() != null && exclusion == null) {
            return null;
        }
        return problems.attempt(path, () -> new Animal(id, group, sex, a.birthDate(), exclusion, a.treadmill()));
    }

    private Exclusion exclusion(ExclusionJson e, String path) {
        LocalDate from = problems.required(e.from(), path, "from");
        String reason = problems.required(e.reason(), path, "reason");
        if (from == null || reason == null) {
            return null;
        }
        return problems.attempt(path, () -> new Exclusion(from, reason));
    }

    private TrainingCalendar calendar(CalendarJson c, String path) {
        BiFunction<DayOfWeek, String, DayOfWeek> day = (value, p) -> value;
        BiFunction<LocalDate, String, LocalDate> date = (value, p) -> value;
        List<DayOfWeek> days = problems.each(c.trainingDays(), path, "trainingDays", true, day);
        List<LocalDate> skips = problems.each(c.skipDates(), path, "skipDates", false, date);
        if (days == null || skips == null) {
            return null;
        }
        problems.warnDuplicates(skips, JsonPaths.field(path, "skipDates"), "Skip date");
        return problems.attempt(JsonPaths.field(path, "trainingDays"),
                () -> new TrainingCalendar(new TreeSet<>(days), new TreeSet<>(skips)));
    }

    private StudySettings settings(SettingsJson s, String path) {
        Boolean blinded = problems.required(s.blinded(), path, "blinded");
        BigDecimal green = problems.decimal(s.adherenceGreenPercent(), path, "adherenceGreenPercent");
        BigDecimal yellow = problems.decimal(s.adherenceYellowPercent(), path, "adherenceYellowPercent");
        ProtocolLimits limits = limits(s, path);
        WelfareLimits welfareLimits = problems.object(s.welfare(), path, "welfare", welfare::limits);
        HeatSettings heats = problems.object(s.heats(), path, "heats", profiles::heats);
        if (blinded == null || green == null || yellow == null || limits == null || welfareLimits == null
                || heats == null) {
            return null;
        }
        return problems.attempt(path, () -> new StudySettings(blinded, green, yellow, limits, welfareLimits, heats));
    }

    private ProtocolLimits limits(SettingsJson s, String path) {
        String intervalsPath = JsonPaths.field(path, "usualIntervals");
        String percentPath = JsonPaths.field(path, "usualHighPercent");
        var intervals = problems.required(s.usualIntervals(), path, "usualIntervals");
        var percent = problems.required(s.usualHighPercent(), path, "usualHighPercent");
        Integer minIntervals = intervals == null ? null : problems.required(intervals.min(), intervalsPath, "min");
        Integer maxIntervals = intervals == null ? null : problems.required(intervals.max(), intervalsPath, "max");
        BigDecimal minPercent = percent == null ? null : problems.decimal(percent.min(), percentPath, "min");
        BigDecimal maxPercent = percent == null ? null : problems.decimal(percent.max(), percentPath, "max");
        if (minIntervals == null || maxIntervals == null || minPercent == null || maxPercent == null) {
            return null;
        }
        return problems.attempt(path, () -> new ProtocolLimits(minIntervals, maxIntervals, minPercent, maxPercent));
    }

    private SessionRecord sessionRecord(SessionRecordJson r, String path) {
        String animal = problems.required(r.animal(), path, "animal");
        LocalDate date = problems.required(r.date(), path, "date");
        Integer session = problems.required(r.session(), path, "session");
        SessionStatus status = problems.required(r.status(), path, "status");
        Integer intervals = problems.required(r.intervalsCompleted(), path, "intervalsCompleted");
        Integer stimuli = problems.required(r.stimuli(), path, "stimuli");
        Integer seconds = problems.required(r.secondsOnGrid(), path, "secondsOnGrid");
        String operator = problems.required(r.operator(), path, "operator");
        Instant recordedAt = problems.required(r.recordedAt(), path, "recordedAt");
        if (animal == null || date == null || session == null || status == null || intervals == null
                || stimuli == null || seconds == null || operator == null || recordedAt == null) {
            return null;
        }
        BigDecimal weight = r.bodyWeightGrams() == null || r.bodyWeightGrams().scale() >= 0 ? r.bodyWeightGrams()
                : r.bodyWeightGrams().setScale(0);
        return problems.attempt(path, () -> new SessionRecord(animal, date, session, status, intervals, stimuli,
                seconds, weight, r.notes(), r.excuseReason(), operator, recordedAt));
    }

    private AuditEntry auditEntry(AuditEntryJson e, String path) {
        Long sequence = problems.required(e.sequence(), path, "sequence");
        Instant at = problems.required(e.at(), path, "at");
        String operator = problems.required(e.operator(), path, "operator");
        String what = problems.required(e.what(), path, "what");
        String previousHash = problems.required(e.previousHash(), path, "previousHash");
        String hash = problems.required(e.hash(), path, "hash");
        if (sequence == null || at == null || operator == null || what == null || previousHash == null
                || hash == null) {
            return null;
        }
        return problems.attempt(path, () -> new AuditEntry(sequence, at, operator, what, e.oldValue(), e.newValue(),
                e.reason(), e.seal(), previousHash, hash));
    }
}
