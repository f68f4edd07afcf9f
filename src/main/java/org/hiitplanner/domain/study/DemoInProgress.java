package org.hiitplanner.domain.study;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;

/**
 * The demo study in progress on {@code today}: it started on the Monday two weeks before the week of today, so
 * today lies in week 3. What happened before today, made up but reproducible (the same today gives the same
 * demo): the baseline step tests of {@link DemoStudy}, the week-2 step test of every animal on its planned day,
 * and a record of every training session before today. Most sessions were completed; R23 ran three partial
 * sessions in a row in week 2, R16 one partial in week 1, R25 missed a session, R20's was excused, and R17 got 25
 * stimuli on Tuesday of week 2 (against the limit of 20: a welfare event). The trained rats are weighed on
 * Mondays. Each record is entered at 11:30 UTC on its day; the week-2 tests at 12:00 UTC on theirs.
 *
 * @param base      the demo study on its start date, without records and without the week-2 tests
 * @param today     the day the demo is opened
 * @param week2     the week-2 step-test results (dated on the planned day after week 2)
 * @param records   the session records before today, in date then animal order
 */
public record DemoInProgress(Study base, LocalDate today, List<StepTestResult> week2, List<SessionRecord> records) {
    /** Who ran the sessions and tests of the demo. */
    public static final String OPERATOR = "Demo Technician";
    /** The stimuli of the demo's welfare event. */
    public static final int WELFARE_STIMULI = 25;

    public DemoInProgress {
        Checks.required(base, "demo study");
        Checks.required(today, "today");
        week2 = List.copyOf(week2);
        records = List.copyOf(records);
    }

    /** The first training day of a demo that is in its week 3 on {@code today}. */
    public static LocalDate startFor(LocalDate today) {
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(2);
    }

    /** When a session record of {@code day} is entered. */
    public static Instant recordedAt(LocalDate day) {
        return day.atTime(11, 30).toInstant(ZoneOffset.UTC);
    }

    /** When the step tests of {@code day} are entered. */
    public static Instant testedAt(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    static DemoInProgress of(LocalDate today) {
        LocalDate start = startFor(Checks.required(today, "today"));
        Study base = DemoStudy.create(start);
        return new DemoInProgress(base, today, week2Tests(base), records(base, today));
    }

    /** Every animal re-tested on the planned day after week 2: trained rats 60–180 s longer, controls −30…+40 s. */
    private static List<StepTestResult> week2Tests(Study base) {
        LocalDate day = base.stepTestProtocol().plannedDays().get(1);
        Random random = new Random(2026);
        List<StepTestResult> out = new ArrayList<>();
        for (Animal a : base.animals()) {
            boolean trains = base.group(a.group()).map(Group::trains).orElse(false);
            int change = trains ? 60 + random.nextInt(121) : -30 + random.nextInt(71);
            out.add(new StepTestResult(a.id(), day, new Measurement.TotalTime(baselineSeconds(base, a.id()) + change),
                    OPERATOR, true, ""));
        }
        return out;
    }

    private static int baselineSeconds(Study base, String id) {
        int stage = base.stepTestProtocol().stageSeconds();
        StepTestResult r = base.stepTestResults().stream().filter(t -> t.animalId().equals(id) && t.valid())
                .reduce((x, y) -> y).orElseThrow();
        if (r.measurement() instanceof Measurement.TotalTime t) {
            return t.seconds();
        }
        Measurement.Stages s = (Measurement.Stages) r.measurement();
        return s.completed() * stage + s.seconds();
    }

    /** One record per trained animal and training day before today. */
    private static List<SessionRecord> records(Study base, LocalDate today) {
        List<Animal> trained = base.animals().stream()
                .filter(a -> base.group(a.group()).map(Group::trains).orElse(false)).toList();
        Random random = new Random(17);
        BigDecimal[] weight = new BigDecimal[trained.size()];
        for (int i = 0; i < trained.size(); i++) {
            weight[i] = BigDecimal.valueOf(300 + random.nextInt(60));
        }
        List<SessionRecord> out = new ArrayList<>();
        for (SessionDay day : base.calendar().sessionDays(base.startDate(), base.protocol().weekCount())) {
            if (!day.date().isBefore(today)) {
                break;
            }
            int planned = base.protocolOn(day.date()).week(day.week()).intervals();
            boolean weighDay = day.date().getDayOfWeek() == DayOfWeek.MONDAY;
            for (int i = 0; i < trained.size(); i++) {
                if (weighDay && day.number() > 1) {
                    weight[i] = weight[i].add(BigDecimal.valueOf(4 + random.nextInt(9)));
                }
                int offset = (int) java.time.temporal.ChronoUnit.DAYS.between(base.startDate(), day.date());
                out.add(record(trained.get(i).id(), day, offset, planned, weighDay ? weight[i] : null, random));
            }
        }
        return out;
    }

    /** The record of one animal on one day: the scripted events of the demo, otherwise completed. */
    private static SessionRecord record(String id, SessionDay day, int offset, int planned, BigDecimal grams,
                                        Random random) {
        int stimuli = random.nextInt(6);
        int grid = stimuli * (2 + random.nextInt(4));
        Instant at = recordedAt(day.date());
        String key = id + "@" + offset;
        return switch (key) {
            case "R16@2", "R23@7", "R23@8", "R23@9" -> new SessionRecord(id, day.date(), day.number(),
                    SessionStatus.PARTIAL, planned - 1 - (offset == 8 ? 1 : 0), stimuli + 4, grid + 20, grams,
                    "Stopped early: would not keep pace", "", OPERATOR, at);
            case "R17@8" -> new SessionRecord(id, day.date(), day.number(), SessionStatus.PARTIAL, planned - 2,
                    WELFARE_STIMULI, 140, grams, "Sat on the grid repeatedly; vet informed", "", OPERATOR, at);
            case "R25@3" -> new SessionRecord(id, day.date(), day.number(), SessionStatus.MISSED, 0, 0, 0, grams,
                    "Refused to enter the lane", "", OPERATOR, at);
            case "R20@9" -> new SessionRecord(id, day.date(), day.number(), SessionStatus.EXCUSED, 0, 0, 0, grams,
                    "", "Blood sampling for the glucose tolerance test", OPERATOR, at);
            default -> new SessionRecord(id, day.date(), day.number(), SessionStatus.COMPLETED, planned, stimuli,
                    grid, grams, "", "", OPERATOR, at);
        };
    }
}
