package org.hiitplanner.ui.common;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.storage.StudyStore;

/**
 * The child program of {@link RecordDurabilityTest}: opens the study, confirms one record the way the window does
 * (through {@link StudyDocument} with the store as saver), prints CONFIRMED and waits to be killed.
 */
public final class RecordThenWait {
    private RecordThenWait() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        StudyStore store = new StudyStore();
        StudyDocument doc = new StudyDocument(store.load(file), file, Clock.systemUTC(), () -> "T. Tech");
        doc.setSaver(store::save);
        Optional<String> error = doc.edit("Record R15", s -> s.withAddedRecord(new SessionRecord("R15",
                LocalDate.of(2026, 11, 16), 1, SessionStatus.PARTIAL, 3, 2, 45, new java.math.BigDecimal("312.5"),
                "stopped at interval 4", "", "T. Tech", Instant.now())));
        System.out.println(error.map(e -> "ERROR " + e).orElse("CONFIRMED"));
        System.out.flush();
        Thread.sleep(60_000);
    }
}
