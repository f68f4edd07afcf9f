package org.hiitplanner.ui.audit;

import java.nio.file.Path;
import java.util.Optional;

/** Asks where to save an export: the view answers with a file dialog, a test with a fixed path. */
@FunctionalInterface
public interface ExportTarget {
    /** The file to write, or empty when the user cancelled; {@code suggestedName} ends in ".csv" or ".pdf". */
    Optional<Path> choose(String suggestedName);
}
