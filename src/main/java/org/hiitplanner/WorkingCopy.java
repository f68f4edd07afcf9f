package org.hiitplanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A study opened as a copy, so that what the user records never changes the original: {@code mvn javafx:run}
 * opens the bundled demo this way ({@code --copy-of=assets/demo-study.hiit.json}).
 */
final class WorkingCopy {
    private WorkingCopy() {
    }

    /** Copies {@code source} into a new folder under {@code parent}, keeping its name; returns the copy. */
    static Path of(Path source, Path parent) throws IOException {
        Files.createDirectories(parent);
        Path folder = Files.createTempDirectory(parent, "hiit-planner-copy-");
        return Files.copy(source, folder.resolve(source.getFileName()));
    }
}
