package org.hiitplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.StudyStore;

/** Study files in a test folder: the demo through the command line, others through StudyStore. */
final class StudyFilesForTests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyFilesForTests() {
    }

    /** The demo study written by {@code hiit-planner demo}. */
    static Path demo(Path folder) {
        Path file = folder.resolve("demo.hiit.json");
        CliRun.run("demo", "--out", file.toString()).assertSuccess();
        return file;
    }

    /** Saves as the program does: the trail sealed first ("audit trail sealed") when it does not seal the data. */
    static Path save(Study study, Path file) throws StudyFileException {
        new StudyStore().save(sealed(study), file);
        return file;
    }

    /** Saves the study as it is, its trail too (e.g. a trail made up for a listing, which does not seal the data). */
    static Path saveAsIs(Study study, Path file) throws StudyFileException {
        new StudyStore().save(study, file);
        return file;
    }

    /** The study with its trail sealed as the gate seals it before a save. */
    static Study sealed(Study study) {
        StudyGate gate = new StudyGate(study, null, Clock.fixed(Instant.parse("2026-11-16T07:00:00Z"),
                ZoneOffset.UTC), () -> "test");
        gate.sealTrail();
        return gate.study();
    }

    /** A copy of a study file beside it, with animal {@code index}'s group replaced in the JSON text. */
    static Path withGroup(Path study, int index, String group) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(study));
        ((ObjectNode) root.withArray("animals").get(index)).put("group", group);
        Path file = study.resolveSibling("edited.hiit.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }
}
