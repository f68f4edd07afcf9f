package org.hiitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.study.ContentSeal;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.study.TrailCheck;
import org.hiitplanner.storage.LoadedStudy;
import org.hiitplanner.storage.StudyStore;
import org.hiitplanner.storage.TrailFindings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version-5 file (three entries without seals) opens without a trail warning and is sealed at its first change
 * (the change's entry seals the content after it) or, saved without a change (the window's Save), by an entry
 * "audit trail sealed"; a study whose data were changed outside the program says so in its trail.
 */
class TrailSealingTest {
    private static final Clock TEN = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);
    private static final Path V5 = Path.of("src/test/resources/fixtures/small-study-v5.hiit.json");

    @TempDir
    Path dir;

    private final StudyStore store = new StudyStore();

    private static Study withInvestigator(Study s, String name) {
        StudyInfo i = s.info();
        return s.withInfo(new StudyInfo(i.title(), i.species(), i.strain(), i.sex(), name));
    }

    @Test
    void anOldTrailIsSealedAtItsFirstChange() throws Exception {
        StudyGate changed = new StudyGate(store.load(V5), null, TEN, () -> "P. Investigator");
        changed.edit("", s -> withInvestigator(s, "Dr. A. Investigator"));
        List<AuditEntry> four = changed.study().auditLog().entries();
        assertEquals(4, four.size());
        assertEquals("study investigator", four.get(3).what());
        assertEquals(ContentSeal.sealOf(changed.study()), four.get(3).seal());
        assertEquals(Optional.empty(), TrailCheck.check(changed.study()));
    }

    @Test
    void anOldTrailSavedThenChangedIsTheVersion6Fixture() throws Exception {
        LoadedStudy loaded = store.read(V5);
        Study old = loaded.study();
        assertEquals(3, old.auditLog().size());
        assertFalse(old.auditLog().lastSealed());
        assertEquals(List.of(), loaded.findings().stream().filter(TrailFindings::isTrailFinding).toList());
        StudyGate gate = new StudyGate(old, null, TEN, () -> "P. Investigator");

        gate.sealTrail(); // the window's Save before any change
        gate.edit("", s -> withInvestigator(s, "Dr. A. Investigator"));

        List<AuditEntry> entries = gate.study().auditLog().entries();
        assertEquals(5, entries.size());
        AuditEntry sealed = entries.get(3);
        assertEquals("audit trail sealed", sealed.what());
        assertEquals("content 19f556dd", sealed.newValue());
        assertEquals(ContentSeal.sealOf(old), sealed.seal());
        assertEquals("study investigator", entries.get(4).what());
        assertEquals(ContentSeal.sealOf(gate.study()), entries.get(4).seal());
        assertEquals(Optional.empty(), TrailCheck.check(gate.study()));
        Path file = dir.resolve("sealed.hiit.json");
        store.save(gate.study(), file);
        assertEquals(Files.readString(Path.of("src/test/resources/fixtures/small-study-v6.hiit.json")),
                Files.readString(file));
    }

    @Test
    void aSaveWithoutAChangeSealsAnOldTrailAndNothingElse() throws Exception {
        StudyGate gate = new StudyGate(store.load(V5), null, TEN, () -> "P. Investigator");

        assertTrue(gate.sealTrail().changed());
        assertEquals("audit trail sealed", gate.study().auditLog().entries().get(3).what());
        assertFalse(gate.sealTrail().changed(), "sealed once");
        assertEquals(4, gate.study().auditLog().size());
    }

    @Test
    void dataChangedOutsideTheProgramAreSealedAgainWithAnEntrySayingSo() throws Exception {
        Study sealed = store.load(Path.of("src/test/resources/fixtures/small-study-v6.hiit.json"));
        Study edited = withInvestigator(sealed, "Mallory");
        assertTrue(TrailCheck.check(edited).isPresent());
        StudyGate gate = new StudyGate(edited, null, TEN, () -> "P. Investigator");

        gate.edit("", s -> withInvestigator(s, "Dr. B. Investigator"));

        List<AuditEntry> entries = gate.study().auditLog().entries();
        assertEquals(7, entries.size());
        assertEquals("data changed outside the program", entries.get(5).what());
        assertEquals("content 47d96f54", entries.get(5).oldValue());
        assertEquals("study investigator", entries.get(6).what());
        assertEquals("Mallory", entries.get(6).oldValue());
        assertEquals(Optional.empty(), TrailCheck.check(gate.study()));
    }
}
