package org.hiitplanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Checks the jar that {@code package} built (failsafe runs this in {@code verify}). */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("hiit.jar", "target/hiit-planner.jar"));
    private static final List<String> MAC = List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
            "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib", "libprism_common.dylib");

    @Test
    void carriesJavaFxNativesOfEveryDesktopSystem() throws IOException {
        Set<String> names;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            names = jar.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
        }
        for (String linux : List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                "libjavafx_font.so", "libjavafx_iio.so")) {
            assertTrue(names.contains(linux), "Linux x64: " + linux);
        }
        for (String windows : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
                "javafx_iio.dll")) {
            assertTrue(names.contains(windows), "Windows x64: " + windows);
        }
        for (String mac : MAC) {
            assertTrue(names.contains("natives/mac-x64/" + mac), "macOS x64: " + mac);
            assertTrue(names.contains("natives/mac-aarch64/" + mac), "macOS aarch64: " + mac);
            assertFalse(names.contains(mac), "no macOS library at the root, where both processors' would clash");
        }
        assertTrue(names.contains("com/sun/glass/ui/win/WinApplication.class"));
        assertTrue(names.contains("com/sun/glass/ui/mac/MacApplication.class"));
        assertTrue(names.contains("com/sun/glass/ui/gtk/GtkApplication.class"));
        assertTrue(names.contains("com/sun/prism/d3d/D3DPipeline.class"));
        assertTrue(names.contains("com/sun/prism/es2/MacGLContext.class"));
    }

    @Test
    void withoutADisplayTheWindowSaysSoInOneLine() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));

        assertEquals(1, process.exitValue());
        assertEquals(1, err.strip().lines().count(), err);
        assertTrue(err.contains("graphical session") && err.contains("command line"), err);
        assertFalse(err.contains("Exception") || err.contains("WARNING"), err);
        assertTrue(Files.size(JAR) > 0);
    }
}
