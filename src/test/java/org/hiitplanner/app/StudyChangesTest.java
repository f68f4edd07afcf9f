package org.hiitplanner.app;

import org.hiitplanner.domain.study.DemoStudy;

import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.domain.study.Study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.junit.jupiter.api.Test;

/** What the audit trail records for each kind of change to the demo study. */
class StudyChangesTest {
    private final Study demo = DemoStudy.create();
    private final StudyChanges changes = new StudyChanges();

    private static SessionRecord record(int stimuli, String grams, String at) {
        return new SessionRecord("R15", LocalDate.of(2026, 11, 16), 1, SessionStatus.COMPLETED, 4, stimuli, 0,
                grams == null ? null : new BigDecimal(grams), "", "", "T. Tech", Instant.parse(at));
    }

    @Test
    void aProtocolWeekAnExclusionAndTheWelfareLimitsEachGiveOneChange() {
        List<Animal> animals = new ArrayList<>(demo.animals());
        animals.set(14, animals.get(14).withExclusion(new Exclusion(LocalDate.of(2026, 11, 25), "Injured paw")));
        Study after = demo.withProtocol(demo.protocol().withWeek(3, new ProtocolWeek(7, new BigDecimal("90"))))
                .withAnimals(animals).withSettings(demo.settings().withWelfare(
                        new org.hiitplanner.domain.session.WelfareLimits(15, new BigDecimal("15"))));

        assertEquals(List.of(
                new StudyChange("animal R15", "group HIIT, male, born 2026-09-07, active",
                        "group HIIT, male, born 2026-09-07, excluded from 2026-11-25: Injured paw"),
                new StudyChange("protocol week 3", "6 intervals at 85 % Vmax", "7 intervals at 90 % Vmax"),
                new StudyChange("settings welfare limits", "at most 20 stimuli per session, weight-loss endpoint 20 %",
                        "at most 15 stimuli per session, weight-loss endpoint 15 %")), changes.between(demo, after));
    }

    @Test
    void aCorrectedRecordIsAChangeFromTheEarlierRecordAndABreachIsAWelfareEvent() {
        Study first = demo.withAddedRecord(record(2, "350", "2026-11-16T09:30:00Z"));
        Study corrected = first.withAddedRecord(record(25, "350", "2026-11-16T11:00:00Z"));

        assertEquals(List.of(new StudyChange("session record R15 2026-11-16", "",
                "completed, 4 intervals, 2 stimuli, 0 s on grid, 350 g, by T. Tech")), changes.between(demo, first));
        assertEquals(List.of(
                new StudyChange("session record R15 2026-11-16",
                        "completed, 4 intervals, 2 stimuli, 0 s on grid, 350 g, by T. Tech",
                        "completed, 4 intervals, 25 stimuli, 0 s on grid, 350 g, by T. Tech"),
                new StudyChange("welfare event R15 2026-11-16", "",
                        "Animal R15 had 25 stimuli on 2026-11-16, above the limit of 20 per session")),
                changes.between(first, corrected));
    }

    @Test
    void aNewProtocolVersionNamesItsDateReasonAndWhatDiffersFromTheVersionBefore() {
        Study after = demo.withNewProtocolVersion(new org.hiitplanner.domain.protocol.ProtocolVersion(
                LocalDate.of(2026, 11, 30), demo.protocol().withWeek(3, new ProtocolWeek(5, new BigDecimal("80"))),
                "PI review"));

        assertEquals(List.of(
                new StudyChange("protocol version 2", "", "effective from 2026-11-30: PI review"),
                new StudyChange("protocol version 2 week 3", "6 intervals at 85 % Vmax", "5 intervals at 80 % Vmax")),
                changes.between(demo, after));
    }

    @Test
    void aNewStepTestVersionNamesItsDateReasonAndTheStagesItChanges() {
        Study after = demo.withNewStepTestVersion(new org.hiitplanner.domain.steptest.StepTestProtocolVersion(
                LocalDate.of(2026, 11, 27), new org.hiitplanner.domain.steptest.StepTestProtocol(BigDecimal.TEN,
                BigDecimal.valueOf(3), 120, BigDecimal.ZERO, List.of()), "Bigger steps"));

        assertEquals(List.of(
                new StudyChange("step-test protocol version 2", "", "effective from 2026-11-27: Bigger steps"),
                new StudyChange("step-test protocol version 2 stages",
                        "start 10 m/min, +2 m/min every 120 s, incline 0°",
                        "start 10 m/min, +3 m/min every 120 s, incline 0°")), changes.between(demo, after));
    }

    @Test
    void everyFieldOfTheStudySettingsDialogGivesOneReadableChange() {
        Study after = demo.withInfo(new org.hiitplanner.domain.study.StudyInfo("Pilot 2027", "Mouse", "C57BL/6",
                org.hiitplanner.domain.animal.Sex.MIXED, "A. Smith")).withSettings(
                new org.hiitplanner.domain.study.StudySettings(true, new BigDecimal("85"), new BigDecimal("60.0"),
                        new org.hiitplanner.domain.protocol.ProtocolLimits(3, 12, new BigDecimal("75"),
                                new BigDecimal("110")), new WelfareLimits(20, new BigDecimal("20")),
                        new org.hiitplanner.domain.treadmill.HeatSettings(
                                org.hiitplanner.domain.treadmill.Tolerance.absolute(new BigDecimal("1.5")),
                                org.hiitplanner.domain.treadmill.RunOrder.SEEDED_RANDOM, 7L)));

        assertEquals(List.of(
                new StudyChange("study title", "HIIT in type 2 diabetic rats (demo)", "Pilot 2027"),
                new StudyChange("study species", "Rat", "Mouse"),
                new StudyChange("study strain", "Wistar", "C57BL/6"),
                new StudyChange("study sex", "male", "mixed"),
                new StudyChange("study investigator", "Demo Investigator", "A. Smith"),
                new StudyChange("settings blinded", "no", "yes"),
                new StudyChange("settings adherence bands", "green ≥ 80 %, yellow ≥ 50 %", "green ≥ 85 %, yellow ≥ 60 %"),
                new StudyChange("settings protocol limits", "usual 4–10 intervals at 80–100 % Vmax",
                        "usual 3–12 intervals at 75–110 % Vmax"),
                new StudyChange("settings heats",
                        "tolerance ±5 % of each animal's high speed, counterbalanced order, seed 0",
                        "tolerance ±1.5 m/min, random order, seed 7")), changes.between(demo, after));
    }
}
