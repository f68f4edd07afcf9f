package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private final ObjectMapper mapper = JsonMapperFactory.create();

    @TempDir
    Path dir;

    /** A pretend step: version 1 called the investigator "pi". */
    private static Migrations.Step renamePi() {
        return step(1, doc -> {
            doc.set("investigator", doc.remove("pi"));
            return doc;
        });
    }

    private static Migrations.Step step(int from, java.util.function.UnaryOperator<ObjectNode> change) {
        return new Migrations.Step() {
            @Override
            public int fromVersion() {
                return from;
            }

            @Override
            public ObjectNode apply(ObjectNode document) {
                return change.apply(document);
            }
        };
    }

    private ObjectNode tree(String json) throws Exception {
        return (ObjectNode) mapper.readTree(json);
    }

    @Test
    void thisVersionWritesSchemaVersion6AndLeavesA6Unchanged() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 6, \"title\": \"x\"}");

        assertEquals(6, Migrations.standard().latestVersion());
        assertSame(doc, Migrations.standard().upgrade(doc, 6));
        assertEquals("{\"schemaVersion\":6,\"title\":\"x\"}", doc.toString());
    }

    @Test
    void version5TrailIsLeftAsItIsToBeSealedAtItsNextChange() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 5, \"auditLog\": [{\"sequence\": 1}]}");

        JsonNode upgraded = Migrations.standard().upgrade(doc, 5);

        assertEquals("{\"schemaVersion\":6,\"auditLog\":[{\"sequence\":1}]}", upgraded.toString());
    }

    @Test
    void version4StepTestGetsNoVersions() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 4, \"stepTest\": {\"startSpeed\": 10}}");

        JsonNode upgraded = Migrations.standard().upgrade(doc, 4);

        assertEquals("{\"schemaVersion\":6,\"stepTest\":{\"startSpeed\":10,\"versions\":[]}}", upgraded.toString());
    }

    @Test
    void version3TreadmillsGetNoInclineAndTenMinutesChangeoverAndTheSettingsTheDefaultHeatSettings()
            throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 3, \"treadmills\": [{\"name\": \"T\"}], "
                + "\"settings\": {\"blinded\": false}}");

        JsonNode upgraded = new Migrations(List.of(new Migrations.AddRecordsAndAuditLog(),
                new Migrations.AddVersionsAndWelfare(), new Migrations.AddHeatSettings())).upgrade(doc, 3);

        assertEquals("{\"schemaVersion\":4,\"treadmills\":[{\"name\":\"T\",\"inclineDegrees\":0,"
                + "\"changeoverMinutes\":10}],\"settings\":{\"blinded\":false,\"heats\":{\"tolerance\":"
                + "{\"kind\":\"PERCENT\",\"value\":5},\"order\":\"COUNTERBALANCED\",\"seed\":0}}}",
                upgraded.toString());
    }

    @Test
    void version1GetsEmptySessionRecordsAndAuditLog() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 1, \"title\": \"x\"}");

        JsonNode upgraded = new Migrations(List.of(new Migrations.AddRecordsAndAuditLog())).upgrade(doc, 1);

        assertEquals("{\"schemaVersion\":2,\"title\":\"x\",\"sessionRecords\":[],\"auditLog\":[]}",
                upgraded.toString());
    }

    @Test
    void version3TreadmillsTakeTheProtocolsIncline() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 3, \"protocol\": {\"inclineDegrees\": 10}, \"treadmills\": "
                + "[{\"name\": \"A\"}, {\"name\": \"B\", \"inclineDegrees\": 5}]}");

        JsonNode upgraded = Migrations.standard().upgrade(doc, 3);

        assertEquals(10, upgraded.get("treadmills").get(0).get("inclineDegrees").asInt());
        assertEquals(5, upgraded.get("treadmills").get(1).get("inclineDegrees").asInt());
    }

    @Test
    void version2GetsNoProtocolVersionsNoClearancesAndTheDefaultWelfareLimits() throws Exception {
        ObjectNode doc = tree("{\"schemaVersion\": 2, \"settings\": {\"blinded\": false}}");

        JsonNode upgraded = new Migrations(List.of(new Migrations.AddRecordsAndAuditLog(),
                new Migrations.AddVersionsAndWelfare())).upgrade(doc, 2);

        assertEquals("{\"schemaVersion\":3,\"settings\":{\"blinded\":false,\"welfare\":{\"stimulusLimit\":20,"
                + "\"weightLossEndpointPercent\":20}},\"protocolVersions\":[],\"welfareClearances\":[]}",
                upgraded.toString());
    }

    @Test
    void stepsRunInOrderFromTheFileVersionAndSetTheVersion() throws Exception {
        Migrations two = new Migrations(List.of(renamePi(), step(2, doc -> doc.put("title", doc.get("title")
                .asText() + " (v3)"))));

        JsonNode fromOne = two.upgrade(tree("{\"schemaVersion\": 1, \"title\": \"T\", \"pi\": \"Dr X\"}"), 1);
        JsonNode fromTwo = two.upgrade(tree("{\"schemaVersion\": 2, \"title\": \"T\", \"pi\": \"Dr X\"}"), 2);

        assertEquals(3, two.latestVersion());
        assertEquals("{\"schemaVersion\":3,\"title\":\"T (v3)\",\"investigator\":\"Dr X\"}", fromOne.toString());
        assertEquals("{\"schemaVersion\":3,\"title\":\"T (v3)\",\"pi\":\"Dr X\"}", fromTwo.toString());
    }

    @Test
    void stepsMustFollowEachOtherWithoutGaps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Migrations(List.of(renamePi(), step(3, d -> d))));

        assertEquals("migration step 2 must upgrade from version 2 (it upgrades from 3)", e.getMessage());
    }

    @Test
    void theLoaderRunsTheMigrationsAndWritesTheNewVersion() throws Exception {
        StudyStore store = new StudyStore(new Migrations(List.of(step(1, d -> new Migrations.AddRecordsAndAuditLog()
                .apply(renamePi().apply(d))), new Migrations.AddVersionsAndWelfare(), new Migrations.AddHeatSettings())));
        Path file = dir.resolve("old.hiit.json");
        Files.writeString(file, Fixtures.text(Fixtures.SMALL_STUDY)
                .replace("\"investigator\": \"A. Investigator\"", "\"pi\": \"Dr. Old Format\""));

        Study study = store.load(file);
        store.save(study, dir.resolve("new.hiit.json"));

        assertEquals("Dr. Old Format", study.info().investigator());
        assertTrue(Files.readString(dir.resolve("new.hiit.json")).startsWith("{\n  \"schemaVersion\": 4,\n"));
        assertEquals(study, store.load(dir.resolve("new.hiit.json")));
        assertTrue(Files.readString(file).contains("\"pi\": \"Dr. Old Format\""), "loading must not rewrite the file");
    }

    @Test
    void theStandardStoreDoesNotKnowThePretendOldField() throws Exception {
        String json = Fixtures.text(Fixtures.SMALL_STUDY).replace("\"investigator\"", "\"pi\"");

        StudyFileException e = assertThrows(StudyFileException.class,
                () -> new StudyStore().fromJson(json, Path.of("old.hiit.json")));

        assertTrue(e.getMessage().startsWith("old.hiit.json: $.pi: unknown field \"pi\""), e.getMessage());
    }

    @Test
    void tooNewNamesTheVersionThisStoreReads() {
        StudyStore store = new StudyStore(new Migrations(List.of(renamePi())));
        String json = Fixtures.text(Fixtures.SMALL_STUDY).replace("\"schemaVersion\": 1", "\"schemaVersion\": 3");

        StudyFileException e = assertThrows(StudyFileException.class, () -> store.fromJson(json, Path.of("f.json")));

        assertTrue(e.getMessage().startsWith("f.json: was written by a newer version of HIIT Planner (schemaVersion"
                + " 3); this version reads up to 2"), e.getMessage());
    }
}
