package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.hiitplanner.domain.Finding;

/**
 * Collects the problems found while reading one file, each with its JSON path. Paths whose value was already
 * reported as wrong (and removed) are not reported again as missing.
 */
final class Problems {
    static final String MISSING = "required field is missing";
    private static final int MAX_MESSAGE = 300;

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> alreadyReported = new HashSet<>();

    Problems(List<Finding> earlier) {
        findings.addAll(earlier);
        earlier.forEach(f -> alreadyReported.add(f.path()));
    }

    void error(String path, String message) {
        findings.add(Finding.error(path, message));
    }

    void warning(String path, String message) {
        findings.add(Finding.warning(path, message));
    }

    /** The value, or null after reporting the field as missing. */
    <T> T required(T value, String parent, String field) {
        if (value == null) {
            String path = JsonPaths.field(parent, field);
            if (!alreadyReported.contains(path)) {
                error(path, MISSING);
            }
        }
        return value;
    }

    /** A decimal number, or null after reporting it missing; {@code 1E+2} becomes {@code 100}. */
    BigDecimal decimal(BigDecimal value, String parent, String field) {
        BigDecimal present = required(value, parent, field);
        return present == null || present.scale() >= 0 ? present : present.setScale(0);
    }

    /** A required nested object mapped by {@code mapper} at its path; null if missing or wrong. */
    <D, T> T object(D doc, String parent, String field, BiFunction<D, String, T> mapper) {
        D present = required(doc, parent, field);
        return present == null ? null : mapper.apply(present, JsonPaths.field(parent, field));
    }

    /**
     * Maps every entry of a list, each at its path ({@code $.animals[3]}). A missing optional list is empty;
     * a missing required list, an empty entry or an entry that cannot be mapped gives null (after reporting).
     */
    <D, T> List<T> each(List<D> docs, String parent, String field, boolean required,
                        BiFunction<D, String, T> mapper) {
        if (docs == null) {
            return required ? this.<List<T>>required(null, parent, field) : List.of();
        }
        String path = JsonPaths.field(parent, field);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            String entryPath = JsonPaths.index(path, i);
            D doc = docs.get(i);
            T mapped = doc == null ? null : mapper.apply(doc, entryPath);
            if (doc == null && !alreadyReported.contains(entryPath)) {
                error(entryPath, "an entry is empty (null)");
            }
            if (mapped != null) {
                out.add(mapped);
            }
        }
        return out.size() == docs.size() ? out : null;
    }

    /** Warns about a value listed twice, e.g. a skip date. */
    <T> void warnDuplicates(List<T> values, String path, String what) {
        Map<T, Integer> first = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer earlier = first.putIfAbsent(values.get(i), i);
            if (earlier != null) {
                warning(JsonPaths.index(path, i), what + " " + values.get(i) + " is listed twice (also at "
                        + JsonPaths.index(path, earlier) + "); it counts once");
            }
        }
    }

    /** True if a problem was already reported at this path (so a follow-on problem need not be). */
    boolean reported(String path) {
        return alreadyReported.contains(path);
    }

    /** Runs a domain constructor; its IllegalArgumentException becomes an error at {@code path}. */
    <T> T attempt(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            error(path, e.getMessage() == null ? "is not valid" : shortened(e.getMessage()));
            return null;
        }
    }

    /** A domain message cut to a readable length (a hostile file can make a value, and so a message, huge). */
    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
