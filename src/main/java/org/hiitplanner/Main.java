package org.hiitplanner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import javafx.application.Application;

/**
 * Entry point of the jar. With no arguments, or just a study file, it opens the desktop window; with a command
 * it runs the command line and never touches the display. It does not extend Application, so that a plain
 * {@code java -jar} on the class path can start JavaFX.
 */
public final class Main {
    private static final Set<String> GUI_OPTIONS = Set.of("--gui");

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            Application.launch(HiitPlannerApp.class, args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = HiitPlannerApp.commandLine().execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** No arguments, {@code --gui}, or a single *.json file to open. */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (GUI_OPTIONS.contains(args[0])) {
            return true;
        }
        return args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
