package org.hiitplanner.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.storage.StudyFileException;
import org.hiitplanner.storage.StudyStore;

/**
 * Kill trials of the atomic save (not a unit test; run by {@code scripts/kill-save-trials.sh}). Each trial starts a
 * child JVM that saves a 10 000-animal study over and over, alternating two versions, and kills it with SIGKILL at a
 * random moment of a save. Then: the study file opens and is byte for byte one of the two versions, the
 * {@code .bak} opens too when there is one and is one of them, and after {@link StudyStore#removeLeftovers} no
 * temporary file of the writer is left. Arguments: {@code [trials] [seed] [folder]}.
 */
public final class SaveKillTrials {
    private static final int ANIMALS = 10_000;

    private SaveKillTrials() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(Path.of(args[1]));
            return;
        }
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Path root = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("kill-save");
        run(trials, seed, root);
    }

    /** Saves version 1 and 2 alternately for ever, saying "saving" before each save. */
    private static void child(Path file) throws StudyFileException {
        StudyStore store = new StudyStore();
        Study[] versions = {SampleStudies.large(ANIMALS, 1), SampleStudies.large(ANIMALS, 2)};
        store.save(versions[0], file); // warms up Jackson before the first announced save
        for (int i = 1; ; i++) {
            System.out.println("saving");
            System.out.flush();
            store.save(versions[i % 2], file);
        }
    }

    private static void run(int trials, long seed, Path root) throws Exception {
        StudyStore store = new StudyStore();
        byte[][] versions = {bytes(store, 1), bytes(store, 2)};
        Random random = new Random(seed);
        int[] counts = new int[6]; // study v1, v2, bak present, bak ok, leftovers removed, failures
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < trials; t++) {
            Path folder = Files.createDirectories(root.resolve("trial-" + t));
            Path file = folder.resolve("study.hiit.json");
            killDuringSaves(file, 1 + random.nextInt(3), random.nextInt(1500));
            String problem = check(store, file, versions, counts);
            if (problem != null) {
                failures.add("trial " + t + ": " + problem);
                counts[5]++;
            } else {
                deleteFolder(folder);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d trials in %.0f s (seed %d, %d animals, file %d KiB)%n", trials, seconds, seed, ANIMALS,
                versions[0].length / 1024);
        System.out.printf("study opened as version 1: %d, as version 2: %d; .bak present: %d, .bak opened: %d;"
                + " temporary files removed by removeLeftovers: %d; failures: %d%n", counts[0], counts[1], counts[2],
                counts[3], counts[4], counts[5]);
        failures.forEach(System.out::println);
        if (!failures.isEmpty()) {
            System.exit(1);
        }
    }

    private static byte[] bytes(StudyStore store, long version) {
        return store.toJson(SampleStudies.large(ANIMALS, version)).getBytes(StandardCharsets.UTF_8);
    }

    /** Starts a child that saves over and over; after {@code saves} announced saves and {@code ms} more, SIGKILL. */
    private static void killDuringSaves(Path file, int saves, int ms) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(javaCommand(), "-cp", classPath(), SaveKillTrials.class.getName(), "child",
                file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while (seen < saves && (line = out.readLine()) != null) {
                seen += line.equals("saving") ? 1 : 0;
            }
            Thread.sleep(ms);
            child.destroyForcibly(); // SIGKILL on Linux and macOS
            child.waitFor();
        }
    }

    /** Null when the trial is as it should be, else what is wrong. */
    private static String check(StudyStore store, Path file, byte[][] versions, int[] counts) throws IOException {
        String study = opensAsAVersion(store, file, versions);
        if (study.startsWith("version")) {
            counts[study.endsWith("1") ? 0 : 1]++;
        } else {
            return "study: " + study;
        }
        Path bak = file.resolveSibling(file.getFileName() + ".bak");
        if (Files.exists(bak)) {
            counts[2]++;
            String b = opensAsAVersion(store, bak, versions);
            if (!b.startsWith("version")) {
                return ".bak: " + b;
            }
            counts[3]++;
        }
        counts[4] += store.removeLeftovers(file);
        try (Stream<Path> left = Files.list(file.getParent())) {
            List<String> names = left.map(p -> p.getFileName().toString()).sorted().toList();
            List<String> allowed = List.of("study.hiit.json", "study.hiit.json.bak");
            if (!allowed.containsAll(names)) {
                return "files left: " + names;
            }
        }
        return null;
    }

    private static String opensAsAVersion(StudyStore store, Path file, byte[][] versions) throws IOException {
        try {
            store.load(file);
        } catch (StudyFileException e) {
            return "does not open: " + e.getMessage();
        }
        byte[] content = Files.readAllBytes(file);
        for (int v = 0; v < versions.length; v++) {
            if (Arrays.equals(content, versions[v])) {
                return "version " + (v + 1);
            }
        }
        return "opens, but is neither version (" + content.length + " bytes)";
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** This JVM's class path; under exec:java the classes come from a URLClassLoader, not java.class.path. */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        ClassLoader loader = SaveKillTrials.class.getClassLoader();
        if (loader instanceof URLClassLoader urls) {
            for (URL url : urls.getURLs()) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException e) {
                    entries.add(url.getPath());
                }
            }
        }
        return entries.isEmpty() ? System.getProperty("java.class.path") : String.join(File.pathSeparator, entries);
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}
