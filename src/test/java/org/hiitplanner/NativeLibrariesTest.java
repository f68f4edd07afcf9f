package org.hiitplanner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {
    @Test
    void macPicksItsProcessorsFolderOthersNeedNone() {
        assertEquals(Optional.of("natives/mac-aarch64/"), NativeLibraries.folderFor("Mac OS X", "aarch64"));
        assertEquals(Optional.of("natives/mac-x64/"), NativeLibraries.folderFor("Mac OS X", "x86_64"));
        assertEquals(Optional.empty(), NativeLibraries.folderFor("Windows 11", "amd64"));
        assertEquals(Optional.empty(), NativeLibraries.folderFor("Linux", "amd64"));
    }

    @Test
    void extractsOnlyThatFoldersFilesAndKeepsTheirBytes(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            put(out, "natives/mac-aarch64/libglass.dylib", new byte[] {1, 2, 3});
            put(out, "natives/mac-aarch64/libprism_sw.dylib", new byte[] {4});
            put(out, "natives/mac-x64/libglass.dylib", new byte[] {9, 9});
            put(out, "libglass.so", new byte[] {7});
        }
        Path target = dir.resolve("cache");

        assertEquals(2, NativeLibraries.extract(jar, "natives/mac-aarch64/", target));
        assertEquals(2, NativeLibraries.extract(jar, "natives/mac-aarch64/", target));

        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target.resolve("libglass.dylib")));
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(target.resolve("libprism_sw.dylib")));
        assertFalse(Files.exists(target.resolve("libglass.so")));
        try (var files = Files.list(target)) {
            assertEquals(2, files.count());
        }
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
