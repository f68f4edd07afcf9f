package org.hiitplanner.ui.overview;

import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.session.SessionRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        assertEquals(List.of(), f.warnings());
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
        assertEquals("Welfare: Animal R15 weighed 280 g on 2026-11-23, 20.0 % below its baseline of 350 g"
                + " (2026-11-16); endpoint 20 %; flagged until a PI clears it (welfare --clear)", w.finding().message());
        assertEquals("today", w.screen());

        document.edit("clear", "vet agrees", s -> s.withAddedClearance(new WelfareClearance("R15", LocalDate.of(2026, 11, 23), "PI", Instant.parse("2026-11-24T08:00:00Z"),
                "vet agrees")));
        assertEquals(List.of(), model.factsProperty().get().warnings());
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
        assertEquals(1, f.warnings().size());
        assertEquals("Week 3: 12 intervals is outside the usual 4–10", f.warnings().get(0).finding().message());
        assertEquals("protocol", f.warnings().get(0).screen());
        assertEquals("animals", OverviewViewModel.screenFor("$.animals[3].group"));
        assertEquals("steptests", OverviewViewModel.screenFor("$.stepTestResults[0].animal"));
    }

    @Test
    void todaysHeatsThatOverrunTheTreadmillsWindowAreAWarningOnTheHeatsScreen() {
        OverviewViewModel model = at("2026-11-24T08:00:00Z");
        // week 2 on Tuesday 2026-11-24: 14 rats on 3 lanes = 5 heats of 25 min and 4 changeovers of 10 min = 165 min
        document.edit("Window", s -> s.withTreadmills(List.of(s.treadmills().get(0).withWindow(
                new DayWindow(LocalTime.of(9, 0), LocalTime.of(11, 0))))));

        List<OverviewViewModel.Warning> warnings = model.factsProperty().get().warnings();

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
        List<OverviewViewModel.Warning> warnings = model.factsProperty().get().warnings();
        assertEquals(1, warnings.size());
        OverviewViewModel.Warning w = warnings.get(0);
        assertEquals(true, w.finding().isError());
        assertEquals("$.sessionRecords[0]", w.finding().path());
        assertEquals("audit", w.screen());
        assertEquals("Recorded session outside the plan (it stays on record; Adherence leaves it out): R16 on"
                + " 2026-11-17: completed means all 4 planned intervals, not 99", w.finding().message());
    }
}
