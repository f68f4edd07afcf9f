package org.hiitplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Control characters, bidirectional overrides and line separators are refused at the door of every text. */
class HostileTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000=1+1", "Tread\u202Emill", "a\nb", "a\u2028b", "x\u2066y", "tab\there", "\u0085x",
        "del\u007F"})
    void namesIdsOperatorsAndReasonsRefuseThem(String hostile) {
        assertThrows(IllegalArgumentException.class, () -> Treadmill.ratTreadmill(hostile));
        assertThrows(IllegalArgumentException.class, () -> new Group(hostile, true, true));
        assertThrows(IllegalArgumentException.class, () -> Animal.of(hostile, "HIIT", Sex.MALE));
        assertThrows(IllegalArgumentException.class, () -> record("", hostile));
        assertThrows(IllegalArgumentException.class, () -> Checks.text(hostile, "reason"));
    }

    @Test
    void theMessageNamesTheFieldTheCharacterAndItsPosition() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.text("Tread\u202Emill", "treadmill name"));
        assertEquals("treadmill name must not contain control characters, bidirectional overrides or line "
                + "separators (U+202E at position 6)", e.getMessage());
    }

    @Test
    void notesKeepTheirLineBreaksButNotOtherControls() {
        assertEquals("ran well\nthen slowed", record("ran well\nthen slowed\n", "T. Tech").notes());
        assertThrows(IllegalArgumentException.class, () -> record("bell\u0007", "T. Tech"));
        assertThrows(IllegalArgumentException.class, () -> record("rtl\u202Etxt", "T. Tech"));
    }

    private static SessionRecord record(String notes, String operator) {
        return new SessionRecord("R01", LocalDate.of(2026, 11, 16), 1, SessionStatus.COMPLETED, 4, 0, 0,
                BigDecimal.TEN, notes, "", operator, Instant.EPOCH);
    }
}
