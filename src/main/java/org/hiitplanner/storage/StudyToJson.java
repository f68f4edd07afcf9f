package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.storage.StudyJson.AuditEntryJson;
import org.hiitplanner.storage.StudyJson.SessionRecordJson;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestVersions;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.storage.StudyJson.AnimalJson;
import org.hiitplanner.storage.StudyJson.CalendarJson;
import org.hiitplanner.storage.StudyJson.ExclusionJson;
import org.hiitplanner.storage.StudyJson.GroupJson;
import org.hiitplanner.storage.StudyJson.IntRangeJson;
import org.hiitplanner.storage.StudyJson.PercentRangeJson;
import org.hiitplanner.storage.StudyJson.PhaseJson;
import org.hiitplanner.storage.StudyJson.ProtocolJson;
import org.hiitplanner.storage.StudyJson.ProtocolVersionJson;
import org.hiitplanner.storage.StudyJson.ResultJson;
import org.hiitplanner.domain.study.ContentSeal;
import org.hiitplanner.storage.StudyJson.ContentSealJson;
import org.hiitplanner.storage.StudyJson.SealSectionJson;
import org.hiitplanner.storage.StudyJson.SettingsJson;
import org.hiitplanner.storage.StudyJson.SpeedJson;
import org.hiitplanner.storage.StudyJson.StepTestJson;
import org.hiitplanner.storage.StudyJson.StepTestVersionJson;
import org.hiitplanner.storage.StudyJson.TreadmillJson;
import org.hiitplanner.storage.StudyJson.HeatsJson;
import org.hiitplanner.storage.StudyJson.ToleranceJson;
import org.hiitplanner.storage.StudyJson.WindowJson;
import org.hiitplanner.storage.StudyJson.WeekJson;
import org.hiitplanner.storage.StudyJson.WelfareClearanceJson;
import org.hiitplanner.storage.StudyJson.WelfareJson;

/** Maps a study to its file document. Optional values that are absent are left out of the file. */
final class StudyToJson {
    private StudyToJson() {
    }

    static StudyJson toJson(Study s, int schemaVersion) {
        StudyInfo info = s.info();
        return new StudyJson(schemaVersion, info.title(), info.species(), info.strain(), info.sex(),
                info.investigator(), s.startDate(), s.groups().stream().map(StudyToJson::group).toList(),
                s.animals().stream().map(StudyToJson::animal).toList(), protocol(s.firstProtocol()),
                s.protocolVersions().stream().map(StudyToJson::version).toList(), calendar(s.calendar()), stepTest(s.stepTestVersions()),
                s.stepTestResults().stream().map(StudyToJson::result).toList(),
                s.treadmills().stream().map(StudyToJson::treadmill).toList(), settings(s.settings()),
                s.sessionRecords().stream().map(StudyToJson::record).toList(),
                s.welfareClearances().stream().map(StudyToJson::clearance).toList(),
                s.auditLog().entries().stream().map(StudyToJson::auditEntry).toList(), contentSeal(s));
    }

    /** The content seal and its sections, for naming what differs; none for a study without a trail. */
    private static ContentSealJson contentSeal(Study s) {
        if (s.auditLog().size() == 0) {
            return null;
        }
        ContentSeal seal = ContentSeal.of(s);
        return new ContentSealJson(seal.seal(), seal.sections().stream()
                .map(x -> new SealSectionJson(x.name(), x.count(), x.digest())).toList());
    }

    private static GroupJson group(Group g) {
        return new GroupJson(g.name(), g.trains(), g.tested());
    }

    private static AnimalJson animal(Animal a) {
        ExclusionJson exclusion = a.excluded().map(e -> new ExclusionJson(e.from(), e.reason())).orElse(null);
        return new AnimalJson(a.id(), a.group(), a.sex(), a.birthDate(), a.treadmill().isEmpty() ? null : a.treadmill(),
                exclusion);
    }

    private static ProtocolJson protocol(Protocol p) {
        List<WeekJson> weeks = p.weeks().stream().map(StudyToJson::week).toList();
        return new ProtocolJson(p.note(), p.highSeconds(), p.lowSeconds(), speed(p.lowSpeed()), phase(p.warmUp()),
                phase(p.coolDown()), p.inclineDegrees(), weeks);
    }

    private static ProtocolVersionJson version(ProtocolVersion v) {
        return new ProtocolVersionJson(v.effectiveFrom(), v.reason(), protocol(v.protocol()));
    }

    private static WelfareClearanceJson clearance(WelfareClearance c) {
        return new WelfareClearanceJson(c.animalId(), c.coversThrough(), c.clearedBy(), c.clearedAt(), c.reason());
    }

    private static WeekJson week(ProtocolWeek w) {
        return new WeekJson(w.intervals(), w.highPercent());
    }

    private static SpeedJson speed(SpeedSetting s) {
        return new SpeedJson(s.mode(), s.value());
    }

    private static PhaseJson phase(Phase p) {
        return new PhaseJson(p.seconds(), speed(p.speed()));
    }

    private static CalendarJson calendar(TrainingCalendar c) {
        List<DayOfWeek> days = c.trainingDays().stream().sorted().toList();
        return new CalendarJson(days, List.copyOf(c.skipDates()));
    }

    private static StepTestJson stepTest(StepTestVersions v) {
        StepTestProtocol t = v.first();
        return new StepTestJson(t.startSpeed(), t.increment(), t.stageSeconds(), t.inclineDegrees(), t.plannedDays(),
                v.versions().stream().map(StudyToJson::stepTestVersion).toList());
    }

    private static StepTestVersionJson stepTestVersion(StepTestProtocolVersion v) {
        StepTestProtocol t = v.protocol();
        return new StepTestVersionJson(v.effectiveFrom(), v.reason(), t.startSpeed(), t.increment(), t.stageSeconds(),
                t.inclineDegrees());
    }

    private static ResultJson result(StepTestResult r) {
        Integer total = null;
        Integer stages = null;
        Integer seconds = null;
        BigDecimal vmax = null;
        Measurement m = r.measurement();
        if (m instanceof Measurement.TotalTime t) {
            total = t.seconds();
        } else if (m instanceof Measurement.Stages s) {
            stages = s.completed();
            seconds = s.seconds();
        } else if (m instanceof Measurement.DirectVmax v) {
            vmax = v.value();
        } else {
            throw new IllegalStateException("no file form for the measurement " + m);
        }
        return new ResultJson(r.animalId(), r.date(), total, stages, seconds, vmax, r.operator(), r.valid(), r.note());
    }

    private static TreadmillJson treadmill(Treadmill t) {
        WindowJson window = t.dayWindow().map(w -> new WindowJson(w.start().toString(), w.end().toString()))
                .orElse(null);
        return new TreadmillJson(t.name(), t.lanes(), t.belt(), t.minSpeed(), t.maxSpeed(), t.resolution(),
                t.incline(), t.changeoverMinutes(), window);
    }

    private static SettingsJson settings(StudySettings s) {
        ProtocolLimits l = s.protocolLimits();
        return new SettingsJson(s.blinded(), s.greenPercent(), s.yellowPercent(),
                new IntRangeJson(l.usualMinIntervals(), l.usualMaxIntervals()),
                new PercentRangeJson(l.usualMinPercent(), l.usualMaxPercent()),
                new WelfareJson(s.welfare().stimulusLimit(), s.welfare().weightLossEndpointPercent()),
                new HeatsJson(new ToleranceJson(s.heats().tolerance().kind(), s.heats().tolerance().value()),
                        s.heats().order(), s.heats().seed()));
    }

    private static SessionRecordJson record(SessionRecord r) {
        return new SessionRecordJson(r.animalId(), r.date(), r.sessionNumber(), r.status(), r.intervalsCompleted(),
                r.stimuli(), r.secondsOnGrid(), r.bodyWeightGrams(), r.notes().isEmpty() ? null : r.notes(),
                r.excuseReason().isEmpty() ? null : r.excuseReason(), r.operator(), r.recordedAt());
    }

    private static AuditEntryJson auditEntry(AuditEntry e) {
        return new AuditEntryJson(e.sequence(), e.at(), e.operator(), e.what(), e.oldValue(), e.newValue(),
                e.reason(), e.sealed() ? e.seal() : null, e.previousHash(), e.hash());
    }
}
