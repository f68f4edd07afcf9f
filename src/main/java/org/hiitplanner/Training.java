package org.hiitplanner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hiitplanner.cli.Cli;

/**
 * The training run of the installer build: under {@code -XX:ArchiveClassesAtExit} it loads what a start needs
 * (the demo study, its schedule, a one-page week sheet PDF and, with a display, the window until it has shown),
 * so that the class-data-sharing archive it leaves makes the next starts faster. Not for users.
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("hiit-planner-training-");
        Path study = dir.resolve("demo.hiit.json");
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Cli cli = HiitPlannerApp.commandLine();
        int code = cli.execute(new String[] {"demo", "--out=" + study}, sink, err)
                + cli.execute(new String[] {"validate", study.toString()}, sink, err)
                + cli.execute(new String[] {"schedule", study.toString()}, sink, err)
                + cli.execute(new String[] {"export", "pdf", "--kind=week", "--date=2026-11-16",
                        "--out=" + dir.resolve("week.pdf"), study.toString()}, sink, err);
        if (code != 0) {
            System.exit(1);
        }
        if (Main.hasDisplay(System.getProperty("os.name", ""), System.getenv(), null)) {
            System.setProperty("hiit.exitAfterShown", "true");
            Main.main(new String[] {study.toString()});
        }
        System.exit(0);
    }
}
