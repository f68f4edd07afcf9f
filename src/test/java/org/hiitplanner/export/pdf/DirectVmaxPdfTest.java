package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.animal;
import static org.hiitplanner.export.pdf.PdfTestSupport.day;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** A Vmax entered directly as 35.475 is 35.48 on the sheets, and the speeds come from 35.48. */
class DirectVmaxPdfTest {
    private static final LocalDate MONDAY_WEEK_2 = LocalDate.of(2026, 11, 23);

    /** The demo study with R15's baseline entered as a Vmax of 35.475 m/min. */
    static Study r15Direct() {
        Study demo = DemoStudy.create();
        List<StepTestResult> results = new ArrayList<>();
        for (StepTestResult r : demo.stepTestResults()) {
            results.add(r.animalId().equals("R15") ? new StepTestResult("R15", r.date(),
                    new Measurement.DirectVmax(new BigDecimal("35.475")), r.operator(), true, "other lab") : r);
        }
        return demo.withStepTestResults(results);
    }

    @Test
    void theDaySheetShowsVmax35_48AndTheHighSpeed30_2() throws Exception {
        String text = String.join("\n", pages(r15Direct(), day(MONDAY_WEEK_2)));
        String r15 = PdfTestSupport.between(text, "R15", "R16");

        assertTrue(r15.contains("Vmax 35.48 m/min"), r15);
        // week 2 at 85 %: 35.48 × 0.85 = 30.158 → 30.2
        assertTrue(r15.contains("30.2"), r15);
        assertFalse(text.contains("35.475"), "never the unrounded value");
    }

    @Test
    void theAnimalSheetShowsTheTestAs35_48() throws Exception {
        String text = String.join("\n", pages(r15Direct(), animal("R15")));

        assertTrue(text.contains("35.48"), text);
        assertFalse(text.contains("35.475"), text);
    }
}
