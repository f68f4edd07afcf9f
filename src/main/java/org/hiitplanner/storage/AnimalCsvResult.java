package org.hiitplanner.storage;

import java.util.List;
import java.util.Objects;

import org.hiitplanner.domain.animal.Animal;

/**
 * Everything read from an animal CSV file: each data row with its problems, and the problems of the file as a
 * whole (not UTF-8, no usable header, broken quoting …). Nothing is imported from a file with a file problem.
 *
 * @param rows         the data rows in file order
 * @param fileProblems problems of the whole file
 */
public record AnimalCsvResult(List<AnimalCsvRow> rows, List<AnimalCsvProblem> fileProblems) {
    public AnimalCsvResult {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    static AnimalCsvResult fileProblem(AnimalCsvProblem problem) {
        return new AnimalCsvResult(List.of(), List.of(problem));
    }

    /** The animals of the rows without a problem, in file order. */
    public List<Animal> goodAnimals() {
        return rows.stream().map(AnimalCsvRow::animal).filter(Objects::nonNull).toList();
    }

    public long badRowCount() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    /** True when the file is readable as a whole and at least one row is good. */
    public boolean importable() {
        return fileProblems.isEmpty() && rows.stream().anyMatch(AnimalCsvRow::ok);
    }
}
