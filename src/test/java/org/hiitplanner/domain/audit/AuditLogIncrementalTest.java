package org.hiitplanner.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A verified log checks only what was added since; successive logs share their entries; branches do not mix. */
class AuditLogIncrementalTest {
    private static final Instant T = Instant.parse("2026-12-01T08:00:00Z");

    private record Edit(String what, String oldValue, String newValue) implements AuditLog.Change {
    }

    private static final List<Edit> THREE = List.of(new Edit("protocol week 3 intervals", "6", "7"),
            new Edit("protocol week 3 high percent", "85", "90"), new Edit("calendar skip dates", "", "2026-12-25"));

    @Test
    void aStoredLogIsVerifiedOnceThenOnlyItsNewEntries() {
        AuditLog stored = AuditLog.of(AuditSamples.many(560).entries());
        assertEquals(0, stored.verifiedCount());
        assertEquals(Optional.empty(), stored.verify());
        assertEquals(560, stored.verifiedCount());

        AuditLog edited = stored.appendAll(T, "ana", "PI approved", THREE);
        assertEquals(563, edited.size());
        assertEquals(563, edited.verifiedCount(), "the 3 entries it made itself need no check");
        assertEquals(Optional.empty(), edited.verify());
        assertEquals(564, edited.append(T, "ben", "welfare event R5", "", "weight loss 21 %", "").verifiedCount());
    }

    @Test
    void aLogNeverVerifiedStaysUnverifiedWhenAppendedTo() {
        AuditLog stored = AuditLog.of(AuditSamples.many(10).entries());
        AuditLog edited = stored.appendAll(T, "ana", "", THREE);
        assertEquals(0, edited.verifiedCount());
        assertEquals(Optional.empty(), edited.verify(), "all 13 checked: the 10 stored, then the 3 new");
        assertEquals(13, edited.verifiedCount());
    }

    @Test
    void aDamagedLogKeepsReportingTheSameEntryAfterAppends() {
        AuditLog damaged = AuditSamples.tampered(AuditSamples.many(10), 7, "COMPLETED 99/4 intervals");
        AuditProblem first = damaged.verify().orElseThrow();
        assertEquals(7, first.sequence());
        assertEquals(AuditProblem.Kind.EDITED, first.kind());
        assertEquals(6, damaged.verifiedCount(), "entries 1 to 6 are intact");

        AuditLog later = damaged.appendAll(T, "ana", "", THREE);
        assertEquals(6, later.verifiedCount(), "what follows a damaged entry is not vouched for");
        assertEquals(first, later.verify().orElseThrow());
        assertEquals(first, damaged.verify().orElseThrow());
    }

    @Test
    void appendingToAnOlderLogBranchesWithoutTouchingTheNewerOne() {
        AuditLog five = AuditSamples.many(5);
        AuditLog kept = five.append(T, "ana", "protocol week 1 intervals", "4", "5", "");
        AuditLog branch = five.append(T, "ben", "protocol week 1 intervals", "4", "6", "undo, then another edit");

        assertEquals(5, five.size());
        assertEquals("5", kept.entries().get(5).newValue());
        assertEquals("6", branch.entries().get(5).newValue());
        assertEquals(6, kept.entries().get(5).sequence());
        assertEquals(6, branch.entries().get(5).sequence());
        assertNotEquals(kept, branch);
        assertSame(kept.entries().get(4), branch.entries().get(4));
        assertEquals(Optional.empty(), kept.verify());
        assertEquals(Optional.empty(), branch.verify());

        AuditLog keptMore = kept.append(T, "ana", "protocol week 2 intervals", "5", "6", "");
        AuditLog branchMore = branch.append(T, "ben", "protocol week 2 intervals", "5", "7", "");
        assertEquals("6", keptMore.entries().get(6).newValue());
        assertEquals("7", branchMore.entries().get(6).newValue());
        assertEquals(7, keptMore.size());
        assertEquals(6, kept.size());
    }

    @Test
    void equalityIsByEntriesWhateverTheSharing() {
        AuditLog log = AuditSamples.six();
        AuditLog copy = AuditLog.of(log.entries());
        assertEquals(log, copy);
        assertEquals(log.hashCode(), copy.hashCode());
        assertEquals(copy.entries().hashCode(), copy.hashCode());
        assertNotEquals(log, copy.append(T, "ana", "x", "", "", ""));
        assertNotEquals(log.append(T, "ana", "x", "", "", ""), copy.append(T, "ana", "y", "", "", ""));
        assertEquals(log.append(T, "ana", "x", "", "", ""), copy.append(T, "ana", "x", "", "", ""));
        assertEquals(AuditLog.empty(), AuditLog.of(List.of()));
    }

    @Test
    void theEntriesAreAReadOnlyViewOfTheLogsOwnEntries() {
        AuditLog log = AuditSamples.six();
        AuditLog longer = log.append(T, "ana", "x", "", "", "");
        List<AuditEntry> view = log.entries();
        assertEquals(6, view.size());
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(6));
        assertThrows(UnsupportedOperationException.class, () -> view.add(longer.entries().get(6)));
        assertEquals(7, longer.entries().size());
    }

    @Test
    void eightyThousandEntriesAppendedOneByOneChainAndVerify() {
        AuditLog log = AuditSamples.many(80_000);
        assertEquals(80_000, log.size());
        assertEquals(80_000, log.verifiedCount());
        assertEquals(80_000L, log.entries().get(79_999).sequence());
        assertEquals(log.entries().get(79_998).hash(), log.entries().get(79_999).previousHash());
        AuditLog stored = AuditLog.of(log.entries());
        assertEquals(Optional.empty(), stored.verify());
        assertTrue(stored.equals(log) && log.equals(stored));
    }
}
