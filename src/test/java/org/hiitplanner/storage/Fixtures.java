package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: the fixture files under src/test/resources/fixtures, and "nothing changed on disk" checks. */
final class Fixtures {
    /** A valid schemaVersion 1 file using every optional field and every measurement form. */
    static final String SMALL_STUDY = "small-study-v1.hiit.json";

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** Copies a fixture into {@code folder} under its own name. */
    static Path copy(String name, Path folder) throws IOException {
        return Files.write(folder.resolve(name), bytes(name));
    }

    /** The names of the entries of a folder, sorted. */
    static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Asserts the file still has exactly {@code expected} and the folder holds nothing but it. */
    static void assertUntouched(Path file, byte[] expected) throws IOException {
        assertArrayEquals(expected, Files.readAllBytes(file), "the file must be byte-identical after loading");
        assertEquals(List.of(file.getFileName().toString()), listing(file.getParent()),
                "loading must not create any file (no .bak, no temp file)");
    }
}
