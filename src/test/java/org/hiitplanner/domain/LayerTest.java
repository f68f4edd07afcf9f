package org.hiitplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md §3, read from the sources: domain ↛ anything else of ours, javafx, Jackson, java.io;
 * app ↛ ui, cli, javafx, picocli; ui ↛ cli; cli ↛ ui; a screen package imports no other screen package; inside
 * the domain the leaves import neither the study nor planning, the study imports no planning, and the domain's
 * packages have no cycle.
 */
class LayerTest {
    static final Path MAIN = Path.of("src/main/java/org/hiitplanner");
    static final Pattern DOMAIN_FORBIDDEN = Pattern.compile(
            "\\b(javafx\\.[a-z]|com\\.fasterxml\\.|java\\.io\\.|java\\.awt\\.|org\\.hiitplanner\\.(app|storage|export|cli|ui)\\b)");
    static final Pattern APP_FORBIDDEN = Pattern.compile(
            "\\b(javafx\\.[a-z]|picocli\\.|org\\.hiitplanner\\.(cli|ui)\\b)");
    static final Pattern UI_FORBIDDEN = Pattern.compile("\\b(org\\.hiitplanner\\.cli\\b)");
    static final Pattern CLI_FORBIDDEN = Pattern.compile("\\b(org\\.hiitplanner\\.ui\\b)");
    static final Pattern OUR_PACKAGE = Pattern.compile("\\borg\\.hiitplanner\\.((?:[a-z]+\\.)*[a-z]+)\\.[A-Z]");
    static final Set<String> LEAVES = Set.of("protocol", "animal", "steptest", "treadmill", "calendar", "session",
            "audit");
    static final Set<String> PLANNING = Set.of("schedule", "heats", "adherence", "welfare");

    static List<String> violations(String fileName, String source, Pattern forbidden) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = code(lines[i]);
            Matcher m = forbidden.matcher(line);
            if (m.find()) {
                found.add(fileName + ":" + (i + 1) + ": " + m.group(1));
            }
        }
        return found;
    }

    static List<String> violations(String fileName, String source) {
        return violations(fileName, source, DOMAIN_FORBIDDEN);
    }

    private static String code(String line) {
        String l = line.strip();
        return l.startsWith("*") || l.startsWith("//") || l.startsWith("/*") ? "" : l;
    }

    /** The packages of ours a source names, relative to org.hiitplanner ("domain.study", "ui.common"). */
    static Set<String> referencedPackages(String source) {
        Set<String> out = new TreeSet<>();
        for (String line : source.split("\n", -1)) {
            Matcher m = OUR_PACKAGE.matcher(code(line));
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void theCheckCatchesImportsAndQualifiedNames() {
        assertEquals(List.of("X.java:2: javafx.s", "X.java:3: java.io.", "X.java:4: org.hiitplanner.storage",
                        "X.java:5: com.fasterxml.", "X.java:6: org.hiitplanner.app"),
                violations("X.java", "package a;\nimport javafx.scene.Node;\nimport java.io.File;\n"
                        + "class X { org.hiitplanner.storage.StudyStore s;\n com.fasterxml.jackson.Foo f;\n"
                        + "org.hiitplanner.app.StudyService x; }\n// java.io.File in a comment is fine\n"));
        assertEquals(List.of(), violations("Y.java", "import java.nio.file.Path;\nimport java.math.BigDecimal;\n"));
        assertEquals(List.of("A.java:1: picocli."), violations("A.java", "import picocli.CommandLine;\n",
                APP_FORBIDDEN));
        assertEquals(Set.of("domain.study", "ui.today"), referencedPackages(
                "import org.hiitplanner.domain.study.Study;\nimport org.hiitplanner.ui.today.TodayView;\n"
                        + "// org.hiitplanner.cli.Cli in a comment\n"));
        assertEquals(List.of(List.of("a", "b", "a")), cycles(Map.of("a", Set.of("b"), "b", Set.of("a"))));
    }

    @Test
    void domainImportsNoOtherLayer() throws IOException {
        assertEquals(List.of(), layerViolations("domain", DOMAIN_FORBIDDEN));
    }

    @Test
    void appImportsNoWindowNoCommandLine() throws IOException {
        assertEquals(List.of(), layerViolations("app", APP_FORBIDDEN));
    }

    @Test
    void windowAndCommandLineDoNotImportEachOther() throws IOException {
        assertEquals(List.of(), layerViolations("ui", UI_FORBIDDEN));
        assertEquals(List.of(), layerViolations("cli", CLI_FORBIDDEN));
    }

    @Test
    void aScreenImportsNoOtherScreen() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : packageGraph("ui").entrySet()) {
            for (String used : e.getValue()) {
                if (used.startsWith("ui.") && !used.equals(e.getKey()) && !used.equals("ui.common")) {
                    found.add(e.getKey() + " → " + used);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void domainLeavesAndStudyDoNotReachUp() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : packageGraph("domain").entrySet()) {
            String from = e.getKey().replaceFirst("^domain\\.?", "");
            for (String used : e.getValue()) {
                String to = used.replaceFirst("^domain\\.?", "");
                boolean leafUp = (LEAVES.contains(from) || from.isEmpty())
                        && (to.equals("study") || PLANNING.contains(to));
                boolean studyUp = from.equals("study") && PLANNING.contains(to);
                if (!from.equals(to) && (leafUp || studyUp)) {
                    found.add(e.getKey() + " → " + used);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void domainPackagesHaveNoCycle() throws IOException {
        assertEquals(List.of(), cycles(packageGraph("domain")));
    }

    private static List<String> layerViolations(String layer, Pattern forbidden) throws IOException {
        Path root = MAIN.resolve(layer);
        assertTrue(Files.isDirectory(root), "run from the project root");
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                found.addAll(violations(root.relativize(p).toString(), Files.readString(p), forbidden));
            }
        }
        assertTrue(files > 0, "expected sources in " + root);
        return found;
    }

    /** Package → the packages of ours its sources name, for every package under {@code layer}. */
    private static Map<String, Set<String>> packageGraph(String layer) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(MAIN.resolve(layer))) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(p.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                referencedPackages(Files.readString(p)).stream().filter(u -> u.startsWith(layer))
                        .filter(u -> !u.equals(pkg)).forEach(uses::add);
            }
        }
        return graph;
    }

    /** Each cycle found by a depth-first walk, as the path that closes it. */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(graph.keySet())) {
            walk(start, graph, new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void walk(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done,
                             List<List<String>> found) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            found.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            walk(next, graph, path, done, found);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }
}
