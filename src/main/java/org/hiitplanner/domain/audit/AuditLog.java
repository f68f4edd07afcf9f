package org.hiitplanner.domain.audit;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;

import org.hiitplanner.domain.Checks;

/**
 * The append-only, hash-chained audit trail. Immutable: {@link #append} returns a new log. A log read back from
 * storage is built with {@link #of} without checks, so that {@link #verify} can report what is wrong with it.
 * Removing the last entries cannot be detected from the log alone; compare {@link #lastHash} with a copy kept
 * elsewhere for that.
 * <p>
 * Successive logs share one append-only backing array: appending to the newest log writes one slot and copies
 * nothing; appending to an older log (a branch, e.g. after an undo) copies its entries once. A log knows how many
 * of its first entries are known to be intact ({@link #verifiedCount}): {@link #verify} checks only the entries
 * after them, and the entries a log appends itself are intact when the log they follow was.
 */
public final class AuditLog {
    private final Store store;
    private final AuditEntry[] array;
    private final int size;
    private volatile int verified;
    private int hash;

    /** The growing array that successive logs share; entries below its size never change. */
    private static final class Store {
        private AuditEntry[] array;
        private int size;

        Store(AuditEntry[] array, int size) {
            this.array = array;
            this.size = size;
        }
    }

    private AuditLog(Store store, AuditEntry[] array, int size, int verified) {
        this.store = store;
        this.array = array;
        this.size = size;
        this.verified = verified;
    }

    public static AuditLog empty() {
        return new AuditLog(new Store(new AuditEntry[0], 0), new AuditEntry[0], 0, 0);
    }

    /** A log of stored entries, as they are; call {@link #verify} to check them. */
    public static AuditLog of(List<AuditEntry> entries) {
        AuditEntry[] copy = Checks.list(entries, "audit entries").toArray(new AuditEntry[0]);
        return new AuditLog(new Store(copy, copy.length), copy, copy.length, 0);
    }

    /** The entries, oldest first; an unmodifiable view (no copy). */
    public List<AuditEntry> entries() {
        return new View(array, size);
    }

    public int size() {
        return size;
    }

    /** How many of the first entries are known to be intact: checked by {@link #verify} or appended here. */
    public int verifiedCount() {
        return verified;
    }

    /** Hash of the last entry, or {@link AuditEntry#GENESIS} when the log is empty. */
    public String lastHash() {
        return size == 0 ? AuditEntry.GENESIS : array[size - 1].hash();
    }

    /** True when the last entry seals the study's content (false for an empty log). */
    public boolean lastSealed() {
        return size > 0 && array[size - 1].sealed();
    }

    /** The head of the trail for people to keep elsewhere: "561 · 3fa2c9e1" (count and the last hash's start). */
    public String head() {
        return size + " · " + lastHash().substring(0, 8);
    }

    /** A new log with one more entry, numbered after the last and chained to its hash. */
    public AuditLog append(Instant at, String operator, String what, String oldValue, String newValue,
                           String reason) {
        long next = size == 0 ? 1 : array[size - 1].sequence() + 1;
        return with(new AuditEntry[] {AuditEntry.create(next, at, operator, what, oldValue, newValue, reason,
                lastHash())});
    }

    /** What one new entry says; the time, operator and reason are shared by the entries of one change. */
    public interface Change {
        String what();

        String oldValue();

        String newValue();
    }

    /** A new log with one entry per change, all at {@code at} by {@code operator} for {@code reason}, unsealed. */
    public AuditLog appendAll(Instant at, String operator, String reason, List<? extends Change> changes) {
        return appendAll(at, operator, reason, changes, "");
    }

    /**
     * A new log with one entry per change, all at {@code at} by {@code operator} for {@code reason}, each with
     * {@code seal}: the seal of the study's content after the change (empty for none).
     */
    public AuditLog appendAll(Instant at, String operator, String reason, List<? extends Change> changes,
                              String seal) {
        long next = size == 0 ? 1 : array[size - 1].sequence() + 1;
        AuditEntry[] added = new AuditEntry[changes.size()];
        String previous = lastHash();
        int i = 0;
        for (Change c : changes) {
            AuditEntry e = AuditEntry.create(next++, at, operator, c.what(), c.oldValue(), c.newValue(), reason,
                    seal, previous);
            added[i++] = e;
            previous = e.hash();
        }
        return with(added);
    }

    /**
     * This log followed by {@code added}, which chain on to its last entry. Writes into the shared array when this
     * is the newest log of it, else into a copy of this log's entries (a branch).
     */
    private AuditLog with(AuditEntry[] added) {
        int known = verified;
        int newVerified = known == size ? size + added.length : known;
        synchronized (store) {
            if (store.size == size) {
                if (store.array.length < size + added.length) {
                    store.array = Arrays.copyOf(store.array, Math.max(size + added.length, size + (size >> 1) + 16));
                }
                System.arraycopy(added, 0, store.array, size, added.length);
                store.size = size + added.length;
                return new AuditLog(store, store.array, store.size, newVerified);
            }
        }
        AuditEntry[] copy = Arrays.copyOf(array, Math.max(size + added.length, size + (size >> 1) + 16));
        System.arraycopy(added, 0, copy, size, added.length);
        return new AuditLog(new Store(copy, size + added.length), copy, size + added.length, newVerified);
    }

    /**
     * The first bad entry and why, or empty when the whole chain is intact. Checks only the entries after
     * {@link #verifiedCount}, and remembers how far the chain is intact.
     */
    public Optional<AuditProblem> verify() {
        int from = verified;
        String previous = from == 0 ? AuditEntry.GENESIS : array[from - 1].hash();
        for (int i = from; i < size; i++) {
            AuditEntry e = array[i];
            Optional<AuditProblem> problem = check(i, e, previous);
            if (problem.isPresent()) {
                verified = Math.max(verified, i);
                return problem;
            }
            previous = e.hash();
        }
        verified = size;
        return Optional.empty();
    }

    private Optional<AuditProblem> check(int index, AuditEntry e, String previousHash) {
        int position = index + 1;
        long expected = position;
        if (e.sequence() != expected) {
            return Optional.of(sequenceProblem(index, e, expected));
        }
        if (!e.hashMatches()) {
            return Optional.of(new AuditProblem(position, e.sequence(), AuditProblem.Kind.EDITED, "audit entry "
                    + e.sequence() + " was changed after it was written: its content does not match its hash"));
        }
        if (!e.previousHash().equals(previousHash)) {
            return Optional.of(new AuditProblem(position, e.sequence(), AuditProblem.Kind.BROKEN_LINK, "audit entry "
                    + e.sequence() + " does not follow the entry before it: the hash chain is broken"));
        }
        return Optional.empty();
    }

    private AuditProblem sequenceProblem(int index, AuditEntry e, long expected) {
        int position = index + 1;
        boolean expectedComesLater = entries().subList(index + 1, size).stream()
                .anyMatch(x -> x.sequence() == expected);
        if (e.sequence() > expected && !expectedComesLater) {
            String missing = e.sequence() - expected == 1 ? "entry " + expected
                    : "entries " + expected + " to " + (e.sequence() - 1);
            String verb = e.sequence() - expected == 1 ? " was" : " were";
            return new AuditProblem(position, e.sequence(), AuditProblem.Kind.REMOVED, "audit entry " + e.sequence()
                    + " is at position " + position + ": " + missing + verb + " removed (sequence gap)");
        }
        return new AuditProblem(position, e.sequence(), AuditProblem.Kind.REORDERED, "audit entry " + e.sequence()
                + " is at position " + position + " where entry " + expected + " belongs: entries were reordered");
    }

    /** Two logs are equal when they hold the same entries in the same order. */
    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof AuditLog other) || other.size != size) {
            return false;
        }
        if (other.store == store) {
            return true; // the same first entries of one shared array
        }
        for (int i = size - 1; i >= 0; i--) {
            if (!array[i].equals(other.array[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && size > 0) {
            h = entries().hashCode();
            hash = h;
        }
        return h;
    }

    /** The first {@code size} entries of an array that never changes below that size. */
    private static final class View extends AbstractList<AuditEntry> implements RandomAccess {
        private final AuditEntry[] array;
        private final int size;

        View(AuditEntry[] array, int size) {
            this.array = array;
            this.size = size;
        }

        @Override
        public AuditEntry get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + " of " + size + " audit entries");
            }
            return array[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
