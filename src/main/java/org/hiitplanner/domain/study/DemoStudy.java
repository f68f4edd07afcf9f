package org.hiitplanner.domain.study;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The demo study: the design of Khoramipour et al., Sci Rep 2025 — 28 male Wistar rats in four groups of seven
 * (CON, T2D, HIIT, T2D+HIIT; the two HIIT groups train), the default template (an assumption to verify against
 * the paper's Methods), Monday to Friday, a baseline step test for every animal, one 3-lane rat treadmill.
 * The results are made up but reproducible: the same start date always gives the same study.
 */
public final class DemoStudy {
    /** The start date of the bundled demo file, a Monday. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 11, 16);
    private static final String[] GROUPS = {"CON", "T2D", "HIIT", "T2D+HIIT"};
    private static final int PER_GROUP = 7;

    private DemoStudy() {
    }

    public static Study create() {
        return create(DEFAULT_START);
    }

    public static Study create(LocalDate start) {
        Protocol protocol = Protocol.defaultTemplate();
        StepTestProtocol stepTest = StepTestProtocol.defaults(start, protocol.weekCount());
        List<Group> groups = List.of(new Group("CON", false, true), new Group("T2D", false, true),
                new Group("HIIT", true, true), new Group("T2D+HIIT", true, true));
        List<Animal> animals = new ArrayList<>();
        List<StepTestResult> results = new ArrayList<>();
        Random random = new Random(2025);
        LocalDate baseline = stepTest.plannedDays().get(0);
        for (int g = 0; g < GROUPS.length; g++) {
            boolean diabetic = GROUPS[g].startsWith("T2D");
            for (int i = 1; i <= PER_GROUP; i++) {
                String id = String.format("R%02d", g * PER_GROUP + i);
                animals.add(new Animal(id, GROUPS[g], Sex.MALE, start.minusWeeks(10 + random.nextInt(3)), null, ""));
                // healthy rats 29–40 m/min, diabetic rats 25–33 m/min (E = 1260–1920 s or 1020–1500 s)
                int total = diabetic ? 1020 + random.nextInt(481) : 1260 + random.nextInt(661);
                results.addAll(baselineTests(id, baseline, total, g * PER_GROUP + i, stepTest.stageSeconds()));
            }
        }
        Treadmill treadmill = new Treadmill("Exer-3 rat", 3, BeltType.SINGLE_BELT, BigDecimal.ZERO,
                new BigDecimal("100.0"), new BigDecimal("0.1"));
        return new Study(new StudyInfo("HIIT in type 2 diabetic rats (demo)", "Rat", "Wistar", Sex.MALE,
                "Demo Investigator"), start, groups, animals, protocol, List.of(), stepTest, List.of(), results,
                List.of(treadmill), TrainingCalendar.mondayToFriday(), StudySettings.defaults(), List.of(), List.of(),
                org.hiitplanner.domain.audit.AuditLog.empty());
    }

    /**
     * The demo in progress on {@code today} (in its week 3), with what happened before today: the week-2 step
     * tests and the session records, to be entered in date order (see {@link DemoInProgress}).
     */
    public static DemoInProgress inProgress(LocalDate today) {
        return DemoInProgress.of(today);
    }

    /** Mostly total times; every fifth animal entered as stages + seconds; R09 refused once and was re-tested. */
    private static List<StepTestResult> baselineTests(String id, LocalDate day, int total, int n, int stage) {
        Measurement m = n % 5 == 0 ? new Measurement.Stages(total / stage, total % stage)
                : new Measurement.TotalTime(total);
        if (n == 9) {
            return List.of(new StepTestResult(id, day, new Measurement.TotalTime(95), "Demo Technician", false,
                            "Refused to run; re-tested the next day"),
                    new StepTestResult(id, day.plusDays(1), m, "Demo Technician", true, ""));
        }
        return List.of(new StepTestResult(id, day, m, "Demo Technician", true, ""));
    }
}
