package org.hiitplanner.ui.today;

import java.util.Optional;

/** The questions the Today screen puts to the technician; the view answers with dialogs, a test with a fake. */
public interface TodayPrompts {
    /** Asks why a record is corrected; empty when cancelled. */
    Optional<String> askReason(String header, String question);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String question);
}
