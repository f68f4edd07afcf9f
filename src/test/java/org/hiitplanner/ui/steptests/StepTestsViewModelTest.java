package org.hiitplanner.ui.steptests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.steptests.ResultRow.VmaxStatus;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.junit.jupiter.api.Test;

/** The step-tests screen without a window, on the demo study, on Tuesday 2026-11-24 (week 2). */
class StepTestsViewModelTest {
    static final Clock TUESDAY_WEEK_2 = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate BASELINE = LocalDate.of(2026, 11, 14);
    static final LocalDate AFTER_WEEK_2 = LocalDate.of(2026, 11, 28);
    private final Study demo = DemoStudy.create();
    private final StudyDocument document = new StudyDocument(demo, null);
    private final StepTestsViewModel model = new StepTestsViewModel(document, TUESDAY_WEEK_2, new Messages(Locale.ENGLISH));
    private final List<String> reasonsAsked = new ArrayList<>();
    private String reasonGiven = "typing error";

    {
        model.setReasonPrompt(what -> {
            reasonsAsked.add(what);
            return java.util.Optional.ofNullable(reasonGiven);
        });
    }
    private final ScheduleEngine engine = new ScheduleEngine();

    private ResultRow row(String id) {
        return model.rows().stream().filter(r -> r.animalId().equals(id)).findFirst().orElseThrow();
    }

    private List<StepTestResult> resultsOf(String id) {
        return document.study().stepTestResults().stream().filter(r -> r.animalId().equals(id)).toList();
    }

    private BigDecimal baselineVmax(String id) {
        return VmaxHistory.of(demo.stepTestResults(), demo.stepTestProtocol()).inForce(id, BASELINE).orElseThrow().vmax();
    }

    @Test
    void aNewStudyStartsOnItsOwnTestDayNotThePreviousStudys() {
        model.dayProperty().set(LocalDate.of(2026, 12, 12));
        document.replace(Study.newFromTemplate("New study", LocalDate.of(2027, 1, 4)), null);
        LocalDate baseline = document.study().stepTestProtocol().plannedDays().get(0);
        assertEquals(LocalDate.of(2027, 1, 2), baseline, "the new study's baseline test, nearest 2026-11-24");
        assertEquals(baseline, model.dayProperty().get());
        assertEquals(0, model.rows().size(), "a new study has no animals");
        model.dayProperty().set(LocalDate.of(2027, 1, 16));
        assertEquals(Optional.empty(), document.edit("Add skip date", st -> st.withCalendar(
                st.calendar().withSkipDates(new java.util.TreeSet<>(List.of(LocalDate.of(2027, 1, 20)))))));
        assertEquals(LocalDate.of(2027, 1, 16), model.dayProperty().get(), "an edit keeps the day chosen");
    }

    @Test
    void opensOnThePlannedDayNearestTodayWithEveryTestedAnimal() {
        assertEquals(AFTER_WEEK_2, model.dayProperty().get(), "4 days ahead beats 10 days back");
        assertEquals(BASELINE, model.previousDayProperty().get());
        assertEquals(LocalDate.of(2026, 12, 12), model.nextDayProperty().get());
        assertEquals(28, model.rows().size());
        assertEquals("R01", model.rows().get(0).animalId());
        assertEquals(0, model.withResultProperty().get());
        assertEquals(28, model.missingProperty().get());
        assertEquals("0 of 28 tested animals have a result on 2026-11-28; 28 missing", model.progressProperty().get());
        assertEquals(List.of(BASELINE, AFTER_WEEK_2, LocalDate.of(2026, 12, 12), LocalDate.of(2026, 12, 26),
                LocalDate.of(2027, 1, 9)), model.plannedDays());
    }

    @Test
    void aTimeOf2245GivesVmax3075AndTheScheduleUsesItFromTheNextSession() {
        model.operatorProperty().set("T. Tech");
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.TIME, "22:45"));

        assertEquals("30.75", row("R15").vmaxProperty().get().text());
        assertEquals(VmaxStatus.OK, row("R15").vmaxProperty().get().status());
        assertEquals("22:45", row("R15").cellProperty(EntryColumn.TIME).get().text());
        assertEquals("11", row("R15").cellProperty(EntryColumn.STAGES).get().text());
        assertTrue(row("R15").cellProperty(EntryColumn.STAGES).get().derived());
        assertEquals("45", row("R15").cellProperty(EntryColumn.STAGE_SECONDS).get().text());
        assertEquals(new StepTestResult("R15", AFTER_WEEK_2, new Measurement.TotalTime(1365), "T. Tech", true, ""),
                resultsOf("R15").get(1));
        assertEquals(demo.stepTestResults().stream().filter(r -> r.animalId().equals("R15")).findFirst().orElseThrow(),
                resultsOf("R15").get(0), "the baseline is never touched");
        assertEquals("Step test of R15 on 2026-11-28", document.undoTextProperty().get());
        assertEquals(1, model.withResultProperty().get());
        assertEquals(27, model.missingProperty().get());

        List<PlannedSession> sessions = engine.schedule(document.study(), ScheduleQuery.animal("R15"));
        BigDecimal baseline = baselineVmax("R15");
        for (PlannedSession s : sessions) {
            if (s.date().isBefore(LocalDate.of(2026, 11, 30))) {
                assertEquals(baseline, s.vmax().vmax(), s.date().toString());
                assertEquals(BASELINE, s.vmax().testDate());
            } else {
                assertEquals(new BigDecimal("30.75"), s.vmax().vmax(), s.date().toString());
                assertEquals(AFTER_WEEK_2, s.vmax().testDate());
            }
        }
        PlannedSession monday = sessions.stream().filter(s -> s.date().equals(LocalDate.of(2026, 11, 30)))
                .findFirst().orElseThrow();
        assertEquals(3, monday.week());
        assertEquals(new BigDecimal("26.1"), monday.prescription().highSpeed(), "30.75 × 85 % = 26.1375 → 26.1");
        assertFalse(baseline.equals(new BigDecimal("30.75")), "the worked example must change something");
    }

    @Test
    void elevenStagesAndFortyFiveSecondsGiveTheSame() {
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.STAGES, "11"));
        assertEquals("30.00", row("R15").vmaxProperty().get().text());
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.STAGE_SECONDS, "45"));
        assertEquals("30.75", row("R15").vmaxProperty().get().text());
        assertEquals(new Measurement.Stages(11, 45), resultsOf("R15").get(1).measurement());
        assertEquals("22:45", row("R15").cellProperty(EntryColumn.TIME).get().text());
        assertTrue(row("R15").cellProperty(EntryColumn.TIME).get().derived());

        assertEquals(Optional.empty(), model.enter("R16", EntryColumn.STAGES, "11+45"));
        assertEquals("30.75", row("R16").vmaxProperty().get().text());
        assertEquals(2, resultsOf("R15").size(), "replaced, not added");
    }

    @Test
    void ninetySecondsFailsTheFirstStageAndGivesNoVmax() {
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.TIME, "1:30"));
        assertEquals("failed first stage \u2014 no Vmax", row("R15").vmaxProperty().get().text());
        assertEquals(VmaxStatus.FAILED, row("R15").vmaxProperty().get().status());
        assertFalse(resultsOf("R15").get(1).valid(), "k = 0 is an invalid test");
        PlannedSession later = engine.schedule(document.study(), new ScheduleQuery("R15", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1))).get(0);
        assertEquals(baselineVmax("R15"), later.vmax().vmax(), "the baseline stays in force");

        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.TIME, "22:45"));
        assertTrue(resultsOf("R15").get(1).valid(), "a corrected time is valid again");
    }

    @Test
    void badInputIsRefusedWithTheAnimalAndTheProblemAndChangesNothing() {
        assertEquals(Optional.of("R15: \"22:75\" is not a running time; type minutes:seconds (22:45) or seconds (1365)"),
                model.enter("R15", EntryColumn.TIME, "22:75"));
        assertEquals(model.messageProperty().get(), "R15: \"22:75\" is not a running time; type minutes:seconds"
                + " (22:45) or seconds (1365)");
        assertTrue(model.enter("R15", EntryColumn.TIME, "abc").orElseThrow().startsWith("R15: \"abc\""));
        assertEquals(Optional.of("R15: 130 s into the next stage must be less than the stage length of 120 s"),
                model.enter("R15", EntryColumn.STAGES, "11+130"));
        assertEquals(Optional.of("R15: type the completed stages first"),
                model.enter("R15", EntryColumn.STAGE_SECONDS, "45"));
        assertEquals(Optional.of("R15: \"-3\" is not a Vmax in m/min (a number above 0)"),
                model.enter("R15", EntryColumn.DIRECT_VMAX, "-3"));
        assertEquals(Optional.of("R15: type the running time, the stages or a Vmax first"),
                model.enter("R15", EntryColumn.NOTE, "tired"));
        assertSame(demo, document.study(), "nothing changed");
        assertFalse(document.canUndoProperty().get());
        assertEquals("", row("R15").vmaxProperty().get().text());

        model.enter("R15", EntryColumn.STAGES, "11");
        assertEquals(Optional.of("R15: 120 s into the next stage must be less than the stage length of 120 s"),
                model.enter("R15", EntryColumn.STAGE_SECONDS, "120"));
        assertEquals(new Measurement.Stages(11, 0), resultsOf("R15").get(1).measurement());
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.STAGE_SECONDS, "119"));
        assertEquals("", model.messageProperty().get(), "a successful edit clears the message");
    }

    @Test
    void undoAndRedoRefreshTheGrid() {
        model.enter("R15", EntryColumn.TIME, "22:45");
        document.undo();
        assertEquals(demo, document.study());
        assertEquals("", row("R15").vmaxProperty().get().text());
        assertNull(row("R15").result());
        assertEquals(0, model.withResultProperty().get());
        document.redo();
        assertEquals("30.75", row("R15").vmaxProperty().get().text());
    }

    @Test
    void operatorNoteValidDirectVmaxAndClearing() {
        model.operatorProperty().set("A. Tech");
        model.enter("R15", EntryColumn.TIME, "22:45");
        assertEquals("A. Tech", resultsOf("R15").get(1).operator());
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.NOTE, "ran well"));
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.OPERATOR, "B. Tech"));
        assertEquals(Optional.empty(), model.setValid("R15", false));
        StepTestResult r = resultsOf("R15").get(1);
        assertEquals(List.of("B. Tech", "ran well", false), List.of(r.operator(), r.note(), r.valid()));
        assertEquals("30.75 (invalid: not used)", row("R15").vmaxProperty().get().text());
        assertEquals(VmaxStatus.INVALID, row("R15").vmaxProperty().get().status());
        model.enter("R15", EntryColumn.TIME, "23:00");
        assertFalse(resultsOf("R15").get(1).valid(), "a test marked invalid stays invalid when its time is corrected");
        model.setValid("R15", true);

        model.enter("R15", EntryColumn.DIRECT_VMAX, "31.5");
        assertEquals(new Measurement.DirectVmax(new BigDecimal("31.5")), resultsOf("R15").get(1).measurement());
        assertEquals("31.50", row("R15").vmaxProperty().get().text());
        assertEquals("", row("R15").cellProperty(EntryColumn.TIME).get().text());

        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.TIME, ""), "an empty cell stays empty");
        assertEquals(2, resultsOf("R15").size());
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.DIRECT_VMAX, " "));
        assertEquals(1, resultsOf("R15").size(), "clearing the measurement removes the day's result");
        assertEquals("Remove step test of R15 on 2026-11-28", document.undoTextProperty().get());
        assertEquals(Optional.of("R16: type the running time, the stages or a Vmax first"), model.setValid("R16", true));
    }

    @Test
    void typingOnAnotherDayReplacesOnlyThatDaysResult() {
        model.enter("R15", EntryColumn.TIME, "22:45");
        model.goToPreviousDay();
        assertEquals(BASELINE, model.dayProperty().get());
        assertEquals(28, model.withResultProperty().get(), "every animal has a baseline (R09 refused: invalid)");
        assertEquals(VmaxStatus.FAILED, row("R09").vmaxProperty().get().status(), "refused after 95 s");
        model.enter("R15", EntryColumn.TIME, "20:00");
        assertEquals(List.of(new Measurement.TotalTime(1200), new Measurement.TotalTime(1365)),
                resultsOf("R15").stream().map(StepTestResult::measurement).toList());
        assertEquals(BASELINE, resultsOf("R15").get(0).date());
        model.goToNextDay();
        assertEquals("30.75", row("R15").vmaxProperty().get().text());
    }

    @Test
    void correctingARecordedResultAsksWhyAndTheAuditTrailKeepsOldNewAndReason() {
        model.goToPreviousDay();
        int before = document.study().auditLog().size();

        assertEquals(java.util.Optional.empty(), model.enter("R15", EntryColumn.TIME, "20:00"));

        assertEquals(1, reasonsAsked.size(), "R15 had a baseline result (13 stages + 88 s)");
        var entry = document.study().auditLog().entries().get(before);
        assertEquals("step-test result R15 2026-11-14", entry.what());
        assertEquals("13 stages + 88 s, by Demo Technician", entry.oldValue());
        assertEquals("total 1200 s, by Demo Technician", entry.newValue());
        assertEquals("typing error", entry.reason());
    }

    @Test
    void withoutAReasonARecordedResultStaysAsItWas() {
        model.goToPreviousDay();
        reasonGiven = null;

        assertEquals(java.util.Optional.of("Nothing was changed: a change to a recorded value needs a reason"),
                model.enter("R15", EntryColumn.TIME, "20:00"));

        assertEquals(List.of(new Measurement.Stages(13, 88)),
                resultsOf("R15").stream().map(StepTestResult::measurement).toList());
    }

    @Test
    void onlyTestedAnimalsActiveOnTheDayAreListed() {
        document.edit("exclude R02, CON not tested", s -> {
            List<Animal> animals = new ArrayList<>(s.animals());
            animals.set(1, animals.get(1).withExclusion(new Exclusion(LocalDate.of(2026, 11, 20), "ill")));
            return s.withAnimals(animals).withGroups(List.of(new org.hiitplanner.domain.animal.Group("CON", false, false),
                    s.groups().get(1), s.groups().get(2), s.groups().get(3)));
        });
        assertEquals(21, model.rows().size());
        assertTrue(model.rows().stream().noneMatch(r -> r.group().equals("CON")));
        assertEquals(List.of("T2D", "HIIT", "T2D+HIIT"), model.testedGroups());
        document.undo();
        assertEquals(28, model.rows().size());
        document.redo();
        document.edit("test CON again", s -> s.withGroups(demo.groups()));
        assertEquals(27, model.rows().size(), "R02 is excluded from 2026-11-20");
        model.dayProperty().set(BASELINE);
        assertEquals(28, model.rows().size(), "but took part on 2026-11-14");
    }

    @Test
    void theProtocolAndThePlannedDays() {
        model.enter("R15", EntryColumn.TIME, "22:45");
        assertEquals(Optional.of("Step-test start speed must be greater than 0 (was 0)"),
                model.setProtocol(BigDecimal.ZERO, BigDecimal.valueOf(2), 120, BigDecimal.ZERO));
        assertEquals(BigDecimal.TEN, model.protocolProperty().get().startSpeed());

        assertEquals(Optional.empty(), model.removePlannedDay(AFTER_WEEK_2));
        assertEquals(LocalDate.of(2026, 12, 12), model.nextDayProperty().get(), "the day stays, its neighbours follow");
        assertEquals(BASELINE, model.previousDayProperty().get());
        assertEquals(Optional.empty(), model.addPlannedDay(LocalDate.of(2026, 11, 21)));
        assertEquals(List.of(BASELINE, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 12),
                LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 9)), model.plannedDays());
        assertEquals(Optional.empty(), model.suggestPlannedDays());
        assertEquals(StepTestProtocol.suggestedDays(demo.startDate(), 8, 2), model.plannedDays());
        document.edit("other screen: start a week later", s -> s.withStepTestProtocol(s.stepTestProtocol()
                .withPlannedDays(StepTestProtocol.suggestedDays(s.startDate().plusWeeks(1), 8, 2))));
        assertEquals(LocalDate.of(2026, 11, 21), model.plannedDays().get(0), "refreshed after another screen's edit");
    }

    @Test
    void theChartHasAMeanPerTestedGroupAndTheAnimalsOfTheChosenGroup() {
        VmaxChartData chart = model.chartProperty().get();
        assertEquals("HIIT", model.chartGroupProperty().get(), "the first group that trains");
        assertEquals(List.of("CON", "T2D", "HIIT", "T2D+HIIT"), chart.means().stream().map(VmaxChartData.Line::name).toList());
        assertEquals(List.of("R15", "R16", "R17", "R18", "R19", "R20", "R21"),
                chart.animals().stream().map(VmaxChartData.Line::name).toList());
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 15; i <= 21; i++) {
            sum = sum.add(baselineVmax("R" + i));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(7), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(List.of(new VmaxChartData.Point(BASELINE, mean)), chart.means().get(2).points());

        model.enter("R15", EntryColumn.TIME, "22:45");
        chart = model.chartProperty().get();
        BigDecimal after = sum.subtract(baselineVmax("R15")).add(new BigDecimal("30.75"))
                .divide(BigDecimal.valueOf(7), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(new VmaxChartData.Point(AFTER_WEEK_2, after), chart.means().get(2).points().get(1));
        assertEquals(List.of(new VmaxChartData.Point(BASELINE, baselineVmax("R15")),
                new VmaxChartData.Point(AFTER_WEEK_2, new BigDecimal("30.75"))), chart.animals().get(0).points());
        model.chartGroupProperty().set("T2D");
        assertEquals("R08", model.chartProperty().get().animals().get(0).name());
        assertEquals(2, model.chartProperty().get().means().get(1).points().size(),
                "T2D: 2026-11-14, and 2026-11-15 when R09 was re-tested");
    }

    @Test
    void runningTimesAsTyped() {
        assertEquals(1365, RunningTime.parse("22:45").getAsInt());
        assertEquals(1365, RunningTime.parse(" 1365 ").getAsInt());
        assertEquals(90, RunningTime.parse("1:30").getAsInt());
        assertTrue(RunningTime.parse("22:75").isEmpty());
        assertTrue(RunningTime.parse("22:5").isEmpty());
        assertTrue(RunningTime.parse("abc").isEmpty());
        assertTrue(RunningTime.parse("-5").isEmpty());
        assertEquals("22:45", RunningTime.format(1365));
        assertEquals("0:05", RunningTime.format(5));
    }

    @Test
    void withResultsAChangeOfTheStepTestIsANewVersionAndNoMeasuredVmaxChanges() {
        List<String> asked = new ArrayList<>();
        model.setVersionPrompt((n, earliest) -> {
            asked.add("version " + n + " from " + earliest);
            return Optional.of(new StepTestVersionPrompt.Request(LocalDate.of(2026, 11, 27), "Bigger steps"));
        });
        model.operatorProperty().set("T. Tech");
        model.dayProperty().set(BASELINE);
        String baselineText = row("R15").vmaxProperty().get().text();
        model.dayProperty().set(AFTER_WEEK_2);
        assertEquals("Version 1. Once a result is measured, a change becomes a new version from a date you choose;"
                + " results before it keep their Vmax.", model.versionProperty().get());

        assertEquals(Optional.empty(), model.setProtocol(BigDecimal.TEN, BigDecimal.valueOf(3), 120, BigDecimal.ZERO));
        assertEquals(Optional.empty(), model.enter("R15", EntryColumn.TIME, "22:45"));

        // the last baseline result is R09's re-test of 2026-11-15, so the earliest date is 2026-11-16
        assertEquals(List.of("version 2 from 2026-11-16"), asked);
        assertEquals(List.of(new StepTestProtocolVersion(LocalDate.of(2026, 11, 27), new StepTestProtocol(
                BigDecimal.TEN, BigDecimal.valueOf(3), 120, BigDecimal.ZERO, List.of()), "Bigger steps")),
                document.study().stepTestProtocolVersions());
        assertEquals("Version 2, in force from 2026-11-27. Results before that date keep the Vmax of the version they"
                + " were measured with.", model.versionProperty().get());
        assertEquals(BigDecimal.valueOf(3), model.protocolProperty().get().increment());
        // E 1365 s with d 3: 10 + 10·3 + 45/120·3 = 41.125 → 41.13
        assertEquals("41.13", row("R15").vmaxProperty().get().text());
        model.dayProperty().set(BASELINE);
        assertEquals(baselineText, row("R15").vmaxProperty().get().text(), "the baseline keeps its Vmax");
        assertEquals(baselineVmax("R15"), VmaxHistory.of(document.study().stepTestResults(),
                document.study().stepTestVersions()).inForce("R15", BASELINE).orElseThrow().vmax());
        AuditEntry version = document.study().auditLog().entries().stream()
                .filter(e -> e.what().equals("step-test protocol version 2")).findFirst().orElseThrow();
        assertEquals("Bigger steps", version.reason());
    }

    @Test
    void aNewVersionNeedsADateAfterTheResultsAndAReason() {
        model.setVersionPrompt((n, earliest) -> Optional.empty());
        assertEquals(Optional.of("Nothing changed: results exist, so a change of the step test needs the date it takes"
                + " effect and a reason"), model.setProtocol(new BigDecimal("12"), BigDecimal.valueOf(2), 120,
                BigDecimal.ZERO));
        model.setVersionPrompt((n, earliest) -> Optional.of(new StepTestVersionPrompt.Request(BASELINE, "Oops")));
        assertEquals(Optional.of("A new step-test protocol version can take effect on 2026-11-16 at the earliest (was"
                + " 2026-11-14): results already measured keep their Vmax"), model.setProtocol(new BigDecimal("12"),
                BigDecimal.valueOf(2), 120, BigDecimal.ZERO));
        assertEquals(demo, document.study(), "nothing changed");
        assertEquals(BigDecimal.TEN, model.protocolProperty().get().startSpeed());
    }

    @Test
    void withoutResultsTheProtocolIsEditedInPlace() {
        assertEquals(Optional.empty(), document.edit("remove the results", "a fresh start",
                s -> s.withStepTestResults(List.of())));
        model.setVersionPrompt((n, earliest) -> {
            throw new AssertionError("no version is asked for without results");
        });

        assertEquals(Optional.empty(), model.setProtocol(new BigDecimal("12"), BigDecimal.valueOf(2), 120,
                BigDecimal.ZERO));

        assertEquals(List.of(), document.study().stepTestProtocolVersions());
        assertEquals(new BigDecimal("12"), document.study().stepTestProtocol().startSpeed());
        assertEquals(demo.stepTestProtocol().plannedDays(), document.study().stepTestProtocol().plannedDays());
    }
}
