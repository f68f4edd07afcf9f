package org.hiitplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingCopyTest {
    @Test
    void writingTheCopyLeavesTheOriginalAlone(@TempDir Path dir) throws IOException {
        Path original = Files.writeString(dir.resolve("demo-study.hiit.json"), "{\"v\":1}");

        Path copy = WorkingCopy.of(original, dir.resolve("tmp"));
        Files.writeString(copy, "{\"v\":2}");

        assertNotEquals(original, copy);
        assertEquals("demo-study.hiit.json", copy.getFileName().toString());
        assertEquals("{\"v\":1}", Files.readString(original));
        assertEquals("{\"v\":2}", Files.readString(copy));
        assertNotEquals(copy, WorkingCopy.of(original, dir.resolve("tmp")));
    }
}
