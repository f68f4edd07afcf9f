package org.hiitplanner.domain.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of an audit trail as people keep it outside the file: its entry count and the first 8 hex digits of the
 * last entry's hash, "561 · 3fa2c9e1" ({@link AuditLog#head}). Read back leniently: "561 · 3fa2c9e1",
 * "561:3fa2c9e1" and "561 3fa2c9e1" are the same head; more hex digits than 8 are compared too.
 */
public record TrailHead(int count, String hash) {
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,9})\\s*[·:/ ]\\s*([0-9a-fA-F]{8,64})\\s*");

    /** The head written by {@link AuditLog#head}, or empty when {@code text} is not one. */
    public static Optional<TrailHead> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new TrailHead(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT)));
    }

    /** True when {@code expected} names the head of {@code log}. */
    public static boolean matches(AuditLog log, String expected) {
        return parse(expected).filter(h -> h.count() == log.size() && log.lastHash().startsWith(h.hash()))
                .isPresent();
    }

    /** Why {@code log}'s head is not {@code expected}, in a sentence part. */
    public static String why(AuditLog log, String expected) {
        Optional<TrailHead> parsed = parse(expected);
        if (parsed.isEmpty()) {
            return "\"" + expected.strip() + "\" is not a head (an entry count and 8 hex digits, e.g. \"561 · 3fa2c9e1\")";
        }
        TrailHead h = parsed.get();
        if (h.count() > log.size()) {
            return "the trail has " + log.size() + " entries, " + (h.count() - log.size())
                    + " fewer than it had: entries were removed from its end, or it was replaced";
        }
        String atCount = h.count() == 0 ? AuditEntry.GENESIS : log.entries().get(h.count() - 1).hash();
        if (!atCount.startsWith(h.hash())) {
            return "entry " + h.count() + " is not the one that had that hash: the trail was rewritten";
        }
        return "the trail grew by " + (log.size() - h.count()) + " entries since; the first " + h.count()
                + " are the ones expected";
    }
}
