package org.hiitplanner.export.pdf;

import java.io.IOException;

/** One kind of printable sheet, writing its pages through a {@link SheetContext}. */
interface Sheet {
    /** The sheet's name as printed at the top of every page. */
    String title();

    /** A shorter name, printed when {@link #title()} does not fit beside the study title. */
    default String shortTitle() {
        return title();
    }

    /** Writes every page; checks for cancelling as it goes. */
    void write() throws IOException;
}
