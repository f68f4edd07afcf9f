package org.hiitplanner.export;

/** The user cancelled an export; nothing was written to the target file. */
public class ExportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("The export was cancelled");
    }
}
