package org.hiitplanner.ui.help;

import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.ui.common.Messages;

/**
 * What Help › About shows: the program's version, its licence, the file format version it writes and where the
 * open study is saved.
 *
 * @param version       e.g. "0.1.0-SNAPSHOT", or "(development build)" when run from classes
 * @param schemaVersion the {@code schemaVersion} the program writes (and the newest it reads)
 * @param file          the open study's file; null when it has not been saved yet
 */
public record AboutInfo(String version, int schemaVersion, Path file) {
    /** One line of the About box. */
    public record Line(String label, String value) {
    }

    public AboutInfo {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("version is missing");
        }
    }

    /** The lines, labelled. */
    public List<Line> lines(Messages messages) {
        return List.of(
                new Line(messages.get("help.about.version"), version),
                new Line(messages.get("help.about.licence"), messages.get("help.about.licence.value")),
                new Line(messages.get("help.about.format"),
                        messages.get("help.about.format.value", Integer.toString(schemaVersion))),
                new Line(messages.get("help.about.file"), file == null ? messages.get("help.about.file.none")
                        : file.toAbsolutePath().toString()),
                new Line(messages.get("help.about.java"), System.getProperty("java.version", "?")));
    }
}
