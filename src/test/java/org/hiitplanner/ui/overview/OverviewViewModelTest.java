package org.hiitplanner.ui.overview;

import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.session.SessionRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.overview.OverviewViewModel.Facts;
import org.hiitplanner.ui.overview.OverviewViewModel.GroupLine;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {
    private final StudyDocument document = new StudyDocument(DemoStudy.create(), null);

    private OverviewViewModel at(String instant) {
        return new OverviewViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(),
                new StudyValidator(),
                new Messages(Locale.ENGLISH), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Test
    void theFactsOfTheDemoOnTuesdayOfWeek2() {
        Facts f = at("2026-11-24T08:00:00Z").factsProperty().get();
        assertEquals("HIIT in type 2 diabetic rats (demo)", f.title());
        assertEquals("28 rats, Wistar, male", f.animalsLine());
        assertEquals(LocalDate.of(2026, 11, 16), f.start());
        assertEquals(LocalDate.of(2027, 1, 10), f.end());
        assertEquals("Week 2 of 8", f.currentWeek());
        assertEquals(14, f.sessionsToday());
        assertEquals("2026-11-28", f.nextTestDay());
        assertEquals(List.of(new GroupLine("CON", 7, 7, false, true), new GroupLine("T2D", 7, 7, false, true),
                new GroupLine("HIIT", 7, 7, true, true), new GroupLine("T2D+HIIT", 7, 7, true, true)), f.groups());
        // Mon–Fri of week 1 and Monday of week 2 without a record, 14 trained rats each
        assertEquals(List.of("84 past sessions have no record, on 6 days: 2026-11-16, 2026-11-17, 2026-11-18,"
                + " 2026-11-19, 2026-11-20, 2026-11-23"), messages(f));
        assertEquals("adherence", f.warnings().get(0).screen());
    }

    private static List<String> messages(Facts f) {
        return f.warnings().stream().map(w -> w.finding().message()).toList();
    }

    @Test
    void theDemoOnWednesdayOfWeek3ListsTheMissingWeek2TestAndTheUnrecordedSessions() {
        Facts f = at("2026-12-02T08:00:00Z").factsProperty().get();
        assertEquals(2, f.warnings().size());
        assertEquals("The planned step test of 2026-11-28 has no result for 28 of 28 animals: R01, R02, R03, R04,"
                + " R05, R06, R07, R08, R09, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21, R22, R23,"
                + " R24, R25, R26, R27, R28", messages(f).get(0));
        assertEquals("steptests", f.warnings().get(0).screen());
        assertTrue(messages(f).get(1).startsWith("168 past sessions have no record, on 12 days: 2026-11-16,"));
    }

    @Test
    void aNewStudySaysWhatToAddNextInsteadOfCompleteAndConsistent() {
        document.replace(org.hiitplanner.domain.study.Study.newFromTemplate("New study", LocalDate.of(2027, 1, 4)),
                null);
        Facts f = at("2026-12-02T08:00:00Z").factsProperty().get();
        assertEquals(List.of("Next: add the groups (e.g. control and HIIT) on the Animals screen"), messages(f));
        assertEquals("animals", f.warnings().get(0).screen());
    }

    @Test
    void beforeTheStartOnASaturdayAndAfterTheEnd() {
        Facts saturday = at("2026-11-14T08:00:00Z").factsProperty().get();
        assertEquals("Not started yet", saturday.currentWeek());
        assertEquals(0, saturday.sessionsToday());
        assertEquals("2026-11-14", saturday.nextTestDay());
        Facts after = at("2027-02-01T08:00:00Z").factsProperty().get();
        assertEquals("Finished", after.currentWeek());
        assertEquals("none planned", after.nextTestDay());
    }

    @Test
    void anAnimalAtTheWeightLossEndpointIsFirstAmongTheWarningsUntilAPiClearsIt() {
        OverviewViewModel model = at("2026-11-24T08:00:00Z");
        java.util.function.BiFunction<String, String, org.hiitplanner.domain.session.SessionRecord> weighed =
                // the plan's session number and intervals (this test used session 1 and 4 intervals for week 2
                // before the record rules, which now make such a record an error of its own)
                (day, grams) -> new org.hiitplanner.domain.session.SessionRecord("R15", LocalDate.parse(day),
                        day.equals("2026-11-16") ? 1 : 6, org.hiitplanner.domain.session.SessionStatus.COMPLETED,
                        day.equals("2026-11-16") ? 4 : 5, 0, 0, new java.math.BigDecimal(grams),
                        "", "", "T", Instant.parse(day + "T09:00:00Z"));
        document.edit("weights", s -> s.withAddedRecord(weighed.apply("2026-11-16", "350"))
                .withAddedRecord(weighed.apply("2026-11-23", "280")));

        OverviewViewModel.Warning w = model.factsProperty().get().warnings().get(0);
        // 350 g → 280 g: 20.0 % below the baseline, at the endpoint of 20 %
        assertEquals("Welfare: R15 weighed 20.0 % below its baseline on 2026-11-23 (endpoint 20 %); open until a PI"
                + " clears it on Today", w.finding().message());
        assertEquals("today", w.screen());

        document.edit("clear", "vet agrees", s -> s.withAddedClearance(new WelfareClearance("R15", LocalDate.of(2026, 11, 23), "PI", Instant.parse("2026-11-24T08:00:00Z"),
                "vet agrees")));
        // what is left: 84 planned sessions before today, 2 of them recorded
        assertEquals(List.of("82 past sessions have no record, on 6 days: 2026-11-16, 2026-11-17, 2026-11-18,"
                + " 2026-11-19, 2026-11-20, 2026-11-23"), messages(model.factsProperty().get()));
    }

    @Test
    void warningsFollowEditsAndPointToTheirScreen() {
        OverviewViewModel model = at("2026-11-24T08:00:00Z");
        document.edit("Edit week 3", s -> s.withProtocol(s.protocol().withWeek(3, ProtocolWeek.of(12, "85"))));
        document.edit("Exclude R15", s -> s.withAnimals(s.animals().stream().map(a -> a.id().equals("R15")
                ? a.withExclusion(new Exclusion(LocalDate.of(2026, 11, 24), "Injured paw")) : a).toList()));
        Facts f = model.factsProperty().get();
        assertEquals(13, f.sessionsToday());
        assertEquals(new GroupLine("HIIT", 7, 6, true, true), f.groups().get(2));
        assertEquals(2, f.warnings().size(), "the 84 unrecorded sessions before today, and the protocol");
        assertEquals("Week 3: 12 intervals is outside the usual 4–10", f.warnings().get(1).finding().message());
        assertEquals("protocol", f.warnings().get(1).screen());
        assertEquals("animals", OverviewViewModel.screenFor("$.animals[3].group"));
        assertEquals("steptests", OverviewViewModel.screenFor("$.stepTestResults[0].animal"));
    }

    @Test
    void todaysHeatsThatOverrunTheTreadmillsWindowAreAWarningOnTheHeatsScreen() {
        OverviewViewModel model = at("2026-11-24T08:00:00Z");
        // week 2 on Tuesday 2026-11-24: 14 rats on 3 lanes = 5 heats of 25 min and 4 changeovers of 10 min = 165 min
        document.edit("Window", s -> s.withTreadmills(List.of(s.treadmills().get(0).withWindow(
                new DayWindow(LocalTime.of(9, 0), LocalTime.of(11, 0))))));

        List<OverviewViewModel.Warning> warnings = model.factsProperty().get().warnings().stream()
                .filter(w -> !w.finding().path().equals("$.sessionRecords")).toList();

        assertEquals(1, warnings.size());
        assertEquals("Today's heats on Exer-3 rat: the heats need 165 min from 09:00, past the end of the day window "
                + "at 11:00 by 45 min", warnings.get(0).finding().message());
        assertEquals("heats", warnings.get(0).screen());
        assertEquals("$.treadmills[0]", warnings.get(0).finding().path());
    }

    @Test
    void aRecordThePlanDoesNotExplainIsAnErrorLinkedToTheAuditScreen() {
        OverviewViewModel model = at("2026-12-02T08:00:00Z");
        // the gate refuses such a record; a file written elsewhere may hold one, and still opens
        document.replace(document.study().withAddedRecord(new SessionRecord("R16", LocalDate.of(2026, 11, 17), 2,
                org.hiitplanner.domain.session.SessionStatus.COMPLETED, 99, 0, 0, null, "", "", "T",
                Instant.parse("2026-11-17T09:00:00Z"))), null);
        assertEquals(Optional.of("Session record of R16 on 2026-11-17: completed means all 4 planned intervals, not"
                + " 99"), document.edit("odd record", s -> s.withAddedRecord(new SessionRecord("R17",
                LocalDate.of(2026, 11, 17), 2, org.hiitplanner.domain.session.SessionStatus.COMPLETED, 99, 0, 0, null,
                "", "", "T", Instant.parse("2026-11-17T09:00:00Z")))).map(m -> m.replace("R17", "R16")));
        List<OverviewViewModel.Warning> warnings = model.factsProperty().get().warnings().stream()
                .filter(x -> x.finding().isError()).toList();
        assertEquals(1, warnings.size());
        OverviewViewModel.Warning w = warnings.get(0);
        assertEquals(true, w.finding().isError());
        assertEquals("$.sessionRecords[0]", w.finding().path());
        assertEquals("audit", w.screen());
        assertEquals("Recorded session outside the plan (it stays on record; Adherence leaves it out): R16 on"
                + " 2026-11-17: completed means all 4 planned intervals, not 99", w.finding().message());
    }
}
