package org.hiitplanner.ui.animals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.AnimalCsvReader;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.ui.common.Messages;

/**
 * Importing animals from a CSV file: choose the file, read and check it off the FX thread against a copy of the
 * study, show the preview, and on confirmation add the good rows as one edit.
 */
final class CsvImport {
    private final AnimalsViewModel model;
    private final Messages messages;
    private final TaskRunner background;
    private final AnimalCsvReader reader = new AnimalCsvReader();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading");
    private Function<Window, Optional<Path>> chooser = this::chooseFile;
    private Path folder;
    private TaskRunner.Running task;

    CsvImport(AnimalsViewModel model, Messages messages, TaskRunner background) {
        this.model = model;
        this.messages = messages;
        this.background = background;
    }

    /** Replaces the file chooser (tests cannot drive the system's file dialog). */
    void setChooser(Function<Window, Optional<Path>> newChooser) {
        this.chooser = newChooser;
    }

    ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Asks for a file and imports from it. */
    void start(Window owner) {
        chooser.apply(owner).ifPresent(file -> read(owner, file));
    }

    /** Reads {@code file} in the background, then shows the preview. */
    void read(Window owner, Path file) {
        folder = file.toAbsolutePath().getParent();
        Study snapshot = model.study();
        String name = String.valueOf(file.getFileName());
        reading.set(true);
        task = background.run(() -> reader.read(file, snapshot), result -> {
            reading.set(false);
            if (ImportPreviewDialog.confirm(owner, messages, name, result)) {
                model.importAnimals(result, name);
            }
        }, error -> {
            reading.set(false);
            model.importFailed(name, error instanceof IOException io ? AnimalCsvReader.describe(io)
                    : String.valueOf(error.getMessage()));
        });
    }

    /** Stops a read that is still running; nothing is shown or imported. */
    void cancel() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        reading.set(false);
    }

    private Optional<Path> chooseFile(Window owner) {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("animals.import.choose"));
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("animals.import.filterCsv"), "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter(messages.get("animals.import.filterAll"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            fc.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }
}
