package org.hiitplanner.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuditLogTest {
    static final Instant T = Instant.parse("2025-01-06T09:00:00Z");

    static AuditLog three() {
        return AuditLog.empty()
                .append(T, "Ann", "protocol week 3 intervals", "6", "7", "PI approved")
                .append(T.plusSeconds(60), "Bob", "session record R1 2025-01-06", "", "COMPLETED 7", "")
                .append(T.plusSeconds(120), "Ann", "session record R1 2025-01-06", "COMPLETED 7", "PARTIAL 5",
                        "typo");
    }

    private static AuditLog replaced(AuditLog log, int index, AuditEntry entry) {
        List<AuditEntry> list = new ArrayList<>(log.entries());
        list.set(index, entry);
        return AuditLog.of(list);
    }

    @Test
    void anAppendedLogVerifies() {
        AuditLog log = three();
        assertEquals(3, log.size());
        assertEquals(List.of(1L, 2L, 3L), log.entries().stream().map(AuditEntry::sequence).toList());
        assertEquals(AuditEntry.GENESIS, log.entries().get(0).previousHash());
        assertEquals(log.entries().get(0).hash(), log.entries().get(1).previousHash());
        assertEquals(log.entries().get(2).hash(), log.lastHash());
        assertEquals(Optional.empty(), log.verify());
        assertEquals(Optional.empty(), AuditLog.empty().verify());
    }

    @Test
    void appendLeavesTheOriginalUnchanged() {
        AuditLog log = three();
        AuditLog more = log.append(T, "Ann", "x", "", "", "");
        assertEquals(3, log.size());
        assertEquals(4, more.size());
        assertSame(log.entries().get(0), more.entries().get(0));
    }

    @Test
    void theHashIsDeterministicAndFieldsAreUnambiguous() {
        AuditEntry a = AuditEntry.create(1, T, "Ann", "w", "ab", "c", "", AuditEntry.GENESIS);
        AuditEntry b = AuditEntry.create(1, T, "Ann", "w", "a", "bc", "", AuditEntry.GENESIS);
        assertEquals(a.hash(), AuditEntry.create(1, T, "Ann", "w", "ab", "c", "", AuditEntry.GENESIS).hash());
        assertNotEquals(a.hash(), b.hash());
        assertTrue(a.hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void anEditedFieldNamesTheEntry() {
        AuditLog log = three();
        AuditEntry e = log.entries().get(1);
        AuditEntry edited = new AuditEntry(e.sequence(), e.at(), e.operator(), e.what(), e.oldValue(), "COMPLETED 8",
                e.reason(), e.previousHash(), e.hash());
        AuditProblem p = replaced(log, 1, edited).verify().orElseThrow();
        assertEquals(2, p.sequence());
        assertEquals(AuditProblem.Kind.EDITED, p.kind());
        assertTrue(p.message().startsWith("audit entry 2 was changed"), p.message());
    }

    @Test
    void anEditWithARecomputedHashBreaksTheNextLink() {
        AuditLog log = three();
        AuditEntry e = log.entries().get(1);
        AuditEntry forged = AuditEntry.create(e.sequence(), e.at(), "Eve", e.what(), e.oldValue(), e.newValue(),
                e.reason(), e.previousHash());
        AuditProblem p = replaced(log, 1, forged).verify().orElseThrow();
        assertEquals(3, p.sequence());
        assertEquals(AuditProblem.Kind.BROKEN_LINK, p.kind());
    }

    @Test
    void aRemovedEntryIsASequenceGapAtTheNextEntry() {
        List<AuditEntry> list = new ArrayList<>(three().entries());
        list.remove(1);
        AuditProblem p = AuditLog.of(list).verify().orElseThrow();
        assertEquals(3, p.sequence());
        assertEquals(2, p.position());
        assertEquals(AuditProblem.Kind.REMOVED, p.kind());
        assertEquals("audit entry 3 is at position 2: entry 2 was removed (sequence gap)", p.message());
    }

    @Test
    void swappedEntriesAreDetected() {
        List<AuditEntry> list = new ArrayList<>(three().entries());
        AuditEntry second = list.get(1);
        list.set(1, list.get(2));
        list.set(2, second);
        AuditProblem p = AuditLog.of(list).verify().orElseThrow();
        assertEquals(AuditProblem.Kind.REORDERED, p.kind());
        assertEquals(2, p.position());
        assertEquals(3, p.sequence());
    }

    @Test
    void renumberedSwapStillBreaksTheChain() {
        List<AuditEntry> list = new ArrayList<>(three().entries());
        AuditEntry b = list.get(1);
        AuditEntry c = list.get(2);
        list.set(1, new AuditEntry(2, c.at(), c.operator(), c.what(), c.oldValue(), c.newValue(), c.reason(),
                c.previousHash(), c.hash()));
        list.set(2, new AuditEntry(3, b.at(), b.operator(), b.what(), b.oldValue(), b.newValue(), b.reason(),
                b.previousHash(), b.hash()));
        AuditProblem p = AuditLog.of(list).verify().orElseThrow();
        assertEquals(2, p.position());
        assertEquals(AuditProblem.Kind.EDITED, p.kind());
    }

    @Test
    void entriesValidateTheirFields() {
        assertThrows(IllegalArgumentException.class,
                () -> AuditEntry.create(0, T, "Ann", "w", "", "", "", AuditEntry.GENESIS));
        assertThrows(IllegalArgumentException.class,
                () -> AuditEntry.create(1, T, " ", "w", "", "", "", AuditEntry.GENESIS));
        assertThrows(IllegalArgumentException.class, () -> AuditEntry.create(1, T, "Ann", "w", "", "", "", "abc"));
    }
}
