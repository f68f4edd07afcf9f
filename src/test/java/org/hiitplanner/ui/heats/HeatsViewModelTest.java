package org.hiitplanner.ui.heats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** The heats screen's model on the demo study (14 training rats on a 3-lane, one-belt treadmill from 2026-11-16). */
class HeatsViewModelTest {
    /** Saturday 2026-11-14: the next training day is Monday 2026-11-16. */
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-14T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private final Messages messages = new Messages(Locale.ENGLISH);

    private HeatsViewModel model(StudyDocument document) {
        return new HeatsViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(), SATURDAY, messages, () -> 987654321L);
    }

    private static TreadmillForm form(String name, String lanes, BeltType belt, String changeover, String window) {
        return new TreadmillForm(name, lanes, belt, "0", "100", "0.1", "0", changeover, window);
    }

    @Test
    void theDemoMondayHasFiveHeatsFrom0800To1030() {
        HeatsViewModel model = model(new StudyDocument(DemoStudy.create(), null));

        assertEquals(MONDAY, model.dateProperty().get());
        assertEquals(1, model.plans().size());
        HeatPlan plan = model.plans().get(0);
        // 14 rats on 3 lanes: 5 heats of 22 min (300 s warm-up, 4 × 180 s, 300 s cool-down) and 4 changeovers of 10
        assertEquals(14, plan.animalCount());
        assertEquals(5, plan.heatCount());
        assertEquals(List.of(22 * 60), plan.heats().stream().map(Heat::durationSeconds).distinct().toList());
        assertEquals(150 * 60, plan.totalSeconds());
        assertEquals(LocalTime.of(8, 0), plan.firstStart());
        assertEquals(LocalTime.of(10, 30), plan.end());
        assertTrue(model.dayStatusProperty().get().startsWith("Monday 2026-11-16 · week 1, session 1 · 14 animals"),
                model.dayStatusProperty().get());
        assertTrue(HeatTexts.summary(plan, messages).startsWith("5 heats, 08:00–10:30 (150 min)"),
                HeatTexts.summary(plan, messages));
    }

    @Test
    void theDateStepsBetweenTrainingDaysAndAWeekendHasNoHeats() {
        HeatsViewModel model = model(new StudyDocument(DemoStudy.create(), null));
        assertFalse(model.hasPreviousProperty().get());

        model.nextDay();
        assertEquals(LocalDate.of(2026, 11, 17), model.dateProperty().get());
        assertEquals(5, model.plans().get(0).heatCount());
        model.dateProperty().set(LocalDate.of(2026, 11, 21));
        assertEquals(List.of(), model.plans());
        assertEquals("Saturday 2026-11-21: no training sessions, so no heats", model.dayStatusProperty().get());
        model.previousDay();
        assertEquals(LocalDate.of(2026, 11, 20), model.dateProperty().get());
    }

    @Test
    void openingOrCreatingAStudyShowsItsFirstTrainingDayAndNoStaleMessage() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.dateProperty().set(LocalDate.of(2026, 11, 20));
        assertTrue(model.remove("Exer-3 rat").isPresent());
        assertFalse(model.problemProperty().get().isEmpty());

        // File → Open of the demo study again: its first training day from Saturday 2026-11-14 is Monday the 16th
        document.replace(DemoStudy.create(), java.nio.file.Path.of("demo.hiit.json"));
        assertEquals(MONDAY, model.dateProperty().get());
        assertEquals("", model.problemProperty().get());
        assertEquals(5, model.plans().get(0).heatCount());

        // an edit, an undo and a save keep the day
        model.nextDay();
        document.edit("changeover 15", s -> TreadmillEdits.replace(s, "Exer-3 rat",
                s.treadmills().get(0).withChangeoverMinutes(15)));
        document.undo();
        document.markSaved(java.nio.file.Path.of("demo.hiit.json"), document.study());
        assertEquals(LocalDate.of(2026, 11, 17), model.dateProperty().get());

        // File → New of a study starting Monday 2027-01-04: its first training day, with no animals yet
        document.replace(Study.newFromTemplate("New study", LocalDate.of(2027, 1, 4)), null);
        assertEquals(LocalDate.of(2027, 1, 4), model.dateProperty().get());
        assertEquals(List.of(), model.plans());
    }

    @Test
    void aWhatIfOfFiveIndependentLanesChangesNothingUntilApplyAndIsUndoable() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        Study before = document.study();
        HeatsViewModel model = model(document);
        WhatIfModel whatIf = model.whatIf();
        assertEquals("Exer-3 rat", whatIf.baseProperty().get());
        assertEquals("3", whatIf.lanesProperty().get());
        assertFalse(whatIf.changedProperty().get());

        whatIf.lanesProperty().set("5");
        whatIf.beltProperty().set(BeltType.INDEPENDENT_LANES);

        // ceil(14 / 5) = 3 heats of 22 min with two changeovers of 10 min = 86 min, 08:00–09:26
        HeatPlan tried = whatIf.triedProperty().get();
        assertEquals(3, tried.heatCount());
        assertEquals(86 * 60, tried.totalSeconds());
        assertEquals(LocalTime.of(9, 26), tried.end());
        assertEquals(BigDecimal.ZERO, tried.maxDeviation().stripTrailingZeros());
        assertEquals(5, whatIf.currentProperty().get().heatCount());
        assertEquals(List.of("Heats", "5", "3"), row(whatIf, "Heats"));
        assertEquals(List.of("Total time", "150 min", "86 min"), row(whatIf, "Total time"));
        assertEquals(List.of("Last heat ends", "10:30", "09:26"), row(whatIf, "Last heat ends"));
        assertTrue(whatIf.changedProperty().get());
        assertEquals(before, document.study());
        assertEquals(5, model.plans().get(0).heatCount());

        assertEquals(java.util.Optional.empty(), whatIf.apply());

        Treadmill applied = document.study().treadmills().get(0);
        assertEquals(5, applied.lanes());
        assertEquals(BeltType.INDEPENDENT_LANES, applied.belt());
        assertEquals(3, model.plans().get(0).heatCount());
        assertFalse(whatIf.changedProperty().get());
        document.undo();
        assertEquals(before.treadmills(), document.study().treadmills());
        assertEquals(5, model.plans().get(0).heatCount());
        assertEquals("3", whatIf.lanesProperty().get());
    }

    @Test
    void tryingTheDaysAnimalsOnAnotherProfileMovesThemThereOnApply() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        model.add(form("Exer-6", "6", BeltType.INDEPENDENT_LANES, "5", ""));
        WhatIfModel whatIf = model.whatIf();

        whatIf.profileProperty().set("Exer-6");

        assertEquals("6", whatIf.lanesProperty().get());
        assertEquals("5", whatIf.changeoverProperty().get());
        // ceil(14 / 6) = 3 heats of 22 min with two changeovers of 5 min = 76 min
        assertEquals("Exer-6", whatIf.triedProperty().get().treadmill());
        assertEquals(76 * 60, whatIf.triedProperty().get().totalSeconds());
        assertEquals(List.of("Exer-3 rat"), model.plans().stream().map(HeatPlan::treadmill).toList());

        whatIf.apply();

        Study s = document.study();
        assertEquals("Exer-6", s.animal("R15").orElseThrow().treadmill());
        assertEquals("", s.animal("R01").orElseThrow().treadmill());
        assertEquals(List.of("Exer-6"), model.plans().stream().map(HeatPlan::treadmill).toList());
        assertEquals(14, model.plans().get(0).animalCount());
        document.undo();
        assertEquals("", document.study().animal("R15").orElseThrow().treadmill());
    }

    private static List<String> row(WhatIfModel whatIf, String label) {
        return whatIf.comparison().stream().filter(c -> c.label().equals(label))
                .map(c -> List.of(c.label(), c.current(), c.tried())).findFirst().orElseThrow();
    }

    @Test
    void aWhatIfWithAnInvalidFieldSaysWhyAndPlansNothing() {
        HeatsViewModel model = model(new StudyDocument(DemoStudy.create(), null));
        model.whatIf().lanesProperty().set("17");
        assertNull(model.whatIf().triedProperty().get());
        assertEquals("Lanes must be a whole number from 1 to 16", model.whatIf().problemProperty().get());
        model.whatIf().lanesProperty().set("2");
        // 14 rats on 2 lanes, within ±5 %: at least 7 heats
        assertTrue(model.whatIf().triedProperty().get().heatCount() >= 7);
        assertEquals("", model.whatIf().problemProperty().get());
    }

    @Test
    void renamingATreadmillRenamesTheAnimalsReferencesInOneUndoableEdit() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        assertEquals(java.util.Optional.empty(), model.add(form("Exer-6", "6", BeltType.SINGLE_BELT, "5", "")));
        document.edit("R15 on Exer-6", s -> TreadmillEdits.moveAnimalsById(s, List.of("R15", "R16"), "Exer-6"));
        Study named = document.study();

        assertEquals(java.util.Optional.empty(),
                model.update("Exer-6", form("Exer-6 B", "6", BeltType.SINGLE_BELT, "12", "08:00–12:00")));

        Study s = document.study();
        assertEquals(List.of("Exer-3 rat", "Exer-6 B"), s.treadmills().stream().map(Treadmill::name).toList());
        assertEquals(12, s.treadmills().get(1).changeoverMinutes());
        assertEquals(LocalTime.of(12, 0), s.treadmills().get(1).window().end());
        assertEquals("Exer-6 B", s.animal("R15").orElseThrow().treadmill());
        assertEquals("Exer-6 B", s.animal("R16").orElseThrow().treadmill());
        assertEquals("", s.animal("R17").orElseThrow().treadmill());
        assertEquals(List.of("Exer-3 rat", "Exer-6 B"), model.plans().stream().map(HeatPlan::treadmill).toList());
        assertEquals("Rename treadmill Exer-6 to Exer-6 B", document.undoTextProperty().get());
        document.undo();
        assertEquals(named, document.study().withAuditLog(named.auditLog()));
    }

    @Test
    void theFormNamesEachProblemOnItsField() {
        HeatsViewModel model = model(new StudyDocument(DemoStudy.create(), null));
        TreadmillForm bad = new TreadmillForm("Exer-3 rat", "0", BeltType.SINGLE_BELT, "50", "40", "0", "60", "-1",
                "12:00-08:00");

        Map<TreadmillForm.Field, String> p = model.formProblems(bad, null);

        assertEquals("A treadmill named Exer-3 rat already exists", p.get(TreadmillForm.Field.NAME));
        assertEquals("Lanes must be a whole number from 1 to 16", p.get(TreadmillForm.Field.LANES));
        assertEquals("Maximum speed must be above the minimum (50–40)", p.get(TreadmillForm.Field.MAX));
        assertTrue(p.get(TreadmillForm.Field.RESOLUTION).startsWith("Speed steps must be a number above 0"));
        assertTrue(p.get(TreadmillForm.Field.INCLINE).startsWith("Incline must be"));
        assertTrue(p.get(TreadmillForm.Field.CHANGEOVER).startsWith("Changeover must be"));
        assertTrue(p.get(TreadmillForm.Field.WINDOW).startsWith("Day window must be"));
        assertFalse(p.containsKey(TreadmillForm.Field.MIN));
        assertTrue(model.formProblems(TreadmillForm.of(model.study().treadmills().get(0)), "Exer-3 rat").isEmpty());
        assertTrue(model.add(bad).isPresent());
        assertEquals(1, model.study().treadmills().size());
    }

    @Test
    void theLastTreadmillCannotGoAndRemovingOneSaysWhereItsAnimalsGo() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        assertEquals("Exer-3 rat is the study's last treadmill and cannot be removed: every animal needs one to run on",
                model.removeProblem("Exer-3 rat").orElseThrow());
        assertTrue(model.remove("Exer-3 rat").isPresent());
        assertEquals(1, document.study().treadmills().size());

        model.add(form("Exer-6", "6", BeltType.SINGLE_BELT, "10", ""));
        document.edit("move", s -> TreadmillEdits.moveAnimalsById(s, List.of("R15", "R16", "R17"), "Exer-6"));
        assertEquals("Remove treadmill Exer-6? 3 animals run on it; they move to the first treadmill, Exer-3 rat.",
                model.removeQuestion("Exer-6").orElseThrow());
        // removing the first treadmill moves its 25 animals to Exer-6, now the first
        assertEquals("Remove treadmill Exer-3 rat? 25 animals run on it; they move to the first treadmill, Exer-6.",
                model.removeQuestion("Exer-3 rat").orElseThrow());

        assertEquals(java.util.Optional.empty(), model.remove("Exer-6"));
        assertEquals("", document.study().animal("R15").orElseThrow().treadmill());
        assertEquals(14, model.plans().get(0).animalCount());
    }

    @Test
    void toleranceOrderAndSeedAreStudySettingsAndBadTextChangesNothing() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatsViewModel model = model(document);
        HeatSettingsModel settings = model.settings();
        assertEquals("5%", settings.toleranceProperty().get());

        settings.toleranceProperty().set("fast");
        assertTrue(settings.commitTolerance().isPresent());
        assertTrue(settings.toleranceProblemProperty().get().startsWith("'fast' is not a tolerance"),
                settings.toleranceProblemProperty().get());
        assertFalse(document.isDirty());

        settings.toleranceProperty().set("±1.0");
        settings.commitTolerance();
        assertEquals(Tolerance.absolute(new BigDecimal("1.0")), document.study().settings().heats().tolerance());
        assertEquals("1.0", settings.toleranceProperty().get());
        assertEquals("", settings.toleranceProblemProperty().get());
        assertEquals("±1.0 m/min", model.plans().get(0).options().tolerance().label());

        settings.orderProperty().set(RunOrder.SEEDED_RANDOM);
        settings.newSeed();
        assertEquals(RunOrder.SEEDED_RANDOM, document.study().settings().heats().order());
        assertEquals(987654321L, document.study().settings().heats().seed());
        settings.seedProperty().set("12a");
        assertTrue(settings.commitSeed().isPresent());
        assertEquals(987654321L, document.study().settings().heats().seed());

        document.undo();
        document.undo();
        document.undo();
        assertEquals("5%", settings.toleranceProperty().get());
        assertEquals(RunOrder.COUNTERBALANCED, settings.orderProperty().get());
    }

    @Test
    void sixRatsWithinOneMetrePerMinuteOnAThreeLaneBeltRunInThreeHeats() {
        // Vmax 30, 31, 32, 36, 37, 41 at 85 % (week 2): high 25.5, 26.4, 27.2, 30.6, 31.5, 34.9
        Study demo = DemoStudy.create();
        String[] vmax = {"30", "31", "32", "36", "37", "41"};
        List<Animal> animals = new ArrayList<>();
        List<StepTestResult> results = new ArrayList<>();
        for (int i = 0; i < vmax.length; i++) {
            animals.add(Animal.of("V" + vmax[i], "HIIT", Sex.MALE));
            results.add(new StepTestResult("V" + vmax[i], MONDAY.minusDays(2),
                    new Measurement.DirectVmax(new BigDecimal(vmax[i])), "T", true, ""));
        }
        StudyDocument document = new StudyDocument(demo.withAnimals(animals).withStepTestResults(results), null);
        HeatsViewModel model = model(document);
        model.settings().toleranceProperty().set("1.0");
        model.settings().commitTolerance();
        model.dateProperty().set(LocalDate.of(2026, 11, 23));

        HeatPlan plan = model.plans().get(0);
        Set<Set<String>> heats = plan.heats().stream().map(h -> Set.copyOf(h.animalIds())).collect(Collectors.toSet());
        assertEquals(Set.of(Set.of("V30", "V31", "V32"), Set.of("V36", "V37"), Set.of("V41")), heats);
        // {25.5, 26.4, 27.2}: belt high 26.35 → 26.4; V30 runs +0.9 m/min, +3.5 % of 25.5
        Heat first = plan.heatOf("V30").orElseThrow();
        assertEquals(new BigDecimal("26.4"), first.belt().high());
        HeatRunner r = first.runners().stream().filter(x -> x.animalId().equals("V30")).findFirst().orElseThrow();
        assertEquals("+0.9", HeatTexts.signed(r.deviation().high()));
        assertEquals("+3.5 %", HeatTexts.percent(r.deviation().high(), r.own().high()));
    }
}
