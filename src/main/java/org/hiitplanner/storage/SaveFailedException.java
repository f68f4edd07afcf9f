package org.hiitplanner.storage;

import java.io.IOException;

/** A save that failed, with what is on disk afterwards ("study.hiit.json is as it was, and …"). */
public final class SaveFailedException extends IOException {
    private final String onDisk;

    SaveFailedException(Exception cause, String onDisk) {
        super(cause.getMessage(), cause);
        this.onDisk = onDisk;
    }

    /** What is on disk after the failure, in words. */
    public String onDisk() {
        return onDisk;
    }

    /** The reason of the failure, in words. */
    public String reason() {
        return getCause() instanceof IOException io ? IoMessages.describe(io)
                : String.valueOf(getCause().getMessage());
    }
}
