package org.hiitplanner.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.NotPlanned;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.schedule.PhaseKind;
import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Writes heat plans as CSV with a header row: one row per animal, treadmill by treadmill in running order (heat,
 * then lane), then the animals that are in no heat with the reason in {@code note} and empty heat, lane and speed
 * cells. For each phase: the animal's own speed, what its lane runs and the difference (run − own), m/min. Text
 * cells are neutralised by {@link CsvCells}; numbers stay numbers. The writer is flushed, never closed.
 */
public final class HeatCsv {
    private static final CsvTable<Row> TABLE = new CsvTable<>(columns(), "animals");

    /** One line: an animal in a heat, or one in no heat. */
    private record Row(HeatPlan plan, Heat heat, HeatRunner runner, NotPlanned notPlanned) {
        PlannedSession session() {
            return runner != null ? runner.session() : notPlanned.session();
        }
    }

    /** The column names in order. */
    public static List<String> headers() {
        return TABLE.headers();
    }

    /** Writes the header and the rows ({@link CsvOptions#STANDARD}); returns the number of rows. */
    public int write(List<HeatPlan> plans, Writer out) throws IOException {
        return TABLE.write(rows(plans), CsvOptions.STANDARD, out, Progress.NONE);
    }

    private static List<Row> rows(List<HeatPlan> plans) {
        List<Row> rows = new ArrayList<>();
        for (HeatPlan plan : plans) {
            for (Heat heat : plan.heats()) {
                for (HeatRunner runner : heat.runners()) {
                    rows.add(new Row(plan, heat, runner, null));
                }
            }
            for (NotPlanned n : plan.notPlanned()) {
                rows.add(new Row(plan, null, null, n));
            }
        }
        return rows;
    }

    private static List<CsvTable.Column<Row>> columns() {
        List<CsvTable.Column<Row>> c = new ArrayList<>();
        c.add(new CsvTable.Column<>("treadmill", ColumnKind.TEXT, r -> r.plan.treadmill()));
        c.add(new CsvTable.Column<>("date", ColumnKind.DATE, r -> r.session().date()));
        c.add(new CsvTable.Column<>("heat", ColumnKind.NUMBER, r -> r.heat == null ? null : r.heat.number()));
        c.add(new CsvTable.Column<>("start", ColumnKind.TEXT, r -> r.heat == null ? null : time(r.heat.start())));
        c.add(new CsvTable.Column<>("end", ColumnKind.TEXT, r -> r.heat == null ? null : time(r.heat.end())));
        c.add(new CsvTable.Column<>("lane", ColumnKind.NUMBER, r -> r.runner == null ? null : r.runner.lane()));
        c.add(new CsvTable.Column<>("animal", ColumnKind.TEXT, r -> r.session().animalId()));
        c.add(new CsvTable.Column<>("group", ColumnKind.TEXT, r -> r.session().group()));
        phase(c, "high", PhaseKind.HIGH);
        phase(c, "warmup", PhaseKind.WARM_UP);
        phase(c, "low", PhaseKind.LOW);
        phase(c, "cooldown", PhaseKind.COOL_DOWN);
        c.add(new CsvTable.Column<>("total_s", ColumnKind.NUMBER, r -> r.session().prescription().totalSeconds()));
        c.add(new CsvTable.Column<>("note", ColumnKind.TEXT, r -> r.notPlanned == null ? "" : r.notPlanned.reason()));
        return c;
    }

    /** {name}_speed (own), run_{name}_speed, {name}_deviation. */
    private static void phase(List<CsvTable.Column<Row>> c, String name, PhaseKind kind) {
        c.add(speed(name + "_speed", HeatRunner::own, kind));
        c.add(speed("run_" + name + "_speed", HeatRunner::run, kind));
        c.add(speed(name + "_deviation", HeatRunner::deviation, kind));
    }

    private static CsvTable.Column<Row> speed(String header, Function<HeatRunner, PhaseSpeeds> which,
                                             PhaseKind kind) {
        return new CsvTable.Column<>(header, ColumnKind.NUMBER,
                r -> r.runner == null ? null : which.apply(r.runner).get(kind));
    }

    /** hh:mm, or hh:mm:ss when the seconds are not zero. */
    static String time(LocalTime t) {
        return t.toString();
    }
}
