package org.hiitplanner.domain.study;

import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The digests of a few recent list values, so that sealing a study again after a change hashes only what changed:
 * a list that is the very same object as one sealed before costs nothing, and a list that begins with the entries
 * of one sealed before (the same objects, or equal ones) is hashed from that list's running digest on. Holds the
 * {@link #KEEP} most recently used lists of each section; safe to use from several threads.
 */
final class SealCache {
    static final int KEEP = 6;

    /** A list value, its running digest after all of its entries, and its section digest. */
    private record Known(String section, List<?> list, MessageDigest running, String digest) {
    }

    private final Deque<Known> known = new ArrayDeque<>();
    private final AtomicLong hashed = new AtomicLong();

    /** How many list entries this cache has hashed so far (what a cached list saves shows here). */
    long hashedEntries() {
        return hashed.get();
    }

    /** The section digest of a list that is hashed whole, kept for the very same list object. */
    <T> ContentSeal.Section whole(String section, List<T> list, Supplier<MessageDigest> start,
                                  BiConsumer<CanonicalForm, T> element) {
        Known same = find(section, list, false);
        if (same != null) {
            return new ContentSeal.Section(section, list.size(), same.digest());
        }
        return remember(section, list, extend(start.get(), list, 0, element));
    }

    /** The section digest of an append-only list, extended from the longest known list that it begins with. */
    <T> ContentSeal.Section appended(String section, List<T> list, Supplier<MessageDigest> start,
                                     BiConsumer<CanonicalForm, T> element) {
        Known prefix = find(section, list, true);
        if (prefix != null && prefix.list().size() == list.size()) {
            return new ContentSeal.Section(section, list.size(), prefix.digest());
        }
        MessageDigest running = prefix == null ? start.get() : copy(prefix.running());
        int from = prefix == null ? 0 : prefix.list().size();
        return remember(section, list, extend(running, list, from, element));
    }

    private <T> MessageDigest extend(MessageDigest running, List<T> list, int from,
                                     BiConsumer<CanonicalForm, T> element) {
        CanonicalForm f = new CanonicalForm(running);
        for (int i = from; i < list.size(); i++) {
            element.accept(f, list.get(i));
        }
        hashed.addAndGet(list.size() - from);
        return running;
    }

    private synchronized ContentSeal.Section remember(String section, List<?> list, MessageDigest running) {
        String digest = ContentSeal.finish(running, list.size());
        known.addFirst(new Known(section, list, running, digest));
        int ofSection = 0;
        for (var it = known.iterator(); it.hasNext(); ) {
            Known k = it.next();
            if (k.section().equals(section) && ++ofSection > KEEP) {
                it.remove();
            }
        }
        return new ContentSeal.Section(section, list.size(), digest);
    }

    /**
     * The same list, or with {@code prefixes} the longest known list that {@code list} begins with; the one found
     * moves to the front, so that the lists in use stay known (least recently used ones are dropped).
     */
    private synchronized Known find(String section, List<?> list, boolean prefixes) {
        Known best = null;
        for (Known k : known) {
            if (!k.section().equals(section)) {
                continue;
            }
            if (k.list() == list) {
                best = k;
                break;
            }
            if (prefixes && k.list().size() <= list.size() && (best == null || k.list().size() > best.list().size())
                    && beginsWith(list, k.list())) {
                best = k;
            }
        }
        if (best != null) {
            for (var it = known.iterator(); it.hasNext(); ) {
                if (it.next() == best) { // by identity: a Known's equals would compare whole lists
                    it.remove();
                    break;
                }
            }
            known.addFirst(best);
        }
        return best;
    }

    private static boolean beginsWith(List<?> list, List<?> prefix) {
        for (int i = prefix.size() - 1; i >= 0; i--) {
            Object a = list.get(i);
            Object b = prefix.get(i);
            if (a != b && !a.equals(b)) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest copy(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be copied", e);
        }
    }
}
