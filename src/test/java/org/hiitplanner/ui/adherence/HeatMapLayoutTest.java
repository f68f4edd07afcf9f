package org.hiitplanner.ui.adherence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.adherence.AdherenceCalculator;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.adherence.HeatMapLayout.Hit;
import org.junit.jupiter.api.Test;

/** Where the cells of the heat map are, and which cell is under the mouse. */
class HeatMapLayoutTest {
    private static final LocalDate FRIDAY_WEEK_2 = LocalDate.of(2026, 11, 27);

    private static HeatMapData sample() {
        Study s = AdherenceSamples.twoWeeks();
        return HeatMapData.of(s, new ScheduleEngine().schedule(s),
                AdherenceCalculator.countedRecords(s.sessionRecords(), FRIDAY_WEEK_2), FRIDAY_WEEK_2);
    }

    @Test
    void groupsHaveAHeadingLineAndAnimalsOneLineEach() {
        HeatMapLayout layout = new HeatMapLayout(sample());
        // HIIT heading, R15–R21, T2D+HIIT heading, R22–R28
        assertEquals(2 + 14, layout.lines().size());
        assertEquals("HIIT", layout.lines().get(0).group());
        assertEquals(-1, layout.lines().get(0).row());
        assertEquals(22.0, layout.lines().get(1).y());
        // 22 + 7 × 19 = 155 for the second heading, 177 for R22
        assertEquals(155.0, layout.lines().get(8).y());
        assertEquals(177.0, layout.lines().get(9).y());
        assertEquals(7, layout.lines().get(9).row());
        assertEquals(2 * 22 + 14 * 19.0, layout.contentHeight());
        assertEquals(10 * 19.0, layout.contentWidth());
    }

    @Test
    void aPointHitsTheCellItIsInAndNothingInTheGaps() {
        HeatMapLayout layout = new HeatMapLayout(sample());
        // column 2 starts at 2 × 19 + 1.5 = 39.5; R17 (row 2) at 22 + 2 × 19 + 1.5 = 61.5
        assertEquals(39.5, layout.columnX(2));
        assertEquals(61.5, layout.rowY(2));
        assertEquals(Optional.of(new Hit(2, 2)), layout.hit(40, 62));
        assertEquals(Optional.of(new Hit(2, 2)), layout.hit(55, 77));
        assertEquals(Optional.empty(), layout.hit(56, 62), "gap between columns");
        assertEquals(Optional.empty(), layout.hit(40, 10), "group heading");
        assertEquals(Optional.empty(), layout.hit(10 * 19 + 1, 62), "right of the last session");
        // R17 missed session 3 (made up in AdherenceSamples)
        assertEquals(CellState.MISSED, layout.data().cell(2, 2).state());
    }

    @Test
    void aHundredAnimalsByFortySessionsAreLaidOut() {
        Study demo = AdherenceSamples.twoWeeks();
        List<Animal> animals = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            animals.add(Animal.of(String.format("A%03d", i), i % 2 == 0 ? "HIIT" : "T2D+HIIT", Sex.MALE));
        }
        Study big = demo.withAnimals(animals).withSessionRecords(List.of());
        LocalDate end = big.endDate();
        HeatMapData data = HeatMapData.of(big, new ScheduleEngine().schedule(big), List.of(), end);
        HeatMapLayout layout = new HeatMapLayout(data);
        assertEquals(100, data.rows().size());
        assertEquals(40, data.columns().size());
        assertEquals(CellState.NOT_RECORDED, data.cell(99, 39).state());
        assertEquals(2 * 22 + 100 * 19.0, layout.contentHeight());
        assertEquals(40 * 19.0, layout.contentWidth());
        // the last cell: column 39 starts at 39 × 19 + 1.5, the last row below both group headings
        assertEquals(742.5, layout.columnX(39));
        assertEquals(Optional.of(new Hit(99, 39)), layout.hit(layout.columnX(39) + 1, layout.rowY(99) + 1));
        // how long it takes is measured by the benchmarks, not asserted here
    }
}
