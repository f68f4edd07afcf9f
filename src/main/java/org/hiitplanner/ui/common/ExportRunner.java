package org.hiitplanner.ui.common;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.export.ExportCancelledException;
import org.hiitplanner.export.Progress;
import org.hiitplanner.storage.AtomicFileWriter;

/**
 * Runs one export at a time off the FX thread, with progress and cancel. The whole file is made in memory and
 * written atomically at the end, so a cancelled or failed export leaves any earlier file untouched.
 */
public final class ExportRunner {
    /** Produces the bytes of an export; reports progress and stops when cancelled. */
    @FunctionalInterface
    public interface Producer {
        void write(ByteArrayOutputStream out, Progress progress) throws Exception;
    }

    private final TaskRunner background;
    private final Messages messages;
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private volatile boolean cancelled;
    private TaskRunner.Running task;

    public ExportRunner(TaskRunner background, Messages messages) {
        this.background = background;
        this.messages = messages;
    }

    /** Starts an export to {@code target}; {@code onDone} gets a message for the status bar. */
    public void start(String what, Producer producer, Path target, java.util.function.Consumer<String> onDone,
                      java.util.function.Consumer<String> onFailed) {
        if (running.get()) {
            onFailed.accept(messages.get("export.busy"));
            return;
        }
        cancelled = false;
        running.set(true);
        progress.set(-1);
        message.set(messages.get("export.running", what));
        task = background.run(work -> {
            Progress callback = new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    work.update(done, total, text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled || work.isCancelled();
                }
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            producer.write(out, callback);
            callback.checkCancelled();
            new AtomicFileWriter().write(target, out.toByteArray());
            return target;
        }, (done, total, text) -> {
            progress.set(total > 0 ? (double) done / total : -1);
            message.set(what + ": " + text);
        }, saved -> {
            running.set(false);
            message.set("");
            onDone.accept(messages.get("export.done", what, saved.getFileName()));
        }, error -> {
            running.set(false);
            message.set("");
            if (error instanceof ExportCancelledException || cancelled) {
                onDone.accept(messages.get("export.cancelled", what));
            } else {
                onFailed.accept(messages.get("export.failed", what, target.getFileName(), describe(error)));
            }
        });
    }

    public static String describe(Throwable error) {
        String m = error.getMessage();
        return m == null || m.isBlank() ? error.getClass().getSimpleName() : m;
    }

    public void cancel() {
        cancelled = true;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** The running export, for tests. */
    TaskRunner.Running task() {
        return task;
    }
}
