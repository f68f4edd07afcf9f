package org.hiitplanner.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who holds a study's lock: the operator, the computer, since when and the process.
 *
 * @param who   the operator of the window or command
 * @param host  the computer's name
 * @param since when the lock was taken
 * @param pid   the process id
 */
public record LockHolder(String who, String host, Instant since, long pid) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static LockHolder unknown() {
        return new LockHolder("another program", "this or another computer", Instant.EPOCH, 0);
    }

    static LockHolder current(String who, Instant now) {
        return new LockHolder(who == null || who.isBlank() ? System.getProperty("user.name", "unknown") : who.strip(),
                hostName(), now, ProcessHandle.current().pid());
    }

    /** "Anna de Vries on TREADMILL-1 since 2026-12-03 09:12" (local time of this computer). */
    public String describe() {
        String when = since.equals(Instant.EPOCH) ? "" : " since "
                + LocalDateTime.ofInstant(since, ZoneId.systemDefault()).format(SHOWN);
        return who + " on " + host + when;
    }

    String toText() {
        return "who=" + oneLine(who) + "\nhost=" + oneLine(host) + "\nsince=" + since + "\npid=" + pid + "\n";
    }

    static Optional<LockHolder> parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        text.lines().forEach(l -> {
            int eq = l.indexOf('=');
            if (eq > 0) {
                values.put(l.substring(0, eq), l.substring(eq + 1));
            }
        });
        if (!values.containsKey("who") || !values.containsKey("host")) {
            return Optional.empty();
        }
        Instant since;
        long pid;
        try {
            since = Instant.parse(values.getOrDefault("since", Instant.EPOCH.toString()));
            pid = Long.parseLong(values.getOrDefault("pid", "0"));
        } catch (DateTimeParseException | NumberFormatException e) {
            since = Instant.EPOCH;
            pid = 0;
        }
        return Optional.of(new LockHolder(values.get("who"), values.get("host"), since, pid));
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\p{Cntrl}", " ");
    }

    /** The computer's name without a network look-up, which can hang on a badly set-up computer. */
    static String hostName() {
        String name = System.getenv("COMPUTERNAME");
        if (name == null || name.isBlank()) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) {
            try {
                name = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                name = "";
            }
        }
        return name.isBlank() ? "this computer" : name;
    }
}
