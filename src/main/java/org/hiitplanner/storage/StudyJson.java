package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.protocol.SpeedMode;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.treadmill.BeltType;

/**
 * A study file as it is on disk (schemaVersion 6): plain records whose component names are the JSON field names.
 * Every field is a nullable object type, so that a missing field is seen as {@code null} and reported with its
 * path by {@link JsonToStudy}. See {@code study.schema.json} for the meaning of every field.
 */
record StudyJson(Integer schemaVersion, String title, String species, String strain, Sex sex,
                 String investigator, LocalDate startDate, List<GroupJson> groups, List<AnimalJson> animals,
                 ProtocolJson protocol, List<ProtocolVersionJson> protocolVersions, CalendarJson calendar,
                 StepTestJson stepTest, List<ResultJson> stepTestResults, List<TreadmillJson> treadmills,
                 SettingsJson settings, List<SessionRecordJson> sessionRecords,
                 List<WelfareClearanceJson> welfareClearances, List<AuditEntryJson> auditLog,
                 ContentSealJson contentSeal) {

    /** An experimental group. */
    record GroupJson(String name, Boolean trains, Boolean tested) {
    }

    /** An animal; birthDate, treadmill and exclusion are optional. */
    record AnimalJson(String id, String group, Sex sex, LocalDate birthDate, String treadmill,
        ExclusionJson exclusion) {
    }

    /** No sessions from {@code from} on. */
    record ExclusionJson(LocalDate from, String reason) {
    }

    /** The training protocol. */
    record ProtocolJson(String note, Integer highSeconds, Integer lowSeconds, SpeedJson lowSpeed,
        PhaseJson warmUp, PhaseJson coolDown, BigDecimal inclineDegrees, List<WeekJson> weeks) {
    }

    /** A later protocol version (schemaVersion 3), in force from effectiveFrom on. */
    record ProtocolVersionJson(LocalDate effectiveFrom, String reason, ProtocolJson protocol) {
    }

    /** A speed: percent of Vmax or fixed m/min. */
    record SpeedJson(SpeedMode mode, BigDecimal value) {
    }

    /** Warm-up or cool-down. */
    record PhaseJson(Integer seconds, SpeedJson speed) {
    }

    /** One protocol week. */
    record WeekJson(Integer intervals, BigDecimal highPercent) {
    }

    /** Training weekdays and skip dates. */
    record CalendarJson(List<DayOfWeek> trainingDays, List<LocalDate> skipDates) {
    }

    /** The step-test protocol (version 1), the planned days and the later versions (schemaVersion 6). */
    record StepTestJson(BigDecimal startSpeed, BigDecimal increment, Integer stageSeconds,
        BigDecimal inclineDegrees, List<LocalDate> plannedDays, List<StepTestVersionJson> versions) {
    }

    /** A later step-test protocol version (schemaVersion 6), for results dated on or after effectiveFrom. */
    record StepTestVersionJson(LocalDate effectiveFrom, String reason, BigDecimal startSpeed, BigDecimal increment,
        Integer stageSeconds, BigDecimal inclineDegrees) {
    }

    /**
     * A step-test result with exactly one measurement: {@code totalSeconds}, or {@code stages} and
     * {@code seconds}, or {@code vmax}.
     */
    record ResultJson(String animal, LocalDate date, Integer totalSeconds, Integer stages, Integer seconds,
        BigDecimal vmax, String operator, Boolean valid, String note) {
    }

    /** A treadmill profile; inclineDegrees and changeoverMinutes since schemaVersion 4, window optional. */
    record TreadmillJson(String name, Integer lanes, BeltType belt, BigDecimal minSpeed, BigDecimal maxSpeed,
        BigDecimal resolution, BigDecimal inclineDegrees, Integer changeoverMinutes, WindowJson window) {
    }

    /** The hours of the day a treadmill may be used, "HH:mm" (schemaVersion 4). */
    record WindowJson(String start, String end) {
    }

    /** How heats are planned (schemaVersion 4): tolerance, run order and the seed of a random order. */
    record HeatsJson(ToleranceJson tolerance, RunOrder order, Long seed) {
    }

    /** A tolerance: percent of each animal's high speed, or m/min. */
    record ToleranceJson(Tolerance.Kind kind, BigDecimal value) {
    }

    /** Study settings. */
    record SettingsJson(Boolean blinded, BigDecimal adherenceGreenPercent, BigDecimal adherenceYellowPercent,
        IntRangeJson usualIntervals, PercentRangeJson usualHighPercent, WelfareJson welfare, HeatsJson heats) {
    }

    /** The welfare limits (schemaVersion 3). */
    record WelfareJson(Integer stimulusLimit, BigDecimal weightLossEndpointPercent) {
    }

    /** A PI's clearance of a body-weight-loss flag (schemaVersion 3). */
    record WelfareClearanceJson(String animal, LocalDate coversThrough, String clearedBy, Instant clearedAt,
        String reason) {
    }

    /** A range of whole numbers, both ends included. */
    record IntRangeJson(Integer min, Integer max) {
    }

    /** A range of percentages, both ends included. */
    record PercentRangeJson(BigDecimal min, BigDecimal max) {
    }

    /** What happened in one planned session (schemaVersion 2); bodyWeightGrams, notes and excuseReason optional. */
    record SessionRecordJson(String animal, LocalDate date, Integer session, SessionStatus status,
        Integer intervalsCompleted, Integer stimuli, Integer secondsOnGrid, BigDecimal bodyWeightGrams, String notes,
        String excuseReason, String operator, Instant recordedAt) {
    }

    /** One hash-chained audit trail entry (schemaVersion 2; seal new in 6, optional). */
    record AuditEntryJson(Long sequence, Instant at, String operator, String what, String oldValue, String newValue,
        String reason, String seal, String previousHash, String hash) {
    }

    /**
     * The seal of the content when the file was written, with each section's digest (schemaVersion 6, optional):
     * only to name the sections that differ when the content no longer matches the last audit entry's seal.
     */
    record ContentSealJson(String seal, List<SealSectionJson> sections) {
    }

    /** One section of the content seal: its name, entry count and SHA-256 digest. */
    record SealSectionJson(String name, Integer count, String digest) {
    }
}
