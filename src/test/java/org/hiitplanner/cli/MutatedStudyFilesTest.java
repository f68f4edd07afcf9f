package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.storage.Migrations;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1 000 seeded, randomly damaged copies of a study with records, welfare events, a clearance and an audit trail,
 * each through {@code validate}: exit 0 or 1, never a stack trace or a Java class name, a refusal names the file
 * and the place, and the file is left byte for byte as it was, with nothing written beside it.
 */
class MutatedStudyFilesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:30:00Z"), ZoneOffset.UTC);
    private static final int TRIALS = 1000;
    private static final long SEED = 20261116L;

    private final Cli cli = new Cli(new StudyStore(Migrations.standard(), CLOCK), new ScheduleEngine(),
            new StudyValidator(), CLOCK);

    @TempDir
    Path dir;

    @Test
    void aThousandDamagedFilesGiveAMessageNamingTheFileAndThePlaceAndStayUntouched() throws IOException {
        String original = Files.readString(recordedStudy());
        Path folder = Files.createDirectory(dir.resolve("trials"));
        Path file = folder.resolve("study.hiit.json");
        Random random = new Random(SEED);
        StudyMutations mutations = new StudyMutations();
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < TRIALS; i++) {
            byte[] bytes = damaged(mutations.mutate(original, random), random);
            Files.write(file, bytes);
            CliRun r = CliRun.run(cli, "validate", file.toString());
            problem(r, file).ifPresent(p -> failures.add(p + "\n" + r));
            if (!Arrays.equals(bytes, Files.readAllBytes(file))) {
                failures.add("the file was changed\n" + r);
            }
            try (Stream<Path> inFolder = Files.list(folder)) {
                List<Path> all = inFolder.toList();
                if (!all.equals(List.of(file))) {
                    failures.add("files beside the study: " + all + "\n" + r);
                }
            }
            refused += r.exit() == 1 ? 1 : 0;
        }
        assertEquals(List.of(), failures.stream().limit(12).toList(), failures.size() + " of " + TRIALS + " failed");
        // most damage is found: a worked figure for this seed, so that a change that finds less shows
        assertTrue(refused > 800, refused + " of " + TRIALS + " refused");
    }

    /** Some trials also get a byte that is not UTF-8. */
    private static byte[] damaged(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(25) != 0 || bytes.length == 0) {
            return bytes;
        }
        int at = random.nextInt(bytes.length);
        bytes[at] = (byte) 0xC3;
        return bytes;
    }

    private static java.util.Optional<String> problem(CliRun r, Path file) {
        String all = r.out() + r.err();
        if (r.exit() != 0 && r.exit() != 1) {
            return java.util.Optional.of("exit " + r.exit());
        }
        if (all.contains("\tat ") || all.contains("Exception") || all.contains("java.") || all.contains("Error:")
                || all.contains("unexpected error")) {
            return java.util.Optional.of("a stack trace or a Java name");
        }
        if (r.exit() == 1 && !all.contains(file.getFileName().toString())) {
            return java.util.Optional.of("the file is not named");
        }
        if (r.exit() == 1 && !namesAPlace(all)) {
            return java.util.Optional.of("no place named");
        }
        return java.util.Optional.empty();
    }

    private static boolean namesAPlace(String output) {
        return output.contains("$") || output.matches("(?s).*line \\d+, column \\d+.*") || output.contains("empty");
    }

    /** The demo with three records (one weight-loss and one stimulus event) and a PI's clearance, by the CLI. */
    private Path recordedStudy() {
        Path study = dir.resolve("demo.hiit.json");
        CliRun.run(cli, "demo", "--out", study.toString()).assertSuccess();
        String s = study.toString();
        CliRun.run(cli, "record", s, "--animal", "R15", "--date", "2026-11-16", "--completed", "--weight", "350",
                "--operator", "T. Tech").assertSuccess();
        CliRun.run(cli, "record", s, "--animal", "R15", "--date", "2026-11-23", "--completed", "--weight", "280",
                "--operator", "T. Tech").assertSuccess();
        CliRun.run(cli, "record", s, "--animal", "R16", "--date", "2026-11-24", "--status", "partial", "--intervals", "2",
                "--stimuli", "25", "--notes", "stopped; \"tired\"", "--operator", "T. Tech").assertSuccess();
        CliRun.run(cli, "welfare", s, "--clear", "R15", "--by", "Dr. PI", "--reason", "vet: stable")
                .assertSuccess();
        CliRun.run(cli, "validate", s).assertSuccess();
        return study;
    }
}
