package org.hiitplanner.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * The append-only, hash-chained audit trail. Immutable: {@link #append} returns a new log. A log read back from
 * storage is built with {@link #of} without checks, so that {@link #verify} can report what is wrong with it.
 * Removing the last entries cannot be detected from the log alone; compare {@link #lastHash} with a copy kept
 * elsewhere for that.
 */
public final class AuditLog {
    private final List<AuditEntry> entries;

    private AuditLog(List<AuditEntry> entries) {
        this.entries = entries;
    }

    public static AuditLog empty() {
        return new AuditLog(List.of());
    }

    /** A log of stored entries, as they are; call {@link #verify} to check them. */
    public static AuditLog of(List<AuditEntry> entries) {
        return new AuditLog(Checks.list(entries, "audit entries"));
    }

    public List<AuditEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /** Hash of the last entry, or {@link AuditEntry#GENESIS} when the log is empty. */
    public String lastHash() {
        return entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
    }

    /** A new log with one more entry, numbered after the last and chained to its hash. */
    public AuditLog append(Instant at, String operator, String what, String oldValue, String newValue,
                           String reason) {
        long next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        List<AuditEntry> list = new ArrayList<>(entries);
        list.add(AuditEntry.create(next, at, operator, what, oldValue, newValue, reason, lastHash()));
        return new AuditLog(List.copyOf(list));
    }

    /** What one new entry says; the time, operator and reason are shared by the entries of one change. */
    public interface Change {
        String what();

        String oldValue();

        String newValue();
    }

    /** A new log with one entry per change, all at {@code at} by {@code operator} for {@code reason}. */
    public AuditLog appendAll(Instant at, String operator, String reason, List<? extends Change> changes) {
        long next = entries.isEmpty() ? 1 : entries.get(entries.size() - 1).sequence() + 1;
        List<AuditEntry> list = new ArrayList<>(entries.size() + changes.size());
        list.addAll(entries);
        String previous = lastHash();
        for (Change c : changes) {
            AuditEntry e = AuditEntry.create(next++, at, operator, c.what(), c.oldValue(), c.newValue(), reason,
                    previous);
            list.add(e);
            previous = e.hash();
        }
        return new AuditLog(List.copyOf(list));
    }

    /** The first bad entry and why, or empty when the whole chain is intact. */
    public Optional<AuditProblem> verify() {
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            Optional<AuditProblem> problem = check(i, e, previous);
            if (problem.isPresent()) {
                return problem;
            }
            previous = e.hash();
        }
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
        boolean expectedComesLater = entries.subList(index + 1, entries.size()).stream()
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
        return o instanceof AuditLog other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }
}
