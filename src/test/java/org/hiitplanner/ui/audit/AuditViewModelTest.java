package org.hiitplanner.ui.audit;

import org.hiitplanner.domain.study.StudyInfo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.audit.AuditSamples;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.export.pdf.PdfExporter;
import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.common.ExportRunner;
import org.junit.jupiter.api.Test;

/** The six sample entries (2 and 5 by ana, about protocol week 3), seen from Amsterdam on 2026-11-20. */
class AuditViewModelTest {
    static final Clock AMSTERDAM = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneId.of("Europe/Amsterdam"));
    static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    /** Never started: these tests do not export. */
    private static final Background UNUSED = new Background();

    static AuditViewModel model(StudyDocument document, Clock clock) {
        return new AuditViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(), clock, MESSAGES, new ExportRunner(UNUSED, MESSAGES),
                new PdfExporter(new ScheduleEngine()));
    }

    private static StudyDocument document(AuditLog log) {
        return document(log, "ana");
    }

    /** Edits in this document are audited at 2026-11-20 10:00 UTC by {@code operator}. */
    private static StudyDocument document(AuditLog log, String operator) {
        return new StudyDocument(DemoStudy.create().withAuditLog(log), null,
                java.time.Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), java.time.ZoneOffset.UTC), () -> operator);
    }

    /** A real change: the study's title, one audit entry "study title". */
    private static void retitle(StudyDocument doc, String title) {
        doc.edit("Rename", s -> s.withInfo(new org.hiitplanner.domain.study.StudyInfo(title, "Rat", "Wistar",
                s.info().sex(), s.info().investigator())));
    }

    private static AuditViewModel six() {
        return model(document(AuditSamples.six()), AMSTERDAM);
    }

    private static List<Long> listed(AuditViewModel m) {
        return m.rows().stream().map(AuditRow::sequence).toList();
    }

    @Test
    void anEditAddsItsEntriesOnTopAndItsOperatorToTheChoices() {
        StudyDocument doc = document(AuditSamples.six(), "Anna de Vries");
        AuditViewModel m = model(doc, AMSTERDAM);
        AuditRow oldest = m.rows().get(5);
        retitle(doc, "HIIT in diabetic rats");
        retitle(doc, "HIIT in diabetic Wistar rats");
        assertEquals(List.of(8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), listed(m));
        assertEquals("8 of 8 entries", m.countProperty().get());
        assertSame(oldest, m.rows().get(7), "the rows shown before are kept, not made again");
        assertEquals(List.of("", "ana", "Anna de Vries", "ben", "carla"), m.operators());
        assertEquals(List.of("", "protocol", "animal", "session", "steptest", "welfare", "study"), m.categories());
        m.operatorProperty().set("Anna de Vries");
        assertEquals(List.of(8L, 7L), listed(m));
        retitle(doc, "HIIT");
        assertEquals(List.of(9L, 8L, 7L), listed(m), "the filter applies to the added entries too");
    }

    @Test
    void allSixShowNewestFirst() {
        AuditViewModel m = six();
        assertEquals(List.of(6L, 5L, 4L, 3L, 2L, 1L), listed(m));
        assertEquals("6 of 6 entries", m.countProperty().get());
        assertEquals(List.of("", "ana", "ben", "carla"), m.operators());
        assertEquals(List.of("", "protocol", "animal", "session", "steptest", "welfare"), m.categories());
        // 08:05 UTC is 09:05 in Amsterdam (UTC+1 in November)
        assertEquals("2026-11-16 09:05:00", m.rows().get(4).time());
        assertEquals("6 → 7", m.rows().get(4).change());
        assertEquals("→ E 1365 s, Vmax 30.75 m/min", m.rows().get(5).change());
    }

    @Test
    void operatorAnaAndTextWeek3GiveExactlyEntries5And2() {
        AuditViewModel m = six();
        m.operatorProperty().set("ana");
        assertEquals(List.of(5L, 2L), listed(m));
        assertEquals("2 of 6 entries", m.countProperty().get());
        m.operatorProperty().set("");
        m.textProperty().set("week 3");
        assertEquals(List.of(5L, 2L), listed(m));
        m.textProperty().set("  WEEK 3 ");
        assertEquals(List.of(5L, 2L), listed(m), "case and surrounding spaces do not matter");
        m.operatorProperty().set("ben");
        assertEquals(List.of(), listed(m));
        assertEquals("0 of 6 entries", m.countProperty().get());
    }

    @Test
    void textIsSearchedInWhatOldNewAndReasonButNotTheOperator() {
        AuditViewModel m = six();
        m.textProperty().set("vet advice");
        assertEquals(List.of(4L), listed(m), "reason");
        m.textProperty().set("active");
        assertEquals(List.of(4L), listed(m), "old value");
        m.textProperty().set("30.75");
        assertEquals(List.of(1L), listed(m), "new value");
        m.textProperty().set("R5");
        assertEquals(List.of(6L, 4L), listed(m), "what");
        m.textProperty().set("carla");
        assertEquals(List.of(), listed(m));
    }

    @Test
    void categoriesComeFromTheLeadingWords() {
        AuditViewModel m = six();
        m.categoryProperty().set("protocol");
        assertEquals(List.of(5L, 2L), listed(m));
        m.categoryProperty().set("session");
        assertEquals(List.of(3L), listed(m));
        m.categoryProperty().set("steptest");
        assertEquals(List.of(1L), listed(m));
        assertEquals("Session records", m.categoryLabel("session"));
        assertEquals("All categories", m.categoryLabel(""));
    }

    @Test
    void theDateRangeIsInclusiveInLocalDates() {
        AuditViewModel m = six();
        m.fromProperty().set(LocalDate.of(2026, 11, 16));
        m.toProperty().set(LocalDate.of(2026, 11, 17));
        assertEquals(List.of(4L, 3L, 2L), listed(m));
        m.fromProperty().set(null);
        m.toProperty().set(LocalDate.of(2026, 11, 19));
        // entry 6, 23:30 UTC on the 19th, is 00:30 on the 20th in Amsterdam
        assertEquals(List.of(5L, 4L, 3L, 2L, 1L), listed(m));
        m.toProperty().set(null);
        m.fromProperty().set(LocalDate.of(2026, 11, 20));
        assertEquals(List.of(6L), listed(m));

        AuditViewModel utc = model(document(AuditSamples.six()), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        utc.toProperty().set(LocalDate.of(2026, 11, 19));
        assertEquals(6, utc.rows().size(), "in UTC entry 6 is still on the 19th");
    }

    @Test
    void clearingTheFiltersShowsAllAgain() {
        AuditViewModel m = six();
        m.textProperty().set("week 3");
        m.categoryProperty().set("protocol");
        m.fromProperty().set(LocalDate.of(2026, 11, 17));
        assertEquals(List.of(5L), listed(m));
        assertEquals("text \"week 3\", category Protocol, from 2026-11-17", m.filterDescription());
        m.clearFilters();
        assertEquals(6, m.rows().size());
        assertEquals("", m.filterDescription());
    }

    @Test
    void theExportTakesTheListedEntriesOldestFirst() {
        AuditViewModel m = six();
        m.operatorProperty().set("ana");
        m.textProperty().set("week 3");
        assertEquals(List.of(2L, 5L), m.listedEntries().stream().map(AuditEntry::sequence).toList());
        assertEquals("text \"week 3\", operator ana", m.filterDescription());
    }

    @Test
    void anIntactChainNamesItsSizeAndLastHash() {
        AuditLog log = AuditSamples.six();
        AuditViewModel m = model(document(log), AMSTERDAM);
        assertTrue(m.intactProperty().get());
        assertEquals("Chain intact: 6 entries verified, last hash " + log.lastHash().substring(0, 12) + "…",
                m.bannerProperty().get());
        assertNull(m.problemRowProperty().get());
        assertEquals("Chain intact: no changes recorded yet.",
                model(document(AuditLog.empty()), AMSTERDAM).bannerProperty().get());
    }

    @Test
    void anEditedEntryBreaksTheChainThere() {
        AuditViewModel m = model(document(AuditSamples.tampered(AuditSamples.six(), 4, "active")), AMSTERDAM);
        assertFalse(m.intactProperty().get());
        assertEquals("Chain BROKEN at entry 4: audit entry 4 was changed after it was written: its content does "
                + "not match its hash", m.bannerProperty().get());
        assertEquals(4L, m.problemRowProperty().get().sequence());
        assertEquals(List.of(4L), m.rows().stream().filter(AuditRow::broken).map(AuditRow::sequence).toList());
        m.textProperty().set("week 3");
        m.showProblem();
        assertEquals(6, m.rows().size(), "showing the problem clears the filter");
        assertEquals(4L, m.selectedProperty().get().sequence());
    }

    @Test
    void aNewEntryUndoAndRedoUpdateTheScreen() {
        StudyDocument doc = document(AuditSamples.six(), "dora");
        AuditViewModel m = model(doc, AMSTERDAM);
        m.operatorProperty().set("ana");
        retitle(doc, "Pilot");
        assertEquals("2 of 7 entries", m.countProperty().get());
        assertEquals("ana", m.operatorProperty().get(), "the operator filter stays");
        assertEquals(List.of("", "ana", "ben", "carla", "dora"), m.operators());
        assertEquals(AuditSamples.six().entries().get(5).hash(), doc.study().auditLog().entries().get(6)
                .previousHash());
        m.operatorProperty().set("dora");
        assertEquals(List.of(7L), listed(m));
        doc.undo();
        assertEquals("", m.operatorProperty().get(), "dora's entry is gone, so is the filter on her");
        assertEquals("6 of 6 entries", m.countProperty().get());
        doc.redo();
        assertEquals(7, m.rows().size());
    }

    @Test
    void theSelectedEntryIsShownInFullAndStaysSelectedAcrossChanges() {
        StudyDocument doc = document(AuditSamples.six());
        AuditViewModel m = model(doc, AMSTERDAM);
        assertEquals("Select an entry to see it in full.", m.detail().titleProperty().get());
        m.selectedProperty().set(m.rows().get(2));
        AuditDetail d = m.detail();
        assertEquals("Entry 4 · 2026-11-17 11:00:00 · carla · animal R5 exclusion", d.titleProperty().get());
        assertEquals("active", d.oldValueProperty().get());
        assertEquals("excluded from 2026-11-17: injured paw", d.newValueProperty().get());
        assertEquals("vet advice", d.reasonProperty().get());
        AuditEntry four = AuditSamples.six().entries().get(3);
        assertEquals("Hash " + four.hash() + " · previous " + four.previousHash(), d.hashesProperty().get());
        retitle(doc, "Pilot");
        assertEquals(4L, m.selectedProperty().get().sequence());
        m.textProperty().set("week 3");
        assertNull(m.selectedProperty().get(), "a selection the filter hides is dropped");
        m.textProperty().set("");
        m.selectedProperty().set(m.rows().get(6));
        assertEquals("Entry 1 · 2026-11-14 08:30:00 · ben · step-test result R2 2026-11-14", d.titleProperty().get());
        assertEquals("(none)", d.oldValueProperty().get(), "a creation has no old value");
        assertEquals("(no reason given)", d.reasonProperty().get());
    }

    @Test
    void suggestedNamesFollowTheStudyFile() {
        assertEquals("demo-audit.csv", AuditExport.suggestedName(Path.of("/tmp/demo.hiit.json"), "csv"));
        assertEquals("rats-audit.pdf", AuditExport.suggestedName(Path.of("rats.json"), "pdf"));
        assertEquals("audit-trail.csv", AuditExport.suggestedName(null, "csv"));
    }
}
