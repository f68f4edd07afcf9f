package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.treadmill.Tolerance;
import java.time.LocalTime;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.RunOrder;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeatsCommandTest {
    static final List<String> HEADER = List.of("treadmill", "date", "heat", "start", "end", "lane", "animal", "group",
            "high_speed", "run_high_speed", "high_deviation", "warmup_speed", "run_warmup_speed", "warmup_deviation",
            "low_speed", "run_low_speed", "low_deviation", "cooldown_speed", "run_cooldown_speed",
            "cooldown_deviation", "total_s", "note");
    /** The demo's first day: 14 trained rats, week 1 (4 intervals: 300 + 4 × 180 + 300 s = 22 min). */
    static final String MONDAY = "2026-11-16";

    @TempDir
    Path dir;
    private Path demo;

    @BeforeEach
    void writeDemo() {
        demo = StudyFilesForTests.demo(dir);
    }

    private CliRun heats(Path study, String... options) {
        List<String> args = new ArrayList<>(List.of("heats", study.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(HEADER, p.getHeaderNames());
            return p.getRecords();
        }
    }

    private HeatPlan domainPlan(HeatOptions options) throws Exception {
        Study s = new StudyStore().load(demo);
        return new HeatPlanner().plan(new ScheduleEngine().schedule(s, ScheduleQuery.day(LocalDate.parse(MONDAY))),
                s.treadmills().get(0), options);
    }

    @Test
    void textListsFiveHeatsOfTheFourteenDemoRatsWithStartLaneAndSpeeds() throws Exception {
        CliRun r = heats(demo, "--date", MONDAY).assertSuccess();
        assertEquals("", r.err());
        // ceil(14 / 3) = 5 heats of 22 min with 10-minute changeovers: 5 × 22 + 4 × 10 = 150 min
        assertTrue(r.out().startsWith("Heats on Monday 2026-11-16 (session 1, week 1)\n"
                + "Tolerance ±5 % of each animal's high speed; order counterbalanced\n\n"
                + "Exer-3 rat: 3 lanes, one belt; changeover 10 min.\n5 heats, 08:00-10:30 (150 min)."), r::toString);
        assertTrue(r.out().contains("\nHeat 2  08:32-08:54  belt m/min: warm-up "), r::toString);
        HeatPlan plan = domainPlan(HeatOptions.defaults());
        List<String> animalLines = r.out().lines().filter(l -> l.matches("\\s+\\d\\s+R\\d\\d\\s.*")).toList();
        assertEquals(14, animalLines.size());
        for (Heat heat : plan.heats()) {
            assertTrue(r.out().contains("Heat " + heat.number() + "  " + heat.start() + "-" + heat.end()
                    + "  belt m/min: warm-up " + heat.belt().warmUp() + ", high " + heat.belt().high()), r::toString);
            for (HeatRunner runner : heat.runners()) {
                String sign = runner.deviation().high().signum() > 0 ? "+" : "";
                assertTrue(animalLines.stream().anyMatch(l -> l.strip().replaceAll("\\s+", " ").equals(
                        runner.lane() + " " + runner.animalId() + " " + runner.session().group() + " "
                                + runner.own().high() + " " + runner.run().high() + " " + sign
                                + runner.deviation().high())), runner.animalId() + "\n" + r.out());
            }
        }
    }

    @Test
    void csvHasOneRowPerAnimalWithOwnRunAndDeviation() throws Exception {
        CliRun r = heats(demo, "--date", MONDAY, "--format", "csv").assertSuccess();
        List<CSVRecord> rows = csv(r.out());
        assertEquals(14, rows.size());
        assertEquals(Set.of("1", "2", "3", "4", "5"), rows.stream().map(x -> x.get("heat")).collect(Collectors.toSet()));
        for (CSVRecord row : rows) {
            BigDecimal own = new BigDecimal(row.get("high_speed"));
            BigDecimal runs = new BigDecimal(row.get("run_high_speed"));
            assertEquals(runs.subtract(own), new BigDecimal(row.get("high_deviation")), row.toString());
            // 5 % of the animal's own high speed
            assertTrue(runs.subtract(own).abs().compareTo(own.multiply(new BigDecimal("0.05"))) <= 0, row.toString());
            assertTrue(Set.of("1", "2", "3").contains(row.get("lane")));
            assertEquals("1320", row.get("total_s"));
            assertEquals("", row.get("note"));
        }
        HeatPlan plan = domainPlan(HeatOptions.defaults());
        CSVRecord first = rows.get(0);
        HeatRunner runner = plan.heats().get(0).runners().get(0);
        assertEquals(List.of("Exer-3 rat", MONDAY, "1", "08:00", "08:22", Integer.toString(runner.lane()),
                runner.animalId()), first.toList().subList(0, 7));
    }

    @Test
    void jsonHasTheSameHeatsWithNumbersAsNumbers() throws Exception {
        CliRun r = heats(demo, "--date", MONDAY, "--format", "json", "--tolerance", "1.0").assertSuccess();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals(MONDAY, root.get("date").asText());
        assertEquals("m_per_min", root.get("tolerance").get("kind").asText());
        JsonNode belt = root.get("treadmills").get(0);
        assertEquals("Exer-3 rat", belt.get("treadmill").asText());
        HeatPlan plan = domainPlan(HeatOptions.defaults().withTolerance(Tolerance.absolute(new BigDecimal("1.0"))));
        assertEquals(plan.heatCount(), belt.get("heats").size());
        assertEquals(plan.totalSeconds(), belt.get("total_s").asInt());
        JsonNode heat = belt.get("heats").get(0);
        assertTrue(heat.get("belt").get("high").isNumber());
        assertEquals(plan.heats().get(0).belt().high(), heat.get("belt").get("high").decimalValue());
        int animals = 0;
        for (JsonNode h : belt.get("heats")) {
            for (JsonNode a : h.get("animals")) {
                animals++;
                assertTrue(a.get("deviation").get("high").decimalValue().abs().compareTo(BigDecimal.ONE) <= 0);
            }
        }
        assertEquals(14, animals);
    }

    @Test
    void theChangeoverWindowAndToleranceAreOptions() throws Exception {
        CliRun quick = heats(demo, "--date", MONDAY, "--changeover", "0").assertSuccess();
        // 5 × 22 min back to back
        assertTrue(quick.out().contains("5 heats, 08:00-09:50 (110 min)"), quick::toString);
        CliRun late = heats(demo, "--date", MONDAY, "--window", "09:00-10:00").assertSuccess();
        assertTrue(late.out().contains("one belt; changeover 10 min; day window 09:00-10:00.\n"), late::toString);
        assertTrue(late.out().contains("5 heats, 09:00-11:30 (150 min)"), late::toString);
        assertTrue(late.out().contains("Warning: the heats need 150 min from 09:00, past the end of the day window at "
                + "10:00 by 90 min"), late::toString);
        CliRun strict = heats(demo, "--date", MONDAY, "--tolerance", "0.5").assertSuccess();
        assertTrue(strict.out().contains("Tolerance ±0.5 m/min;"), strict::toString);
        HeatPlan plan = domainPlan(HeatOptions.defaults().withTolerance(Tolerance.absolute(new BigDecimal("0.5"))));
        assertTrue(plan.maxDeviation().compareTo(new BigDecimal("0.5")) <= 0);
        assertTrue(strict.out().contains(plan.heatCount() + " heats, 08:00-" + plan.end() + " ("
                + plan.totalSeconds() / 60 + " min). Largest deviation " + plan.maxDeviation() + " m/min."),
                strict::toString);
    }

    @Test
    void aRandomOrderIsReproducibleAndKeepsTheHeats() throws IOException {
        CliRun a = heats(demo, "--date", MONDAY, "--order", "random", "--seed", "7", "--format", "csv").assertSuccess();
        CliRun b = heats(demo, "--date", MONDAY, "--order", "random", "--seed", "7", "--format", "csv").assertSuccess();
        assertEquals(a.out(), b.out());
        CliRun other = heats(demo, "--date", MONDAY, "--order", "random", "--seed", "8", "--format", "csv")
                .assertSuccess();
        assertNotEquals(a.out(), other.out());
        CliRun counter = heats(demo, "--date", MONDAY, "--format", "csv").assertSuccess();
        assertEquals(groups(csv(counter.out())), groups(csv(a.out())));
        assertTrue(heats(demo, "--date", MONDAY, "--order", "random", "--seed", "7").out()
                .contains("order random (seed 7)"));
    }

    private static Set<Set<String>> groups(List<CSVRecord> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r.get("heat"),
                Collectors.mapping(r -> r.get("animal"), Collectors.toSet()))).values().stream()
                .collect(Collectors.toSet());
    }

    @Test
    void aDayWithoutSessionsSaysWhy() {
        CliRun saturday = heats(demo, "--date", "2026-11-21").assertSuccess();
        assertEquals("", saturday.out());
        assertEquals("hiit-planner: note: no sessions on 2026-11-21: Saturday is not a training day",
                saturday.err().strip());
        CliRun after = heats(demo, "--date", "2027-02-01").assertSuccess();
        assertEquals("hiit-planner: note: no sessions on 2027-02-01: the study runs from 2026-11-16 to 2027-01-10",
                after.err().strip());
        CliRun csv = heats(demo, "--date", "2026-11-21", "--format", "csv").assertSuccess();
        assertEquals(String.join(",", HEADER), csv.out().strip());
    }

    @Test
    void anUnknownTreadmillNamesTheOnesThereAre() {
        CliRun r = heats(demo, "--date", MONDAY, "--treadmill", "Exer-6").assertUserError();
        assertEquals("hiit-planner: no treadmill \"Exer-6\" in " + demo + "; its treadmills: Exer-3 rat",
                r.err().strip());
    }

    @Test
    void badOptionsAreUsageErrorsWithTheExpectedForm() {
        CliRun tol = heats(demo, "--date", MONDAY, "--tolerance", "5x").assertUsageError();
        assertTrue(tol.err().startsWith("hiit-planner heats: Invalid value for option '--tolerance': '5x' is not a "
                + "tolerance; expected a percent of each animal's high speed, e.g. 5%, or m/min, e.g. 1.0"), tol::toString);
        CliRun over = heats(demo, "--date", MONDAY, "--tolerance", "150%").assertUsageError();
        assertTrue(over.err().contains("a tolerance in percent must be between 0 and 100 (was 150)"), over::toString);
        CliRun change = heats(demo, "--date", MONDAY, "--changeover", "-3").assertUsageError();
        assertTrue(change.err().contains("--changeover must be between 0 and 1440 minutes (was -3)"), change::toString);
        CliRun window = heats(demo, "--date", MONDAY, "--window", "12:00-08:00").assertUsageError();
        assertTrue(window.err().contains("the day window must end after it starts (12:00–08:00)"), window::toString);
        heats(demo, "--date", MONDAY, "--window", "8-12").assertUsageError();
        heats(demo, "--date", MONDAY, "--format", "xml").assertUsageError();
        heats(demo).assertUsageError();
        heats(demo, "--date", "2026-11-31").assertUsageError();
    }

    @Test
    void animalsWithoutVmaxAreListedAndFormulaLikeIdsNeutralised() throws Exception {
        // "=cmd" has the 1365 s test (Vmax 30.75, week 2: 26.1 m/min); "+1" has no test
        Path file = StudyFilesForTests.save(SampleStudies.withIds("=cmd", "+1"), dir.resolve("evil.hiit.json"));
        CliRun r = heats(file, "--date", "2026-11-23", "--format", "csv").assertSuccess();
        List<CSVRecord> rows = csv(r.out());
        assertEquals(List.of("'=cmd", "'+1"), rows.stream().map(x -> x.get("animal")).toList());
        assertEquals("26.1", rows.get(0).get("high_speed"));
        assertEquals("0.0", rows.get(0).get("high_deviation"));
        assertEquals("", rows.get(1).get("heat"));
        assertEquals("", rows.get(1).get("high_speed"));
        assertTrue(rows.get(1).get("note").startsWith("no Vmax"), rows.get(1).toString());
        CliRun text = heats(file, "--date", "2026-11-23").assertSuccess();
        assertTrue(text.out().contains("Not planned: +1 (no Vmax: no valid step test on or before this day, so no "
                + "speeds)"), text::toString);
    }

    @Test
    void theStudysHeatSettingsAndTheTreadmillProfileAreTheDefaultsAndFlagsOverrideThem() throws Exception {
        Study demoStudy = new StudyStore().load(demo);
        Treadmill profile = demoStudy.treadmills().get(0).withChangeoverMinutes(15)
                .withWindow(new DayWindow(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        Study s = demoStudy.withTreadmills(List.of(profile)).withSettings(demoStudy.settings().withHeats(
                new HeatSettings(Tolerance.absolute(new BigDecimal("1.0")), RunOrder.SEEDED_RANDOM, 7L)));
        Path file = StudyFilesForTests.save(s, dir.resolve("settings.hiit.json"));

        CliRun stored = heats(file, "--date", MONDAY).assertSuccess();
        assertTrue(stored.out().contains("Tolerance ±1.0 m/min; order random (seed 7)\n"), stored::toString);
        assertTrue(stored.out().contains("one belt; changeover 15 min; day window 09:00-11:00.\n"), stored::toString);
        HeatPlan plan = new HeatPlanner().plan(new ScheduleEngine().schedule(s, ScheduleQuery.day(
                LocalDate.parse(MONDAY))), profile, HeatOptions.of(s.settings().heats(), profile));
        // the same heats in the same seeded order as the domain plans with the stored settings
        assertTrue(stored.out().contains(plan.heatCount() + " heats, 09:00-" + plan.end()), stored::toString);
        for (Heat heat : plan.heats()) {
            assertTrue(stored.out().contains("Heat " + heat.number() + "  " + heat.start() + "-" + heat.end()),
                    stored::toString);
        }

        CliRun flags = heats(file, "--date", MONDAY, "--tolerance", "5%", "--order", "counterbalanced",
                "--changeover", "10", "--window", "08:00-12:00").assertSuccess();
        assertTrue(flags.out().contains("Tolerance ±5 % of each animal's high speed; order counterbalanced\n"),
                flags::toString);
        // the demo's default day: 5 heats of 22 min, 10-minute changeovers
        assertTrue(flags.out().contains("day window 08:00-12:00.\n5 heats, 08:00-10:30 (150 min)."),
                flags::toString);
    }

    @Test
    void eachTreadmillGetsItsOwnHeats() throws Exception {
        Treadmill belt = new Treadmill("Exer-3", 3, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("100.0"),
                new BigDecimal("0.1"));
        Treadmill lanes = new Treadmill("Lanes-5", 5, BeltType.INDEPENDENT_LANES, BigDecimal.ZERO,
                new BigDecimal("100.0"), new BigDecimal("0.1"));
        Study large = SampleStudies.large(8, 3);
        List<Animal> animals = new ArrayList<>();
        for (Animal a : large.animals()) {
            boolean onLanes = animals.size() >= 2;
            animals.add(new Animal(a.id(), a.group(), a.sex(), null, null, onLanes ? "Lanes-5" : ""));
        }
        Path file = StudyFilesForTests.save(large.withTreadmills(List.of(belt, lanes)).withAnimals(animals),
                dir.resolve("two.hiit.json"));
        CliRun r = heats(file, "--date", "2026-11-16").assertSuccess();
        assertTrue(r.out().contains("\nExer-3: 3 lanes, one belt; changeover 10 min.\n"), r::toString);
        // 6 animals on 5 independent lanes: 2 heats
        assertTrue(r.out().contains("\nLanes-5: 5 lanes, independent lanes; changeover 10 min.\n2 heats, "),
                r::toString);
        assertTrue(r.out().contains("each lane at its animal's own speeds"), r::toString);
        CliRun only = heats(file, "--date", "2026-11-16", "--treadmill", "Lanes-5", "--format", "csv").assertSuccess();
        List<CSVRecord> rows = csv(only.out());
        assertEquals(6, rows.size());
        assertTrue(rows.stream().allMatch(x -> x.get("treadmill").equals("Lanes-5")
                && x.get("high_deviation").equals("0.0")));
    }
}
