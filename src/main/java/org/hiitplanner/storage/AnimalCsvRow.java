package org.hiitplanner.storage;

import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;

/**
 * One data row of an animal CSV file, as found and as understood.
 *
 * @param line      line of the file on which the row begins (the header is line 1)
 * @param id        the id cell as written, "" when absent
 * @param group     the group cell as written
 * @param sex       the sex cell as written
 * @param birthDate the birth-date cell as written
 * @param animal    the animal the row describes; null when the row has a problem
 * @param problems  what is wrong with the row; empty when it can be imported
 */
public record AnimalCsvRow(int line, String id, String group, String sex, String birthDate, Animal animal,
                           List<AnimalCsvProblem> problems) {
    public AnimalCsvRow {
        problems = List.copyOf(problems);
        if ((animal == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a CSV row has an animal exactly when it has no problem");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public Optional<Animal> parsed() {
        return Optional.ofNullable(animal);
    }
}
