package org.hiitplanner.domain.adherence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;

/** Hand-built planned sessions and records for the adherence tests. */
final class Week {
    static final Instant AT = Instant.parse("2025-01-06T12:00:00Z");

    private Week() {
    }

    /** Five sessions Mon–Fri of {@code week} with {@code intervals} planned each. */
    static List<PlannedSession> planned(String animal, String group, int week, int intervals) {
        List<PlannedSession> list = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            LocalDate date = TestStudies.MONDAY.plusWeeks(week - 1L).plusDays(d);
            // a prescription with speeds (Vmax 30 m/min): only such a session may be recorded as run
            Prescription p = new Prescription(intervals, new BigDecimal("12.0"), new BigDecimal("25.5"),
                    new BigDecimal("15.0"), new BigDecimal("12.0"), 300, 120, 60, 300, 600 + intervals * 180,
                    new BigDecimal("500.0"), List.of());
            list.add(new PlannedSession(animal, group, "T1", date, week, (week - 1) * 5 + d + 1, null, p));
        }
        return list;
    }

    static SessionRecord record(PlannedSession p, SessionStatus status, int intervals) {
        String reason = status == SessionStatus.EXCUSED ? "vet check" : "";
        return new SessionRecord(p.animalId(), p.date(), p.number(), status, intervals, 0, 0, null, "", reason,
                "Tech", AT);
    }

    /** Completed 7, 7, partial 5, completed 7, and the fifth {@code last} with 0 intervals. */
    static List<SessionRecord> records(List<PlannedSession> week, SessionStatus last) {
        return List.of(record(week.get(0), SessionStatus.COMPLETED, 7), record(week.get(1), SessionStatus.COMPLETED, 7),
                record(week.get(2), SessionStatus.PARTIAL, 5), record(week.get(3), SessionStatus.COMPLETED, 7),
                record(week.get(4), last, 0));
    }
}
