package org.hiitplanner.ui.heats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** The what-if of the heats screen on the demo study, Monday 2026-11-16: 14 training rats on "Exer-3 rat". */
class WhatIfModelTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-14T09:00:00Z"), ZoneOffset.UTC);
    private static final String EXER3 = "Exer-3 rat";
    private final Messages messages = new Messages(Locale.ENGLISH);

    private HeatsViewModel model(StudyDocument document) {
        return new HeatsViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(), SATURDAY, messages, () -> 42L);
    }

    /** Profile B: 3 lanes, one belt, 0–26 m/min in 0.5 steps, 10-min changeover, no day window. */
    private static TreadmillForm profileB() {
        return new TreadmillForm("B", "3", BeltType.SINGLE_BELT, "0", "26", "0.5", "0", "10", "");
    }

    private static List<String> row(WhatIfModel whatIf, String label) {
        return whatIf.comparison().stream().filter(c -> c.label().equals(label))
                .map(c -> List.of(c.current(), c.tried())).findFirst().orElseThrow();
    }

    @Test
    void tryingTheAnimalsOnAProfileWithALowerMaximumShowsTheHeatsThatApplyMakes() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.add(profileB());
        WhatIfModel whatIf = model.whatIf();

        whatIf.profileProperty().set("B");

        // planned from the day's sessions on B (high speeds rounded to 0.5 and clamped at 26 by the schedule), not
        // from Exer-3's 0.1-step speeds: 5 heats of 22 min and 4 changeovers of 10 = 150 min, largest deviation 0.5
        // (before the fix: 8 heats, 246 min, largest deviation 4.0 m/min and 5 warnings)
        HeatPlan tried = whatIf.triedProperty().get();
        assertEquals("B", tried.treadmill());
        assertEquals(5, tried.heatCount());
        assertEquals(150 * 60, tried.totalSeconds());
        assertEquals(0, new BigDecimal("0.5").compareTo(tried.maxDeviation()), tried.maxDeviation().toString());
        // the five animals whose own high speed is above B's maximum are named, each once
        List<String> warnings = HeatTexts.warnings(tried, messages);
        assertEquals(5, warnings.size(), warnings.toString());
        assertTrue(warnings.contains("R20: High speed 30.0 m/min is above the maximum of treadmill B; clamped to "
                + "26.0 m/min"), warnings.toString());
        assertEquals(List.of("R15", "R16", "R19", "R20", "R21"), warnings.stream().map(w -> w.split(":")[0])
                .sorted().toList());
        assertEquals(List.of("5", "5"), row(whatIf, "Heats"));
        assertEquals(List.of("150 min", "150 min"), row(whatIf, "Total time"));
        String summary = HeatTexts.summary(tried, messages);
        assertTrue(summary.startsWith("5 heats, 08:00–10:30 (150 min) · largest deviation 0.5 m/min"), summary);
        assertTrue(whatIf.changedProperty().get());

        assertEquals(Optional.empty(), whatIf.apply());

        assertEquals(List.of("B"), model.plans().stream().map(HeatPlan::treadmill).toList());
        HeatPlan shown = model.plans().get(0);
        assertEquals(tried, shown);
        assertEquals(summary, HeatTexts.summary(shown, messages));
    }

    @Test
    void applyingFiveIndependentLanesWithTheToleranceRetypedAs5Point0KeepsTheStudysTolerance() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        WhatIfModel whatIf = model.whatIf();

        whatIf.lanesProperty().set("5");
        whatIf.beltProperty().set(BeltType.INDEPENDENT_LANES);
        whatIf.toleranceProperty().set("5.0%");
        HeatPlan tried = whatIf.triedProperty().get();
        whatIf.apply();

        // ceil(14 / 5) = 3 heats of 22 min and 2 changeovers of 10 = 86 min, what the screen shows after Apply;
        // 5.0 % is the study's 5 %, so the tolerance is not rewritten as 5.0 (an invisible, unaudited change)
        assertEquals(3, tried.heatCount());
        assertEquals(86 * 60, tried.totalSeconds());
        assertEquals(tried, model.plans().get(0));
        assertEquals(Tolerance.defaultTolerance(), document.study().settings().heats().tolerance());
        assertEquals(5, document.study().treadmills().get(0).lanes());
    }

    @Test
    void whenTheChosenTreadmillHasNoSessionsOnTheNewDateTheProfileFollowsTheFirstTreadmill() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.add(profileB());
        // R15, R16, R17 run on B and are excluded from Tuesday 2026-11-17: on Tuesday only Exer-3's 11 animals run
        Exclusion fromTuesday = new Exclusion(LocalDate.of(2026, 11, 17), "ended");
        document.edit("R15–R17 on B until Monday", s -> {
            Study onB = TreadmillEdits.moveAnimalsById(s, List.of("R15", "R16", "R17"), "B");
            return onB.withAnimals(onB.animals().stream()
                    .map(a -> a.treadmill().equals("B") ? a.withExclusion(fromTuesday) : a).toList());
        });
        WhatIfModel whatIf = model.whatIf();
        assertEquals(List.of(EXER3, "B"), whatIf.treadmills());
        whatIf.baseProperty().set("B");
        assertEquals("B", whatIf.profileProperty().get());
        whatIf.lanesProperty().set("2");
        assertTrue(whatIf.changedProperty().get());

        model.nextDay();

        assertEquals(LocalDate.of(2026, 11, 17), model.dateProperty().get());
        assertEquals(List.of(EXER3), whatIf.treadmills());
        assertEquals(EXER3, whatIf.baseProperty().get());
        assertEquals(EXER3, whatIf.profileProperty().get());
        assertEquals("3", whatIf.lanesProperty().get());
        assertFalse(whatIf.changedProperty().get());
        Study before = document.study();
        assertEquals(Optional.empty(), whatIf.apply());
        assertEquals(before, document.study());
        assertEquals(11, model.plans().get(0).animalCount());
    }

    @Test
    void undoingAnApplyThatMovedTheAnimalsTriesThemOnTheirOwnProfileAgain() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.add(profileB());
        WhatIfModel whatIf = model.whatIf();
        whatIf.profileProperty().set("B");
        whatIf.apply();
        assertEquals("B", whatIf.baseProperty().get());
        assertFalse(whatIf.changedProperty().get());

        document.undo();

        // the 14 animals are back on Exer-3: the what-if is Exer-3 on Exer-3 again, and Apply changes nothing
        assertEquals(EXER3, whatIf.baseProperty().get());
        assertEquals(EXER3, whatIf.profileProperty().get());
        assertEquals("3", whatIf.lanesProperty().get());
        assertFalse(whatIf.changedProperty().get());
        Study before = document.study();
        whatIf.apply();
        assertEquals(before, document.study());
    }

    @Test
    void openingAStudyStartsTheWhatIfAgainFromItsFirstTreadmill() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.add(profileB());
        WhatIfModel whatIf = model.whatIf();
        whatIf.profileProperty().set("B");
        assertTrue(whatIf.changedProperty().get());

        // File → Open of a study with the same two profiles
        document.replace(document.study().withAuditLog(AuditLog.empty()), Path.of("other.hiit.json"));

        assertEquals(EXER3, whatIf.baseProperty().get());
        assertEquals(EXER3, whatIf.profileProperty().get());
        assertFalse(whatIf.changedProperty().get());
        assertEquals(5, whatIf.triedProperty().get().heatCount());
    }

    @Test
    void aToleranceOfTheSameNumberIsNoChange() {
        HeatsViewModel model = model(new StudyDocument(DemoStudy.create(), null));
        WhatIfModel whatIf = model.whatIf();

        whatIf.toleranceProperty().set("5.0%");

        assertTrue(Tolerance.parse("5.0%").sameAs(Tolerance.parse("5%")));
        assertFalse(Tolerance.parse("5.0%").sameAs(Tolerance.parse("5.0")));
        assertFalse(Tolerance.parse("5.0%").sameAs(Tolerance.parse("5.5%")));
        assertFalse(whatIf.changedProperty().get());
        assertEquals(List.of("±5%", "±5%"), row(whatIf, "Tolerance"));
    }
}
