package org.hiitplanner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The runnable jar carries JavaFX's natives for every desktop system. Those of Linux and Windows sit at the jar's
 * root, where JavaFX finds them; the macOS ones of both processors share their file names, so the jar keeps them
 * in {@code natives/mac-x64/} and {@code natives/mac-aarch64/}. On macOS this copies the set of this processor
 * to a folder of the user's and puts that folder first on {@code java.library.path}, where JavaFX looks next.
 */
final class NativeLibraries {
    static final String PREFIX = "natives/";

    private NativeLibraries() {
    }

    /** The jar folder holding this system's natives, or empty where JavaFX finds them by itself. */
    static Optional<String> folderFor(String osName, String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return Optional.empty();
        }
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean arm = arch.equals("aarch64") || arch.equals("arm64");
        return Optional.of(PREFIX + (arm ? "mac-aarch64/" : "mac-x64/"));
    }

    /** Before JavaFX starts: on macOS, make this processor's natives found. Does nothing elsewhere. */
    static void prepare() {
        Optional<String> folder = folderFor(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        if (folder.isEmpty()) {
            return;
        }
        try {
            Path jar = Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return;
            }
            Path target = Path.of(System.getProperty("user.home"), ".hiit-planner", "natives",
                    folder.get().substring(PREFIX.length()) + Files.size(jar));
            if (extract(jar, folder.get(), target) > 0) {
                String old = System.getProperty("java.library.path", "");
                System.setProperty("java.library.path", target + (old.isEmpty() ? "" : File.pathSeparator + old));
            }
        } catch (IOException | URISyntaxException | SecurityException e) {
            // JavaFX then reports what it cannot load
        }
    }

    /** Copies the files under {@code folder} of {@code jar} into {@code target}; returns how many it holds. */
    static int extract(Path jar, String folder, Path target) throws IOException {
        int count = 0;
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(folder) || name.indexOf('/', folder.length()) >= 0) {
                    continue;
                }
                Path out = target.resolve(name.substring(folder.length()));
                if (!Files.isRegularFile(out) || Files.size(out) != entry.getSize()) {
                    Files.createDirectories(target);
                    Path tmp = Files.createTempFile(target, "lib", ".part");
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                count++;
            }
        }
        return count;
    }
}
