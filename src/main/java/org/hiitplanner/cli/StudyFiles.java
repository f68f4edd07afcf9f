package org.hiitplanner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.StudyStore;

/** Opens study files for the commands, with messages that name the file. */
final class StudyFiles {
    private final StudyStore store;

    StudyFiles(StudyStore store) {
        this.store = store;
    }

    /**
     * A study and every validation finding; fails only when the file is missing or cannot be read as a study.
     *
     * @param errors the errors that make the study unusable: every error but those of session records that the
     *               plan does not explain (those are listed by {@code validate} and left out by adherence)
     */
    record Opened(Study study, List<Finding> findings, List<Finding> errors) {
    }

    Opened open(Path file) throws CliException, StudyFileException {
        requireFile(file);
        var loaded = store.read(file);
        return new Opened(loaded.study(), loaded.findings(), loaded.errors());
    }

    /**
     * A study without validation errors; the first error is the message, with a pointer to {@code validate}.
     * Session records that the plan does not explain do not make a study unusable: the read-only commands work.
     */
    Study openUsable(Path file) throws CliException, StudyFileException {
        Opened opened = open(file);
        List<Finding> errors = opened.errors();
        if (errors.isEmpty()) {
            return opened.study();
        }
        Finding first = errors.get(0);
        throw new CliException(file + ": " + first.path() + ": " + first.message()
                + ErrorMessages.andMore(errors.size() - 1, file));
    }

    static void requireFile(Path file) throws CliException {
        if (Files.isDirectory(file)) {
            throw new CliException("cannot read " + file + ": it is a folder, not a study file");
        }
        if (!Files.exists(file)) {
            throw new CliException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new CliException("cannot read " + file + ": permission denied");
        }
    }
}
