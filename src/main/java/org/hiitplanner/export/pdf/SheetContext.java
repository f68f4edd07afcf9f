package org.hiitplanner.export.pdf;

import java.io.IOException;

import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;

/**
 * Everything a sheet needs while it writes one document.
 *
 * @param study    the study
 * @param request  what to print
 * @param engine   plans the sessions
 * @param heats    plans the day's heats on each treadmill
 * @param writer   the pages
 * @param progress reports progress and tells about cancelling
 * @param codes    blinded codes of the study's animals
 */
record SheetContext(Study study, PdfRequest request, ScheduleEngine engine, StudyHeats heats, PageWriter writer,
                    Progress progress, BlindCodes codes) {
    Fonts fonts() {
        return writer.fonts();
    }

    boolean blinded() {
        return study.settings().blinded();
    }

    /** What stands for an animal's group: its group's name, or its blinded code when the study is blinded. */
    String groupLabel(String animalId, String group) {
        return blinded() ? codes.of(animalId) : group;
    }

    /** Title of the group column: "Group" or "Code". */
    String groupTitle() {
        return blinded() ? "Code" : "Group";
    }

    /** Throws {@link org.hiitplanner.export.ExportCancelledException} if cancelled, else reports progress. */
    void step(long done, long total, String message) {
        progress.checkCancelled();
        progress.update(done, total, message);
    }

    /** A paragraph of text across the page at the cursor, wrapped; moves the cursor below it. */
    void paragraph(String text, Style style, int maxLines) throws IOException {
        writer.paragraph(text, style, maxLines);
    }
}
