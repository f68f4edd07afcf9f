package org.hiitplanner.app;

import java.nio.file.Path;

import org.hiitplanner.domain.study.Study;

/** Writes a study to where it is kept; throws with a readable message when it cannot. */
@FunctionalInterface
public interface StudySaver {
    void save(Study study, Path file) throws Exception;
}
