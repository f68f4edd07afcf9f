package org.hiitplanner.ui.export;

import org.hiitplanner.export.IcsOptions;

/** What the user asked to export. */
public sealed interface ExportRequest {
    /** A printable sheet as PDF. */
    record Pdf(SheetChoice sheet) implements ExportRequest {
    }

    /** A table as CSV; {@code excel} = BOM and semicolons for Excel in Dutch or Swedish locales. */
    record Csv(Table table, boolean excel) implements ExportRequest {
    }

    /** Sessions and test days as iCalendar events. */
    record Ics(IcsOptions.Grouping grouping) implements ExportRequest {
    }

    /** The CSV tables. */
    enum Table { SCHEDULE, TESTS, ANIMALS }
}
