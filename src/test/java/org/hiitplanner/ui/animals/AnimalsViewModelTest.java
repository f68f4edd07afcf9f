package org.hiitplanner.ui.animals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.AnimalCsvReader;
import org.hiitplanner.storage.AnimalCsvResult;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** Worked examples on the demo study: 28 rats R01–R28, seven in each of CON, T2D, HIIT (R15–R21), T2D+HIIT. */
class AnimalsViewModelTest {
    private final Study demo = DemoStudy.create();
    private final StudyDocument document = new StudyDocument(demo, null);
    private final AnimalsViewModel model = new AnimalsViewModel(document, new Messages(Locale.ENGLISH));

    private List<String> visibleIds() {
        return model.visibleAnimals().stream().map(AnimalRow::id).toList();
    }

    private AnimalRow row(String id) {
        return model.animals().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void showsTheDemoStudy() {
        assertEquals(List.of(new GroupRow("CON", false, true, 7), new GroupRow("T2D", false, true, 7),
                new GroupRow("HIIT", true, true, 7), new GroupRow("T2D+HIIT", true, true, 7)), model.groups());
        assertEquals(28, model.animals().size());
        AnimalRow r15 = row("R15");
        assertEquals("HIIT", r15.group());
        assertEquals("Exer-3 rat", r15.treadmill(), "no treadmill set: the study's first");
        assertEquals("active", r15.status());
        assertEquals("28 of 28 animals shown · 0 excluded", model.summaryProperty().get());
        assertEquals("R29", model.suggestId());
    }

    @Test
    void theAddFormKeepsTheGroupOfTheAnimalAddedLast() {
        assertEquals(null, model.groupForNewAnimal(), "nothing added yet, no filter: the form starts on CON");
        model.groupFilterProperty().set(new GroupChoice("HIIT"));
        assertEquals("HIIT", model.groupForNewAnimal(), "the group shown");
        model.groupFilterProperty().set(GroupChoice.ALL);
        assertEquals(Optional.empty(), model.addAnimal("R29", "T2D+HIIT", Sex.MALE, null, ""));
        assertEquals("T2D+HIIT", model.groupForNewAnimal());
        assertEquals(Optional.empty(), model.addAnimal("R30", "T2D+HIIT", Sex.FEMALE, null, ""));
        assertEquals("T2D+HIIT", model.groupForNewAnimal(), "still the last group chosen, not the first");
        model.groupFilterProperty().set(new GroupChoice("CON"));
        assertEquals("T2D+HIIT", model.groupForNewAnimal(), "the group chosen last wins over the filter");
    }

    @Test
    void addAnAnimal() {
        Optional<String> result = model.addAnimal("R29", "HIIT", Sex.MALE, LocalDate.of(2026, 9, 1), "");
        assertEquals(Optional.empty(), result);
        assertEquals(Optional.of(new Animal("R29", "HIIT", Sex.MALE, LocalDate.of(2026, 9, 1), null, "")),
                document.study().animal("R29"));
        assertEquals(29, model.animals().size());
        assertEquals("R29", model.animals().get(28).id());
        assertEquals(8, model.groups().get(2).animals());
        assertEquals("Add animal R29", document.undoTextProperty().get());
        assertEquals("R30", model.suggestId());
        document.undo();
        assertEquals(28, model.animals().size());
        assertSame(demo, document.study());
    }

    @Test
    void aDuplicateIdIsRejectedWithTheMessage() {
        Optional<String> result = model.addAnimal("R05", "HIIT", Sex.MALE, null, "");
        assertEquals(Optional.of("Animal id R05 is already used in this study."), result);
        assertEquals("Animal id R05 is already used in this study.", model.animalProblemProperty().get());
        assertSame(demo, document.study());
        assertFalse(document.canUndoProperty().get());
        // the problem goes away with the next edit that succeeds
        assertEquals(Optional.empty(), model.addAnimal("R05b", "HIIT", Sex.MALE, null, ""));
        assertEquals("", model.animalProblemProperty().get());
    }

    @Test
    void aBadIdGetsTheDomainsMessage() {
        String tooLong = "R".repeat(33);
        String domain = "";
        try {
            Animal.checkId(tooLong);
        } catch (IllegalArgumentException e) {
            domain = e.getMessage();
        }
        assertTrue(domain.startsWith("animal id must be 1 to 32 characters"), domain);
        String expected = "A" + domain.substring(1);
        assertEquals(Optional.of(expected), model.idProblem(tooLong));
        assertEquals(Optional.of(expected), model.addAnimal(tooLong, "CON", Sex.MALE, null, ""));
        assertTrue(model.idProblem("").isPresent());
        assertEquals(Optional.empty(), model.idProblem("R29"));
    }

    @Test
    void renamingAGroupRenamesItInAllSevenAnimalsAsOneEdit() {
        assertEquals(Optional.empty(), model.renameGroup("HIIT", "HIIT 8 wk"));
        Study s = document.study();
        assertEquals(new Group("HIIT 8 wk", true, true), s.groups().get(2), "same place, same flags");
        assertEquals(List.of("R15", "R16", "R17", "R18", "R19", "R20", "R21"), s.animals().stream()
                .filter(a -> a.group().equals("HIIT 8 wk")).map(Animal::id).toList());
        assertTrue(s.animals().stream().noneMatch(a -> a.group().equals("HIIT")));
        assertEquals("HIIT 8 wk", row("R15").group());
        assertEquals("Rename group HIIT to HIIT 8 wk", document.undoTextProperty().get());
        document.undo();
        assertSame(demo, document.study(), "one undo restores the group and its seven animals");
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void aRenameToAnExistingOrEmptyNameIsRejected() {
        assertEquals(Optional.of("There is already a group named CON."), model.renameGroup("HIIT", "CON"));
        assertEquals("There is already a group named CON.", model.groupProblemProperty().get());
        assertEquals(Optional.of("Type a name for the group."), model.renameGroup("HIIT", "  "));
        assertEquals(Optional.of("A group name has at most 40 characters."), model.renameGroup("HIIT", "x".repeat(41)));
        assertSame(demo, document.study());
    }

    @Test
    void theGroupFilterFollowsARename() {
        model.groupFilterProperty().set(new GroupChoice("HIIT"));
        model.renameGroup("HIIT", "Sprint");
        assertEquals(new GroupChoice("Sprint"), model.groupFilterProperty().get());
        assertEquals(7, model.visibleAnimals().size());
        document.undo();
        assertEquals(GroupChoice.ALL, model.groupFilterProperty().get(), "the filtered group is gone again");
        assertEquals(28, model.visibleAnimals().size());
    }

    @Test
    void addEditAndRemoveGroups() {
        assertEquals(Optional.empty(), model.addGroup(" Sham "));
        assertEquals(new GroupRow("Sham", true, true, 0), model.groups().get(4));
        assertEquals(Optional.empty(), model.setTrains("Sham", false));
        assertEquals(Optional.empty(), model.setTested("Sham", false));
        assertEquals(new Group("Sham", false, false), document.study().groups().get(4));
        assertEquals("Group Sham is not step-tested", document.undoTextProperty().get());
        assertEquals(Optional.of("There is already a group named Sham."), model.addGroup("Sham"));
        assertEquals(Optional.empty(), model.removeGroup("Sham"));
        assertEquals(4, model.groups().size());
        assertEquals(List.of("All groups?", "CON", "T2D", "HIIT", "T2D+HIIT"), model.groupChoices().stream()
                .map(c -> c.all() ? "All groups?" : c.group()).toList());
    }

    @Test
    void aGroupWithAnimalsCannotBeRemoved() {
        assertEquals(Optional.of("Group HIIT still has 7 animals: move them to another group or remove them first."),
                model.removeGroup("HIIT"));
        assertSame(demo, document.study());
        model.addGroup("Sham");
        model.addAnimal("S1", "Sham", Sex.FEMALE, null, "");
        assertEquals(Optional.of("Group Sham still has one animal: move them to another group or remove them first."),
                model.removeGroup("Sham"));
    }

    @Test
    void excludingR15FromNovember25EndsItsSessionsThatDay() {
        ScheduleEngine engine = new ScheduleEngine();
        LocalDate from = LocalDate.of(2026, 11, 25);
        assertEquals(40, engine.schedule(document.study(), ScheduleQuery.animal("R15")).size());
        assertEquals(Optional.empty(), model.exclude("R15", from, "Injured paw"));
        assertEquals(Optional.of(new Exclusion(from, "Injured paw")), document.study().animal("R15").get().excluded());
        List<PlannedSession> sessions = engine.schedule(document.study(), ScheduleQuery.animal("R15"));
        assertTrue(sessions.stream().noneMatch(p -> !p.date().isBefore(from)), "no session on or after the 25th");
        assertEquals(List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23",
                "2026-11-24"), sessions.stream().map(p -> p.date().toString()).toList());
        assertEquals(40, engine.schedule(document.study(), ScheduleQuery.animal("R16")).size(), "others unchanged");
        assertEquals("excluded from 2026-11-25: Injured paw", row("R15").status());
        assertEquals("28 of 28 animals shown · 1 excluded", model.summaryProperty().get());
        assertEquals("Exclude R15 from 2026-11-25", document.undoTextProperty().get());
        document.undo();
        assertSame(demo, document.study());
        assertEquals(40, engine.schedule(document.study(), ScheduleQuery.animal("R15")).size());
        assertEquals("active", row("R15").status());
    }

    @Test
    void anExclusionNeedsADateAndAReason() {
        assertEquals(Optional.of("Give the reason for the exclusion."),
                model.exclude("R15", LocalDate.of(2026, 11, 25), " "));
        assertEquals(Optional.of("Choose the first day without sessions (yyyy-mm-dd)."),
                model.exclude("R15", null, "x"));
        assertSame(demo, document.study());
    }

    @Test
    void reIncludingAnAnimalGivesItsSessionsBack() {
        model.exclude("R15", LocalDate.of(2026, 11, 25), "Injured paw");
        assertEquals(Optional.empty(), model.include("R15"));
        assertEquals(demo, document.study().withAuditLog(org.hiitplanner.domain.audit.AuditLog.empty()));
        assertEquals(List.of("animal R15", "animal R15"), document.study().auditLog().entries().stream()
                .map(e -> e.what()).toList());
        assertEquals("group HIIT, male, born 2026-09-07, excluded from 2026-11-25: Injured paw",
                document.study().auditLog().entries().get(1).oldValue());
        assertEquals("Re-include R15", document.undoTextProperty().get());
    }

    @Test
    void searchMatchesIdGroupAndExclusionReasonInTheChosenGroup() {
        model.searchProperty().set("r2");
        assertEquals(List.of("R20", "R21", "R22", "R23", "R24", "R25", "R26", "R27", "R28"), visibleIds());
        assertEquals("9 of 28 animals shown · 0 excluded", model.summaryProperty().get());
        model.groupFilterProperty().set(new GroupChoice("HIIT"));
        assertEquals(List.of("R20", "R21"), visibleIds());
        model.searchProperty().set("t2d");
        model.groupFilterProperty().set(GroupChoice.ALL);
        assertEquals(14, visibleIds().size(), "T2D and T2D+HIIT");
        model.exclude("R03", LocalDate.of(2026, 11, 20), "Died under anaesthesia");
        model.searchProperty().set("  ANAESTHESIA ");
        assertEquals(List.of("R03"), visibleIds());
        model.searchProperty().set("con died");
        assertEquals(List.of("R03"), visibleIds(), "every word must match");
        model.searchProperty().set("");
        assertEquals(28, visibleIds().size());
    }

    @Test
    void editsInPlace() {
        assertEquals(Optional.empty(), model.setGroup("R01", "T2D"));
        assertEquals("T2D", document.study().animal("R01").get().group());
        assertEquals(Optional.empty(), model.setSex("R01", Sex.FEMALE));
        assertEquals(Sex.FEMALE, row("R01").sex());
        assertEquals(Optional.empty(), model.setBirthDate("R01", "2026-08-30"));
        assertEquals(LocalDate.of(2026, 8, 30), row("R01").birthDate());
        assertEquals(Optional.of("Type the date as 2026-09-01 or day first as 01-09-2026, 01/09/2026 or 01.09.2026 "
                + "(not \"30.13.2026\")."), model.setBirthDate("R01", "30.13.2026"));
        assertEquals(LocalDate.of(2026, 8, 30), row("R01").birthDate());
        assertEquals(Optional.empty(), model.setBirthDate("R01", "29.8.2026"), "day first, as the user writes it");
        assertEquals(LocalDate.of(2026, 8, 29), row("R01").birthDate());
        assertEquals(Optional.empty(), model.setBirthDate("R01", " "));
        assertEquals(null, row("R01").birthDate());
        int edits = 5;
        for (int i = 0; i < edits; i++) {
            document.undo();
        }
        assertSame(demo, document.study());
    }

    @Test
    void choosingTheTreadmillAnAnimalAlreadyRunsOnChangesNothing() {
        assertEquals(Optional.empty(), model.setTreadmill("R01", "Exer-3 rat"));
        assertSame(demo, document.study());
        assertFalse(document.canUndoProperty().get());
    }

    @Test
    void removingAnAnimalRemovesItsStepTestsUntilUndone() {
        assertEquals("R09 is removed from the study, with its 2 step-test results. To keep its records, exclude it"
                + " instead. You can undo this.", model.removeQuestion("R09"));
        assertEquals(Optional.empty(), model.removeAnimal("R09"));
        assertTrue(document.study().animal("R09").isEmpty());
        assertTrue(document.study().stepTestResults().stream().noneMatch(r -> r.animalId().equals("R09")));
        assertEquals(27, model.animals().size());
        document.undo();
        assertSame(demo, document.study());
    }

    @Test
    void importingAddsOnlyTheGoodRowsAsOneEdit() {
        AnimalCsvResult csv = new AnimalCsvReader().parse(
                "id;group;sex;birth date\nR29;HIIT;m;2026-09-01\nR05;CON;m;\nR30;CON;f;\n", document.study());
        model.searchProperty().set("R0");
        assertEquals(Optional.empty(), model.importAnimals(csv, "rats.csv"));
        assertEquals(List.of("R29", "R30"),
                document.study().animals().subList(28, 30).stream().map(Animal::id).toList());
        assertEquals(30, document.study().animals().size());
        assertEquals("Imported 2 animals from rats.csv; one row with a problem was left out.",
                model.noticeProperty().get());
        assertEquals("", model.searchProperty().get(), "the search is cleared so that the new animals show");
        assertEquals("Import 2 animals from rats.csv", document.undoTextProperty().get());
        document.undo();
        assertSame(demo, document.study(), "one undo takes the whole import back");
    }

    @Test
    void anImportThatNoLongerFitsTheStudyChangesNothing() {
        AnimalCsvResult csv = new AnimalCsvReader().parse("id,group,sex\nR29,HIIT,m\n", document.study());
        model.addAnimal("R29", "CON", Sex.MALE, null, "");
        Study before = document.study();
        Optional<String> result = model.importAnimals(csv, "rats.csv");
        assertTrue(result.isPresent() && result.get().contains("R29"), String.valueOf(result));
        assertSame(before, document.study());
        AnimalCsvResult bad = new AnimalCsvReader().parse("id,group,sex\nR01,HIIT,m\n", document.study());
        assertEquals(Optional.of("Nothing to import: no row of the file can be imported."),
                model.importAnimals(bad, "bad.csv"));
    }

    @Test
    void rowsFollowChangesMadeElsewhere() {
        document.edit("another screen", s -> s.withAnimals(s.animals().subList(0, 3)));
        assertEquals(3, model.animals().size());
        assertEquals(new GroupRow("CON", false, true, 3), model.groups().get(0));
        assertEquals(new GroupRow("HIIT", true, true, 0), model.groups().get(2));
        document.undo();
        assertEquals(28, model.animals().size());
    }

    @Test
    void anExclusionBeforeRecordedSessionsNamesThemAndAsksFirst() {
        // R15 completed Tuesday 17 and Wednesday 18 November (week 1, sessions 2 and 3, 4 intervals)
        for (int day = 17; day <= 18; day++) {
            LocalDate date = LocalDate.of(2026, 11, day);
            int number = day - 15;
            document.edit("record", st -> st.withAddedRecord(new org.hiitplanner.domain.session.SessionRecord("R15",
                    date, number, org.hiitplanner.domain.session.SessionStatus.COMPLETED, 4, 0, 0, null, "", "",
                    "Tech", java.time.Instant.parse("2026-11-18T12:00:00Z"))));
        }
        List<String> asked = new java.util.ArrayList<>();
        model.setOrphanConfirm(q -> asked.add(q) && false);
        assertEquals(Optional.of("Nothing changed: the change would leave recorded sessions outside the plan."),
                model.exclude("R15", LocalDate.of(2026, 11, 18), "injured paw"));
        assertEquals(List.of("This change leaves 1 recorded session outside the plan:\nR15 on 2026-11-18"
                + " (Completed)\n\nWhat the lab recorded stays in the file, but Adherence will leave it out and the"
                + " Overview will list it as an error. Go ahead?"), asked);
        assertTrue(document.study().animal("R15").orElseThrow().excluded().isEmpty(), "nothing changed");
        model.setOrphanConfirm(q -> true);
        assertEquals(Optional.empty(), model.exclude("R15", LocalDate.of(2026, 11, 17), "injured paw"));
        assertEquals(2, document.study().sessionRecords().size(), "the records stay in the file");
        // a group that stops training: both records of R15 (HIIT) were already orphaned by the exclusion
        asked.clear();
        model.setOrphanConfirm(q -> asked.add(q) && false);
        assertEquals(Optional.empty(), model.setTrains("T2D+HIIT", false), "no records there: nothing asked");
        assertTrue(asked.isEmpty());
    }
}
