package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.app.Outcome;
import org.hiitplanner.app.RecordEntry;
import org.hiitplanner.app.StudyGate;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.SampleStudies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the program writes, it opens again: a facility's study of 1 000 animals over 16 weeks. */
class FacilityStudyTest {
    @TempDir
    Path dir;

    @Test
    void eightyThousandRecordsAndTheirTrailAreWrittenAndOpenedAgain() throws Exception {
        List<ProtocolWeek> weeks = new ArrayList<>();
        for (int w = 1; w <= 16; w++) {
            weeks.add(ProtocolWeek.of(4 + Math.min(w, 12) / 2, "90"));
        }
        Study base = SampleStudies.large(1_000, 11L);
        Study study = base.withFirstProtocol(Protocol.defaultTemplate().withWeeks(weeks));
        List<PlannedSession> plan = new ScheduleEngine().schedule(study);
        assertEquals(80_000, plan.size(), "1 000 animals × 16 weeks × 5 days");

        Clock after = Clock.fixed(study.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        Path file = dir.resolve("facility.hiit.json");
        StudyStore store = new StudyStore();
        StudyGate gate = new StudyGate(study, file, after, () -> "Facility tech");
        gate.setSaver(store::save);
        List<RecordEntry> entries = plan.stream()
                .map(p -> RecordEntry.of(p.completedAsPlanned("Facility tech", after.instant()))).toList();
        Outcome recorded = gate.record(entries);
        assertTrue(recorded.changed(), recorded.message().orElse(""));

        Study opened = store.load(file);
        assertEquals(80_000, opened.sessionRecords().size());
        assertEquals(80_000, opened.auditLog().size());
        assertTrue(opened.auditLog().verify().isEmpty());
        assertEquals(recorded.after(), opened);
    }
}
