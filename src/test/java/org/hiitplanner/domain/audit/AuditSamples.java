package org.hiitplanner.domain.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Audit logs for tests of the screens, exports and commands that show the trail. */
public final class AuditSamples {
    private AuditSamples() {
    }

    /**
     * Six entries, two of them by "ana" (2 and 5, both about protocol week 3). Times in UTC; in Europe/Amsterdam
     * (UTC+1 in November) entry 6 falls on 2026-11-20 00:30, a day later than in UTC. Entry 6's new value begins
     * with '=' (a formula, if a spreadsheet ran it).
     * <pre>
     * 1 2026-11-14T07:30Z ben   step-test result R2 2026-11-14
     * 2 2026-11-16T08:05Z ana   protocol week 3 intervals        6 → 7        PI approved
     * 3 2026-11-16T09:10Z ben   session record R1 2026-11-16
     * 4 2026-11-17T10:00Z carla animal R5 exclusion            active → excluded …
     * 5 2026-11-18T15:45Z ana   protocol week 3 high percent     85 → 90
     * 6 2026-11-19T23:30Z ben   welfare event R5
     * </pre>
     */
    public static AuditLog six() {
        return AuditLog.empty()
                .append(Instant.parse("2026-11-14T07:30:00Z"), "ben", "step-test result R2 2026-11-14", "",
                        "E 1365 s, Vmax 30.75 m/min", "")
                .append(Instant.parse("2026-11-16T08:05:00Z"), "ana", "protocol week 3 intervals", "6", "7",
                        "PI approved")
                .append(Instant.parse("2026-11-16T09:10:00Z"), "ben", "session record R1 2026-11-16", "",
                        "COMPLETED 6/6 intervals, 3 stimuli", "")
                .append(Instant.parse("2026-11-17T10:00:00Z"), "carla", "animal R5 exclusion", "active",
                        "excluded from 2026-11-17: injured paw", "vet advice")
                .append(Instant.parse("2026-11-18T15:45:00Z"), "ana", "protocol week 3 high percent", "85", "90",
                        "matches the paper")
                .append(Instant.parse("2026-11-19T23:30:00Z"), "ben", "welfare event R5", "",
                        "=HYPERLINK(\"x\") weight loss 12 %", "");
    }

    /** {@code n} entries, one every 3 hours from 2026-11-14 07:00 UTC, cycling through the usual subjects. */
    public static AuditLog many(int n) {
        String[] operators = {"ana", "ben", "carla", "PI"};
        AuditLog log = AuditLog.empty();
        Instant t = Instant.parse("2026-11-14T07:00:00Z");
        for (int i = 1; i <= n; i++) {
            int week = 1 + (i % 8);
            String[] entry = switch (i % 6) {
                case 0 -> new String[] {"protocol week " + week + " intervals", Integer.toString(3 + week),
                        Integer.toString(4 + week), "PI approved"};
                case 1 -> new String[] {"session record R" + (1 + i % 14) + " " + t.toString().substring(0, 10),
                        "", "COMPLETED " + (4 + week) + "/" + (4 + week) + " intervals, " + (i % 5) + " stimuli, "
                        + (i % 40) + " s on the grid", ""};
                case 2 -> new String[] {"step-test result R" + (1 + i % 14) + " " + t.toString().substring(0, 10),
                        "", "E " + (1200 + 7 * i) + " s", ""};
                case 3 -> new String[] {"animal R" + (1 + i % 14) + " exclusion", "active",
                        "excluded from " + t.toString().substring(0, 10) + ": lost more than 15 % body weight "
                        + "over two weeks, refused the belt on three consecutive days; vet consulted", "welfare"};
                case 4 -> new String[] {"settings adherence bands", "green 80 %, yellow 50 %",
                        "green 85 %, yellow 60 %", "lab standard"};
                default -> new String[] {"calendar skip dates", "2026-12-25", "2026-12-25, 2026-12-26",
                        "holiday"};
            };
            log = log.append(t, operators[i % operators.length], entry[0], entry[1], entry[2], entry[3]);
            t = t.plusSeconds(3 * 3600);
        }
        return log;
    }

    /** The log with the new value of entry {@code sequence} changed and its stored hash kept, as after an edit. */
    public static AuditLog tampered(AuditLog log, long sequence, String newValue) {
        List<AuditEntry> list = new ArrayList<>(log.entries());
        int i = (int) sequence - 1;
        AuditEntry e = list.get(i);
        list.set(i, new AuditEntry(e.sequence(), e.at(), e.operator(), e.what(), e.oldValue(), newValue, e.reason(),
                e.previousHash(), e.hash()));
        return AuditLog.of(list);
    }
}
