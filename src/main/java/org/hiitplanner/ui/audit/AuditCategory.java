package org.hiitplanner.ui.audit;

import java.util.List;
import java.util.Locale;

/**
 * What an audit entry is about, read from the first words of its "what" ("protocol week 3 intervals" → PROTOCOL,
 * "session record R1 2026-11-16" → SESSION, "step-test result R2 …" → STEPTEST); OTHER when the words are none of
 * these. Used to filter the audit-trail screen.
 */
public enum AuditCategory {
    PROTOCOL("protocol"),
    ANIMAL("animal", "animals"),
    GROUP("group", "groups"),
    SESSION("session record", "session records", "session"),
    STEPTEST("step-test result", "step-test", "step test", "steptest", "vmax"),
    SETTINGS("settings", "setting"),
    CALENDAR("calendar", "skip date", "training days"),
    TREADMILL("treadmill", "treadmills"),
    WELFARE("welfare"),
    STUDY("study"),
    OTHER();

    private final List<String> prefixes;

    AuditCategory(String... prefixes) {
        this.prefixes = List.of(prefixes);
    }

    /** The key in filters and messages: "protocol", "steptest", "other" … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of an entry whose "what" is {@code what}: the subject its leading words name. */
    public static AuditCategory of(String what) {
        String text = what == null ? "" : what.strip().toLowerCase(Locale.ROOT);
        for (AuditCategory c : values()) {
            for (String prefix : c.prefixes) {
                if (text.startsWith(prefix) && (text.length() == prefix.length()
                        || !Character.isLetterOrDigit(text.charAt(prefix.length())))) {
                    return c;
                }
            }
        }
        return OTHER;
    }
}
