package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;

/**
 * Writes a study's step-test results as CSV, one row per result (valid or not), by date, then animal, then in the
 * order entered. Columns: {@code animal, group, date, total_s, stages, seconds, vmax_direct, vmax, valid, operator,
 * note}.
 * <ul>
 * <li>{@code total_s}, {@code stages}, {@code seconds}: E, k and t, whichever way the result was entered
 * (E = k·T + t with the study's stage length T); empty for a Vmax entered directly.</li>
 * <li>{@code vmax_direct}: the Vmax entered directly, else empty.</li>
 * <li>{@code vmax}: the Vmax of the measurement in m/min (Kuipers, or the direct value), computed whether or not
 * the test is valid; empty when k = 0. Only rows with {@code valid} = true give a Vmax in force.</li>
 * <li>{@code valid}: {@code true} or {@code false}.</li>
 * </ul>
 */
public final class StepTestCsv {
    /** The column names, in order. */
    public static final List<String> HEADERS = List.of("animal", "group", "date", "total_s", "stages", "seconds",
            "vmax_direct", "vmax", "valid", "operator", "note");

    /** One result with what it needs from the study. */
    private record Row(StepTestResult result, String group, StepTestProtocol protocol) {
        Integer totalSeconds() {
            if (result.measurement() instanceof Measurement.TotalTime t) {
                return t.seconds();
            }
            if (result.measurement() instanceof Measurement.Stages s) {
                return s.completed() * protocol.stageSeconds() + s.seconds();
            }
            return null;
        }

        Integer stages() {
            if (result.measurement() instanceof Measurement.Stages s) {
                return s.completed();
            }
            Integer e = totalSeconds();
            return e == null ? null : e / protocol.stageSeconds();
        }

        Integer seconds() {
            if (result.measurement() instanceof Measurement.Stages s) {
                return s.seconds();
            }
            Integer e = totalSeconds();
            return e == null ? null : e % protocol.stageSeconds();
        }

        Object directVmax() {
            return result.measurement() instanceof Measurement.DirectVmax d ? d.value() : null;
        }
    }

    private static final CsvTable<Row> TABLE = new CsvTable<>(List.of(
            column(0, ColumnKind.TEXT, r -> r.result().animalId()),
            column(1, ColumnKind.TEXT, Row::group),
            column(2, ColumnKind.DATE, r -> r.result().date()),
            column(3, ColumnKind.NUMBER, Row::totalSeconds),
            column(4, ColumnKind.NUMBER, Row::stages),
            column(5, ColumnKind.NUMBER, Row::seconds),
            column(6, ColumnKind.NUMBER, Row::directVmax),
            column(7, ColumnKind.NUMBER, r -> r.result().measurement().vmax(r.protocol()).orElse(null)),
            column(8, ColumnKind.TEXT, r -> Boolean.toString(r.result().valid())),
            column(9, ColumnKind.TEXT, r -> r.result().operator()),
            column(10, ColumnKind.TEXT, r -> r.result().note())), "step-test results");

    private static CsvTable.Column<Row> column(int index, ColumnKind kind, Function<Row, Object> f) {
        return new CsvTable.Column<>(HEADERS.get(index), kind, f);
    }

    /** Writes the header and one row per result; returns the number of rows. */
    public int write(Study study, CsvOptions options, Writer out, Progress progress) throws IOException {
        return TABLE.write(rows(study), options, out, progress);
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open; returns the number of rows. */
    public int write(Study study, CsvOptions options, OutputStream out, Progress progress) throws IOException {
        return TABLE.write(rows(study), options, out, progress);
    }

    private static List<Row> rows(Study study) {
        return study.stepTestResults().stream()
                .sorted(Comparator.comparing(StepTestResult::date).thenComparing(StepTestResult::animalId))
                .map(r -> new Row(r, study.animal(r.animalId()).map(Animal::group).orElse(null),
                        study.stepTestProtocolOn(r.date())))
                .toList();
    }
}
