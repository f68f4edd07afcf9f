package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hiitplanner.domain.study.DemoStudy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema describes what the program writes: no written property is undeclared, every declared property
 * has a description, and the schema's objects have exactly the fields of the file records. No schema validator is
 * used: the test walks the schema itself.
 */
class StudySchemaTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();
    private JsonNode schema;

    @BeforeEach
    void readSchema() throws Exception {
        try (InputStream in = StudyStore.class.getResourceAsStream("study.schema.json")) {
            assertNotNull(in, "study.schema.json must be a resource beside StudyStore");
            schema = mapper.readTree(in);
        }
    }

    /** Follows a local "$ref": "#/$defs/name". */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        assertTrue(ref.asText().startsWith("#/$defs/"), ref.asText());
        JsonNode target = schema.get("$defs").get(ref.asText().substring("#/$defs/".length()));
        assertNotNull(target, "unresolved " + ref.asText());
        return resolve(target);
    }

    /** Every property of {@code json} that the schema at {@code node} does not declare, as JSON paths. */
    private void undeclared(JsonNode json, JsonNode node, String path, List<String> out) {
        JsonNode s = resolve(node);
        if (json.isObject()) {
            JsonNode properties = s.get("properties");
            json.fieldNames().forEachRemaining(name -> {
                JsonNode declared = properties == null ? null : properties.get(name);
                if (declared == null) {
                    out.add(path + "." + name);
                } else {
                    undeclared(json.get(name), declared, path + "." + name, out);
                }
            });
        } else if (json.isArray()) {
            for (int i = 0; i < json.size(); i++) {
                assertNotNull(s.get("items"), path + " is a list in the file but not in the schema");
                undeclared(json.get(i), s.get("items"), path + "[" + i + "]", out);
            }
        }
    }

    @Test
    void schemaIsDraft2020_12AndClosed() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertFalse(schema.get("additionalProperties").asBoolean(true));
        assertEquals(6, schema.get("properties").get("schemaVersion").get("const").asInt());
    }

    @Test
    void demoStudyJsonHasNoPropertyTheSchemaDoesNotDeclare() throws Exception {
        List<String> out = new ArrayList<>();
        undeclared(mapper.readTree(new StudyStore().toJson(DemoStudy.create())), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text(Fixtures.SMALL_STUDY)), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text("small-study-v2.hiit.json")), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text("small-study-v3.hiit.json")), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text("small-study-v4.hiit.json")), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text("small-study-v5.hiit.json")), schema, "$", out);
        undeclared(mapper.readTree(Fixtures.text("small-study-v6.hiit.json")), schema, "$", out);

        assertEquals(List.of(), out);
    }

    @Test
    void theWalkFindsAnUndeclaredProperty() throws Exception {
        List<String> out = new ArrayList<>();
        undeclared(mapper.readTree("{\"animals\": [{\"id\": \"R1\", \"colour\": \"white\"}]}"), schema, "$", out);

        assertEquals(List.of("$.animals[0].colour"), out);
    }

    @Test
    void requiredPropertiesOfTheRootArePresentInTheDemoJson() throws Exception {
        JsonNode demo = mapper.readTree(new StudyStore().toJson(DemoStudy.create()));

        schema.get("required").forEach(name -> assertTrue(demo.has(name.asText()), name.asText()));
        assertEquals(11, schema.get("required").size());
    }

    @Test
    void everyDeclaredPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        collectUndescribed(schema, "$", missing);

        assertEquals(List.of(), missing);
    }

    private void collectUndescribed(JsonNode node, String path, List<String> out) {
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.get("properties");
        if (properties != null) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                JsonNode description = p.getValue().get("description");
                if (description == null || description.asText().isBlank()) {
                    out.add(path + "." + p.getKey());
                }
            }
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            collectUndescribed(child.getValue(), path + "/" + child.getKey(), out);
        }
    }

    @Test
    void schemaObjectsHaveExactlyTheFieldsOfTheFileRecords() {
        List<String> mismatches = new ArrayList<>();
        compare(schema, StudyJson.class, "$", mismatches);

        assertEquals(List.of(), mismatches);
    }

    private void compare(JsonNode node, Type type, String path, List<String> out) {
        JsonNode s = resolve(node);
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            compare(s.get("items"), p.getActualTypeArguments()[0], path + "[]", out);
            return;
        }
        Class<?> raw = (Class<?>) type;
        if (!raw.isRecord()) {
            return;
        }
        Set<String> declared = new LinkedHashSet<>();
        s.get("properties").fieldNames().forEachRemaining(declared::add);
        Set<String> fields = new LinkedHashSet<>(Arrays.stream(raw.getRecordComponents())
                .map(RecordComponent::getName).toList());
        if (!declared.equals(fields)) {
            out.add(path + ": schema " + declared + " vs record " + fields);
            return;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            compare(s.get("properties").get(c.getName()), c.getGenericType(), path + "." + c.getName(), out);
        }
    }
}
