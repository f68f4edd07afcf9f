package org.hiitplanner.ui.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;

/**
 * The heat map: the animals of the training groups (rows, grouped by group in the study's order, by id within a
 * group) × the sessions of the study calendar up to the as-of date (columns). Immutable.
 *
 * @param columns the sessions, in date order
 * @param rows    one row per animal
 */
public record HeatMapData(List<Column> columns, List<Row> rows) {
    public static final HeatMapData EMPTY = new HeatMapData(List.of(), List.of());

    /** One session of the calendar. */
    public record Column(int number, LocalDate date, int week) {
    }

    /** One animal; {@code cells} has one cell per column. */
    public record Row(String animalId, String group, List<HeatCell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public HeatMapData {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The cell of row {@code row} and column {@code column}. */
    public HeatCell cell(int row, int column) {
        return rows.get(row).cells().get(column);
    }

    /**
     * The heat map of a study up to {@code asOf}.
     *
     * @param planned the study's planned sessions (all dates)
     * @param counted the records that count, one per animal and date (see AdherenceCalculator.countedRecords)
     */
    public static HeatMapData of(Study study, List<PlannedSession> planned, List<SessionRecord> counted,
                                 LocalDate asOf) {
        List<Column> columns = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .filter(d -> !d.date().isAfter(asOf)).map(HeatMapData::column).toList();
        Map<String, PlannedSession> plannedByKey = new HashMap<>();
        planned.forEach(p -> plannedByKey.put(key(p.animalId(), p.date()), p));
        Map<String, SessionRecord> recordByKey = new HashMap<>();
        counted.forEach(r -> recordByKey.put(key(r.animalId(), r.date()), r));
        List<Row> rows = new ArrayList<>();
        for (Animal a : trainedAnimals(study)) {
            List<HeatCell> cells = new ArrayList<>(columns.size());
            for (Column c : columns) {
                String k = key(a.id(), c.date());
                cells.add(cellOf(plannedByKey.get(k), recordByKey.get(k)));
            }
            rows.add(new Row(a.id(), a.group(), cells));
        }
        return new HeatMapData(columns, rows);
    }

    private static Column column(SessionDay d) {
        return new Column(d.number(), d.date(), d.week());
    }

    /** The animals of the training groups, group by group in the study's order, by id within a group. */
    static List<Animal> trainedAnimals(Study study) {
        List<Animal> out = new ArrayList<>();
        for (Group g : study.groups()) {
            if (g.trains()) {
                study.animals().stream().filter(a -> a.group().equals(g.name()))
                        .sorted(Comparator.comparing(Animal::id)).forEach(out::add);
            }
        }
        return out;
    }

    /** The cell of a planned session (null: none that day) and its counted record (null: none). */
    static HeatCell cellOf(PlannedSession planned, SessionRecord record) {
        if (planned == null) {
            return HeatCell.NO_SESSION;
        }
        int intervals = planned.prescription().intervals();
        if (record == null) {
            return new HeatCell(CellState.NOT_RECORDED, 0, intervals);
        }
        CellState state = switch (record.status()) {
            case COMPLETED -> CellState.COMPLETED;
            case PARTIAL -> CellState.PARTIAL;
            case MISSED -> CellState.MISSED;
            case EXCUSED -> CellState.EXCUSED;
        };
        return new HeatCell(state, record.intervalsCompleted(), intervals);
    }

    private static String key(String animal, LocalDate date) {
        return animal + '\u0000' + date;
    }
}
