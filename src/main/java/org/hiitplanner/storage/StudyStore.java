package org.hiitplanner.storage;

import java.nio.file.Path;

import org.hiitplanner.domain.study.Study;

/** Reads and writes study files (*.hiit.json). */
public final class StudyStore {

    /** Loads and validates a study; any problem (including a validation error) is a StudyFileException. */
    public Study load(Path file) throws StudyFileException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Saves atomically: temp file beside the target, fsync, previous file kept as .bak, rename over. */
    public void save(Study study, Path file) throws StudyFileException {
        throw new UnsupportedOperationException("not yet");
    }
}
