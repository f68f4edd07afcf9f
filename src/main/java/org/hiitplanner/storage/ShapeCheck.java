package org.hiitplanner.storage;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hiitplanner.domain.Finding;

/**
 * Checks a JSON tree against the shape of the file records ({@link StudyJson}) before Jackson binds it, so
 * that every unknown field and every value of the wrong type is reported at once, with its path and a message
 * such as {@code expected a whole number, found "abc"}. Each offending value is removed from the tree (an
 * unknown field) or replaced by {@code null} (a wrong value), so that binding and mapping can go on and find
 * the remaining problems. Also bounds numbers and lists, so that a hostile file cannot make later steps slow.
 */
final class ShapeCheck {
    /**
     * Most entries in any one list: far above a facility's study (1 000 animals over 16 weeks are 80 000 session
     * records), so that the file size, bounded by memory, is what limits a study; a list beyond it is hostile.
     */
    static final int MAX_LIST_ENTRIES = 5_000_000;
    /** Most digits before the decimal point of a decimal number. */
    static final int MAX_INTEGER_DIGITS = 9;
    /** Most digits after the decimal point of a decimal number. */
    static final int MAX_DECIMALS = 9;

    private final List<Finding> findings = new ArrayList<>();
    private final int maxListEntries;

    ShapeCheck() {
        this(MAX_LIST_ENTRIES);
    }

    ShapeCheck(int maxListEntries) {
        this.maxListEntries = maxListEntries;
    }

    /** Checks (and cleans) {@code root} against {@code type}; returns the problems found. */
    List<Finding> check(ObjectNode root, Class<? extends Record> type) {
        checkObject(root, type, JsonPaths.ROOT);
        return List.copyOf(findings);
    }

    private boolean check(JsonNode node, Type type, String path) {
        if (node.isNull()) {
            return true;
        }
        Class<?> raw = rawClass(type);
        if (raw == List.class) {
            return checkList(node, ((ParameterizedType) type).getActualTypeArguments()[0], path);
        }
        if (raw.isRecord()) {
            return checkObject(node, raw, path);
        }
        String problem = scalarProblem(node, raw);
        if (problem != null) {
            findings.add(Finding.error(path, problem));
        }
        return problem == null;
    }

    private boolean checkObject(JsonNode node, Class<?> type, String path) {
        if (!node.isObject()) {
            findings.add(Finding.error(path, expected("an object { … }", node)));
            return false;
        }
        ObjectNode object = (ObjectNode) node;
        Map<String, Type> fields = fieldsOf(type);
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String fieldPath = JsonPaths.field(path, name);
            Type fieldType = fields.get(name);
            if (fieldType == null) {
                findings.add(Finding.error(fieldPath, "unknown field " + JsonPaths.quote(name)
                        + "; the fields here are " + String.join(", ", fields.keySet())));
                object.remove(name);
            } else if (!check(object.get(name), fieldType, fieldPath)) {
                object.putNull(name);
            }
        }
        return true;
    }

    private boolean checkList(JsonNode node, Type elementType, String path) {
        if (!node.isArray()) {
            findings.add(Finding.error(path, expected("a list [ … ]", node)));
            return false;
        }
        if (node.size() > maxListEntries) {
            findings.add(Finding.error(path, "has " + node.size() + " entries; at most " + maxListEntries
                    + " are allowed"));
            return false;
        }
        ArrayNode array = (ArrayNode) node;
        for (int i = 0; i < array.size(); i++) {
            if (!check(array.get(i), elementType, JsonPaths.index(path, i))) {
                array.set(i, NullNode.getInstance());
            }
        }
        return true;
    }

    /** A message when a scalar has the wrong type or an unusable value; null when it is fine. */
    private static String scalarProblem(JsonNode node, Class<?> raw) {
        if (raw == Integer.class) {
            return wholeNumberProblem(node);
        }
        if (raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? null : expected("a whole number", node);
        }
        if (raw == Instant.class) {
            return instantProblem(node);
        }
        if (raw == BigDecimal.class) {
            return decimalProblem(node);
        }
        if (raw == String.class) {
            return node.isTextual() ? null : expected("text in double quotes", node);
        }
        if (raw == Boolean.class) {
            return node.isBoolean() ? null : expected("true or false", node);
        }
        if (raw == LocalDate.class) {
            return dateProblem(node);
        }
        if (raw.isEnum()) {
            return enumProblem(node, raw);
        }
        throw new IllegalStateException("no JSON shape is defined for " + raw);
    }

    private static String wholeNumberProblem(JsonNode node) {
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return expected("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE, node);
        }
        return expected("a whole number", node);
    }

    private static String decimalProblem(JsonNode node) {
        if (!node.isNumber()) {
            return expected("a number", node);
        }
        BigDecimal value = node.decimalValue();
        if (value.scale() > MAX_DECIMALS || value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return expected("a number with at most " + MAX_INTEGER_DIGITS + " digits before and " + MAX_DECIMALS
                    + " after the decimal point", node);
        }
        return null;
    }

    private static String dateProblem(JsonNode node) {
        String expectation = "a date like \"2026-11-16\" (year-month-day)";
        if (!node.isTextual()) {
            return expected(expectation, node);
        }
        String problem = DateText.problem(node.textValue());
        return problem == null ? null : expected(expectation, node) + " (" + problem + ")";
    }

    private static String instantProblem(JsonNode node) {
        String expectation = "a UTC time like \"2026-11-16T08:30:00Z\"";
        if (!node.isTextual()) {
            return expected(expectation, node);
        }
        try {
            Instant.parse(node.textValue());
            return null;
        } catch (DateTimeParseException e) {
            return expected(expectation, node);
        }
    }

    private static String enumProblem(JsonNode node, Class<?> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (node.isTextual() && names.contains(node.textValue())) {
            return null;
        }
        return expected("one of " + names.stream().collect(Collectors.joining(", ")), node);
    }

    private static String expected(String what, JsonNode found) {
        return "expected " + what + ", found " + JsonPaths.describe(found);
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return (Class<?>) type;
    }

    /** The components of a file record, looked up once per class (a study has tens of thousands of records). */
    private static final ClassValue<Map<String, Type>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Type> computeValue(Class<?> recordType) {
            Map<String, Type> fields = new LinkedHashMap<>();
            for (RecordComponent c : recordType.getRecordComponents()) {
                fields.put(c.getName(), c.getGenericType());
            }
            return java.util.Collections.unmodifiableMap(fields);
        }
    };

    private static Map<String, Type> fieldsOf(Class<?> recordType) {
        return FIELDS.get(recordType);
    }
}
