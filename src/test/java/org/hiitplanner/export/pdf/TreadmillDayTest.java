package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;
import org.junit.jupiter.api.Test;

/**
 * Warnings a study rarely produces (a lone animal out of tolerance, sessions of different lengths in one heat) are
 * printed where the technician sees them: the plan's under the treadmill's heading, a heat's in its header.
 */
class TreadmillDayTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final String LENGTHS = "the animals' sessions differ in intervals or phase lengths; the belt follows "
            + "the longest session, so take each animal off after its own last phase";
    private static final String TOLERANCE = "R20 runs 29.5 m/min, 0.5 m/min from its own high speed of 30.0 "
            + "(tolerance ±0.1 m/min): the treadmill's speed steps or limits";

    @Test
    void theToleranceWarningIsUnderTheHeadingAndTheLengthWarningInItsHeat() throws IOException {
        Study demo = DemoStudy.create();
        HeatPlan plan = new StudyHeats(new HeatPlanner()).day(demo,
                new ScheduleEngine().schedule(demo, ScheduleQuery.day(MONDAY))).get(0);
        List<Heat> heats = new ArrayList<>(plan.heats());
        Heat second = heats.get(1);
        heats.set(1, new Heat(second.number(), second.start(), second.startSecond(), second.durationSeconds(),
                second.belt(), second.runners(), List.of(LENGTHS)));
        HeatPlan warned = new HeatPlan(plan.treadmill(), plan.belt(), plan.lanes(), plan.date(), plan.firstStart(),
                heats, plan.notPlanned(), plan.totalSeconds(), plan.fits(), plan.warnings(), plan.options())
                .withWarning(TOLERANCE);

        List<String> pages = render(demo, warned);
        String first = pages.get(0).replace('\n', ' ');
        assertTrue(first.contains("⚠ WARNING: " + TOLERANCE), first);
        String heat2 = pages.stream().filter(p -> p.contains("Heat 2 · 08:32–08:54")).findFirst().orElseThrow()
                .replace('\n', ' ');
        assertTrue(heat2.contains("⚠ " + LENGTHS), heat2);
        assertEquals(1, count(String.join(" ", pages).replace('\n', ' '), "sessions differ in intervals"));
    }

    /** One treadmill's part of a day sheet, written alone, as text per page. */
    private static List<String> render(Study study, HeatPlan plan) throws IOException {
        PdfRequest request = PdfTestSupport.day(MONDAY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PageWriter writer = new PageWriter(document, Fonts.load(document, FontFiles.load()), PDRectangle.A4);
            SheetContext ctx = new SheetContext(study, request, new ScheduleEngine(),
                    new StudyHeats(new HeatPlanner()), writer, Progress.NONE, BlindCodes.of(study.info().title(),
                    study.animals().stream().map(Animal::id).toList()));
            writer.newPage();
            new TreadmillDay(ctx, plan, study.treadmills().get(0)).write(0, plan.animalCount());
            writer.finish(PageFrame.of(study.info().title(), "Day run sheet", request));
            document.save(out);
        }
        try (PDDocument doc = PdfTestSupport.load(out.toByteArray())) {
            return PdfTestSupport.pages(doc);
        }
    }
}
