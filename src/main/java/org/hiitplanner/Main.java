package org.hiitplanner;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import javafx.application.Application;

import org.hiitplanner.ui.common.Messages;

/**
 * Entry point of the jar. With no arguments, or just a study file, it opens the desktop window; with a command
 * it runs the command line and never touches the display. It does not extend Application, so that a plain
 * {@code java -jar} on the class path can start JavaFX.
 */
public final class Main {
    private static final Set<String> GUI_OPTIONS = Set.of("--gui");
    /** JavaFX logs through System.Logger "javafx"; held here so that its filter stays. */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            System.exit(openWindow(args));
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = HiitPlannerApp.commandLine().execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Starts the window; without a graphical session says so in one line and returns 1. */
    private static int openWindow(String[] args) {
        if (!hasDisplay(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"))) {
            return noDisplay();
        }
        quietClassPathWarning();
        NativeLibraries.prepare();
        try {
            Application.launch(HiitPlannerApp.class, args);
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = toolkitRefusal(e);
            if (cause == null) {
                throw e;
            }
            String why = cause.getMessage() == null || cause.getMessage().contains("DISPLAY") ? ""
                    : " (" + cause.getMessage() + ")";
            System.err.println(noDisplayLine() + why);
            return 1;
        }
    }

    private static int noDisplay() {
        System.err.println(noDisplayLine());
        return 1;
    }

    static String noDisplayLine() {
        return new Messages(Locale.getDefault()).get("startup.noDisplay");
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

    /**
     * A cheap look before JavaFX starts: on Linux and the other X11 systems a window needs DISPLAY or
     * WAYLAND_DISPLAY; Windows and macOS always have a desktop; Monocle (tests) draws without one.
     */
    static boolean hasDisplay(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return true;
        }
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    /** The toolkit's own refusal (e.g. "Unable to open DISPLAY") anywhere in the cause chain, or null. */
    static Throwable toolkitRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedOperationException) {
                return t;
            }
        }
        return null;
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration" on every start from the class path, which is how this jar
     * and the installers run it; that warning says nothing to a user, so it is dropped and the rest kept.
     */
    static void quietClassPathWarning() {
        JAVAFX_LOGGER.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
