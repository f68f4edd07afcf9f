package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * Writes a study's animals as CSV, in the study's order. Columns: {@code id, group, sex, birth_date, treadmill,
 * status, excluded_from, exclusion_reason}. {@code sex} is {@code MALE} or {@code FEMALE} as in the study file;
 * {@code treadmill} is the animal's treadmill (the study's first when the animal names none); {@code status} is
 * {@code active} or {@code excluded} (an animal with an exclusion, whatever its date).
 */
public final class AnimalCsv {
    /** The column names, in order. */
    public static final List<String> HEADERS = List.of("id", "group", "sex", "birth_date", "treadmill", "status",
            "excluded_from", "exclusion_reason");

    private record Row(Animal animal, String treadmill) {
    }

    private static final CsvTable<Row> TABLE = new CsvTable<>(List.of(
            column(0, ColumnKind.TEXT, r -> r.animal().id()),
            column(1, ColumnKind.TEXT, r -> r.animal().group()),
            column(2, ColumnKind.TEXT, r -> r.animal().sex().name()),
            column(3, ColumnKind.DATE, r -> r.animal().birthDate()),
            column(4, ColumnKind.TEXT, Row::treadmill),
            column(5, ColumnKind.TEXT, r -> r.animal().excluded().isPresent() ? "excluded" : "active"),
            column(6, ColumnKind.DATE, r -> r.animal().excluded().map(Exclusion::from).orElse(null)),
            column(7, ColumnKind.TEXT, r -> r.animal().excluded().map(Exclusion::reason).orElse(null))), "animals");

    private static CsvTable.Column<Row> column(int index, ColumnKind kind, Function<Row, Object> f) {
        return new CsvTable.Column<>(HEADERS.get(index), kind, f);
    }

    /** Writes the header and one row per animal; returns the number of rows. */
    public int write(Study study, CsvOptions options, Writer out, Progress progress) throws IOException {
        return TABLE.write(rows(study), options, out, progress);
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open; returns the number of rows. */
    public int write(Study study, CsvOptions options, OutputStream out, Progress progress) throws IOException {
        return TABLE.write(rows(study), options, out, progress);
    }

    private static List<Row> rows(Study study) {
        return study.animals().stream()
                .map(a -> new Row(a, study.treadmillOf(a).map(Treadmill::name).orElse(a.treadmill())))
                .toList();
    }
}
