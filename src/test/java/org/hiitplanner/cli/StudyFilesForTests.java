package org.hiitplanner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    static Path save(Study study, Path file) throws StudyFileException {
        new StudyStore().save(study, file);
        return file;
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
