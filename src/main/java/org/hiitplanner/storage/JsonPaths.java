package org.hiitplanner.storage;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

/** JSON paths such as {@code $.protocol.weeks[2].intervals}, and short descriptions of JSON values for messages. */
final class JsonPaths {
    static final String ROOT = "$";
    private static final int SHOWN_TEXT = 40;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private JsonPaths() {
    }

    /** The path of a field: {@code $.a.b}, or {@code $.a["odd name"]} for a name that is not an identifier. */
    static String field(String parent, String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "[" + quote(name) + "]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The path of a Jackson binding failure. */
    static String of(List<JsonMappingException.Reference> references) {
        String path = ROOT;
        for (JsonMappingException.Reference r : references) {
            path = r.getFieldName() != null ? field(path, r.getFieldName()) : index(path, r.getIndex());
        }
        return path;
    }

    /** A value as a user would recognise it: {@code "abc"}, {@code 12.5}, {@code true}, {@code a list [ … ]}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isObject()) {
            return "an object { … }";
        }
        if (node.isArray()) {
            return "a list [ … ]";
        }
        String text = node.toString();
        return text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text;
    }

    /** Text in double quotes, control characters escaped, cut after 40 characters. */
    static String quote(String text) {
        String shown = text.length() > SHOWN_TEXT ? text.substring(0, SHOWN_TEXT) + "…" : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
