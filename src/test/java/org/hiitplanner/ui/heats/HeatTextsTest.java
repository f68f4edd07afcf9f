package org.hiitplanner.ui.heats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** Singular and plural in the heats screen's texts: "1 heat", "2 heats", "1 animal", "1 lane". */
class HeatTextsTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-14T09:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = new Messages(Locale.ENGLISH);

    /** The demo study with only the first {@code n} of its 14 training rats (R15…) still in it on Monday. */
    private static Study demoWith(int n) {
        Study demo = DemoStudy.create();
        List<String> keep = List.of("R15", "R16", "R17", "R18").subList(0, n);
        Exclusion out = new Exclusion(LocalDate.of(2026, 11, 1), "not in this example");
        return demo.withAnimals(demo.animals().stream()
                .map(a -> keep.contains(a.id()) ? a : a.withExclusion(out)).toList());
    }

    private HeatsViewModel model(Study study) {
        return new HeatsViewModel(new StudyDocument(study, null), new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()),
                org.hiitplanner.app.TaskRunner.immediate(), SATURDAY, messages,
                () -> 42L);
    }

    @Test
    void oneAnimalIsOneHeatOfOneAnimal() {
        HeatsViewModel model = model(demoWith(1));

        HeatPlan plan = model.plans().get(0);
        String summary = HeatTexts.summary(plan, messages);
        assertTrue(summary.startsWith("1 heat, 08:00–08:22 (22 min) · "), summary);
        assertEquals("Monday 2026-11-16 · week 1, session 1 · 1 animal on 1 treadmill",
                model.dayStatusProperty().get());
    }

    @Test
    void fourAnimalsOnThreeLanesAreTwoHeats() {
        HeatsViewModel model = model(demoWith(4));

        // ceil(4 / 3) = 2 heats of 22 min with one changeover of 10 min = 54 min
        String summary = HeatTexts.summary(model.plans().get(0), messages);
        assertTrue(summary.startsWith("2 heats, 08:00–08:54 (54 min) · "), summary);
        assertTrue(model.dayStatusProperty().get().endsWith(" · 4 animals on 1 treadmill"),
                model.dayStatusProperty().get());
    }

    @Test
    void lanesAndAnimalsToMoveAreCountedInTheSingularToo() {
        assertEquals("1 lane, one belt", HeatTexts.belt(1, BeltType.SINGLE_BELT, messages));
        assertEquals("3 lanes, one belt", HeatTexts.belt(3, BeltType.SINGLE_BELT, messages));
        assertEquals("1 independent lane", HeatTexts.belt(1, BeltType.INDEPENDENT_LANES, messages));
        assertEquals("5 independent lanes", HeatTexts.belt(5, BeltType.INDEPENDENT_LANES, messages));
        assertEquals("Remove treadmill B? 1 animal runs on it; it moves to the first treadmill, Exer-3 rat.",
                messages.get("heats.remove.confirm", "B", 1, "Exer-3 rat"));
        assertEquals("Remove treadmill B? 3 animals run on it; they move to the first treadmill, Exer-3 rat.",
                messages.get("heats.remove.confirm", "B", 3, "Exer-3 rat"));
    }
}
