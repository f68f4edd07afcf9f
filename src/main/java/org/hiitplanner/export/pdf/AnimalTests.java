package org.hiitplanner.export.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestVersions;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.export.pdf.Table.Align;
import org.hiitplanner.export.pdf.Table.Cell;
import org.hiitplanner.export.pdf.Table.Column;

/**
 * The small table of an animal's step tests on its sheet: every result (invalid ones marked), with the Vmax it
 * gives and the sessions it is in force for, and the planned test days still without a result.
 */
final class AnimalTests {
    private static final float BODY = 8.5f;
    private static final List<Column> COLUMNS = List.of(
            new Column("Date", 62, Align.LEFT), new Column("Day", 27, Align.LEFT),
            new Column("Measured", 78, Align.LEFT), new Column("Vmax m/min", 44, Align.RIGHT),
            new Column("Status", 58, Align.LEFT), new Column("In force for", 74, Align.LEFT),
            Column.text("Operator", 70), Column.text("Note", 110));

    private final SheetContext ctx;
    private final Animal animal;
    private final List<PlannedSession> sessions;
    private final StepTestVersions protocols;

    AnimalTests(SheetContext ctx, Animal animal, List<PlannedSession> sessions) {
        this.ctx = ctx;
        this.animal = animal;
        this.sessions = sessions;
        this.protocols = ctx.study().stepTestVersions();
    }

    void write() throws IOException {
        List<StepTestResult> results = ctx.study().stepTestResults().stream()
                .filter(r -> r.animalId().equals(animal.id()))
                .sorted(Comparator.comparing(StepTestResult::date)).toList();
        List<LocalDate> planned = plannedWithoutResult(results);
        if (results.isEmpty() && planned.isEmpty()) {
            ctx.paragraph("No step tests.", ctx.fonts().regular(10), 1);
            return;
        }
        Table table = new Table(ctx.writer(), COLUMNS, ctx.fonts().bold(8), animal.id() + " · step tests, continued");
        table.start(20);
        for (Row row : rows(results, planned)) {
            table.row(row.cells(), row.shade());
        }
    }

    private record Row(LocalDate date, List<Cell> cells, java.awt.Color shade) {
    }

    private List<Row> rows(List<StepTestResult> results, List<LocalDate> planned) {
        List<Row> rows = new ArrayList<>();
        for (StepTestResult r : results) {
            rows.add(resultRow(r));
        }
        for (LocalDate d : planned) {
            rows.add(plannedRow(d));
        }
        rows.sort(Comparator.comparing(Row::date));
        return rows;
    }

    private List<LocalDate> plannedWithoutResult(List<StepTestResult> results) {
        boolean tested = ctx.study().group(animal.group()).map(g -> g.tested()).orElse(false);
        if (!tested) {
            return List.of();
        }
        return protocols.first().plannedDays().stream()
                .filter(d -> results.stream().noneMatch(r -> r.date().equals(d)))
                .filter(animal::isActiveOn).toList();
    }

    private Row resultRow(StepTestResult r) {
        Fonts f = ctx.fonts();
        Style body = f.regular(BODY);
        Optional<BigDecimal> vmax = protocols.vmax(r);
        boolean usable = protocols.usableVmax(r).isPresent();
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(Formats.date(r.date()), body));
        cells.add(Cell.of(Formats.shortWeekday(r.date()), body));
        cells.add(Cell.of(measured(r.measurement()), body));
        cells.add(Cell.of(vmax.map(Formats::vmax).orElse(Formats.DASH), usable ? f.bold(BODY) : body));
        cells.add(Cell.of(status(r, vmax), usable ? body : f.bold(BODY, Style.ALERT)));
        cells.add(Cell.of(usable ? inForce(r.date(), vmax.get()) : "not used", body));
        cells.add(Cell.of(r.operator(), body));
        cells.add(Cell.of(r.note(), f.regular(7.5f)));
        return new Row(r.date(), cells, usable ? null : Table.ALERT_SHADE);
    }

    private Row plannedRow(LocalDate d) {
        Style body = ctx.fonts().regular(BODY, Style.GREY);
        List<Cell> cells = List.of(Cell.of(Formats.date(d), body), Cell.of(Formats.shortWeekday(d), body),
                Cell.of("", body), Cell.of(Formats.DASH, body), Cell.of("planned", body), Cell.of("", body),
                Cell.of("", body), Cell.of("", body));
        return new Row(d, cells, null);
    }

    private static String status(StepTestResult r, Optional<BigDecimal> vmax) {
        if (!r.valid()) {
            return "INVALID";
        }
        return vmax.isPresent() ? "valid" : "INVALID (failed stage 1)";
    }

    private String measured(Measurement m) {
        if (m instanceof Measurement.TotalTime t) {
            return "ran " + Formats.clock(t.seconds());
        }
        if (m instanceof Measurement.Stages s) {
            return s.completed() + " stages + " + s.seconds() + " s";
        }
        return "Vmax entered";
    }

    /** The sessions that use this test's Vmax, e.g. "sessions 1–10", or "no session". */
    private String inForce(LocalDate testDate, BigDecimal vmax) {
        List<PlannedSession> using = sessions.stream().filter(s -> s.vmaxInForce().isPresent()
                && s.vmax().testDate().equals(testDate) && s.vmax().vmax().compareTo(vmax) == 0).toList();
        if (using.isEmpty()) {
            return "no session";
        }
        return (using.size() == 1 ? "session " : "sessions ")
                + Formats.ranges(using.stream().map(PlannedSession::number).toList());
    }
}
