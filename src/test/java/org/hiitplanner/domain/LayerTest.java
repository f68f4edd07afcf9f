package org.hiitplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The domain is pure: no JavaFX, no Jackson, no java.io, no other layer of the program. */
class LayerTest {
    static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(javafx\\.[a-z]|com\\.fasterxml\\.|java\\.io\\.|java\\.awt\\.|org\\.hiitplanner\\.(storage|export|cli|ui)\\b)");

    static List<String> violations(String fileName, String source) {
        List<String> found = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                continue; // documentation may mention other layers
            }
            Matcher m = FORBIDDEN.matcher(line);
            if (m.find()) {
                found.add(fileName + ":" + (i + 1) + ": " + m.group(1));
            }
        }
        return found;
    }

    @Test
    void theCheckCatchesImportsAndQualifiedNames() {
        assertEquals(List.of("X.java:2: javafx.s", "X.java:3: java.io.", "X.java:4: org.hiitplanner.storage",
                        "X.java:5: com.fasterxml."),
                violations("X.java", "package a;\nimport javafx.scene.Node;\nimport java.io.File;\n"
                        + "class X { org.hiitplanner.storage.StudyStore s;\n com.fasterxml.jackson.Foo f; }\n"
                        + "// java.io.File in a comment is fine\n"));
        assertEquals(List.of(), violations("Y.java", "import java.nio.file.Path;\nimport java.math.BigDecimal;\n"));
    }

    @Test
    void domainImportsNoOtherLayer() throws IOException {
        Path domain = Path.of("src/main/java/org/hiitplanner/domain");
        assertTrue(Files.isDirectory(domain), "run from the project root");
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(domain)) {
            for (Path p : paths.filter(f -> f.toString().endsWith(".java")).toList()) {
                files++;
                found.addAll(violations(domain.relativize(p).toString(), Files.readString(p)));
            }
        }
        assertTrue(files > 20, "expected the domain sources, found " + files);
        assertEquals(List.of(), found);
    }
}
