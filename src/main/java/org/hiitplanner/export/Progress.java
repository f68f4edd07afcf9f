package org.hiitplanner.export;

/**
 * Progress of a long export, free of any UI: the desktop app feeds it to a JavaFX Task, the command line ignores
 * it. An exporter calls {@link #update} now and then and stops early (throwing {@link ExportCancelledException})
 * once {@link #isCancelled} is true.
 */
public interface Progress {
    /** Ignores every update and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link ExportCancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }
}
