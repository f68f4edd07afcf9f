package org.hiitplanner.ui.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.ui.common.StudyDocument;
import org.hiitplanner.ui.protocol.ProtocolViewModel.Outcome;
import org.hiitplanner.ui.protocol.ProtocolViewModel.VersionRequest;
import org.junit.jupiter.api.Test;

/** On Tuesday 2026-11-24 the demo study (started 2026-11-16) is in its second week: changes become versions. */
class ProtocolVersionsViewModelTest {
    private static final Clock TUESDAY = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    private final StudyDocument document = new StudyDocument(DemoStudy.create(), null, TUESDAY, () -> "PI");
    private final ProtocolViewModel model = new ProtocolViewModel(document, TUESDAY);
    private final List<String> asked = new ArrayList<>();
    private VersionRequest answer = new VersionRequest(LocalDate.of(2026, 11, 30), "PI review after week 1");

    {
        model.setVersionPrompt((n, earliest) -> {
            asked.add("version " + n + " from " + earliest);
            return Optional.ofNullable(answer);
        });
    }

    @Test
    void aChangeToAStartedStudyBecomesVersion2AndFurtherChangesBeforeItsDateEditIt() {
        assertInstanceOf(Outcome.Done.class, model.editWeek(3, 7, new BigDecimal("90"), false));
        assertInstanceOf(Outcome.Done.class, model.editWeek(4, 8, new BigDecimal("90"), false));

        assertEquals(List.of("version 2 from 2026-11-25"), asked, "asked once: version 2 is not in force yet");
        var s = document.study();
        assertEquals(1, s.protocolVersions().size());
        assertEquals(LocalDate.of(2026, 11, 30), s.currentProtocolFrom());
        assertEquals(6, s.firstProtocol().week(3).intervals(), "version 1 keeps 6 intervals in week 3");
        assertEquals(7, s.protocol().week(3).intervals());
        assertEquals(8, s.protocol().week(4).intervals());
        AuditEntry e = s.auditLog().entries().get(0);
        assertEquals("protocol version 2", e.what());
        assertEquals("effective from 2026-11-30: PI review after week 1", e.newValue());
        assertEquals("PI review after week 1", e.reason());
    }

    @Test
    void withoutADateAndReasonNothingChanges() {
        answer = null;

        Outcome o = model.editWeek(3, 7, new BigDecimal("90"), false);

        assertEquals("Nothing changed: the study has started, so a protocol change needs the date it takes effect"
                + " and a reason", ((Outcome.Rejected) o).message());
        assertEquals(DemoStudy.create(), document.study());
    }

    @Test
    void aDateOnWhichSessionsHaveRunIsRefused() {
        answer = new VersionRequest(LocalDate.of(2026, 11, 23), "back-dated");

        Outcome o = model.editWeek(3, 7, new BigDecimal("90"), false);

        assertTrue(((Outcome.Rejected) o).message().startsWith("A new protocol version can take effect on 2026-11-25"
                + " at the earliest (was 2026-11-23)"), o.toString());
    }

    @Test
    void aHighPhaseAbove100PercentNeedsAConfirmationThatIsLogged() {
        Outcome first = model.editWeek(8, 10, new BigDecimal("105"), false);

        assertEquals(List.of("Week 8: the high phase at 105 % is above the animals' own Vmax; confirm that this is"
                + " intended (the confirmation is logged)"), ((Outcome.NeedsAcceptance) first).warnings().subList(1, 2));
        assertEquals(DemoStudy.create(), document.study());
        assertInstanceOf(Outcome.Done.class, model.editWeek(8, 10, new BigDecimal("105"), true));
        AuditEntry e = document.study().auditLog().entries().get(1);
        assertEquals("protocol version 2 week 8", e.what());
        assertTrue(e.reason().startsWith("PI review after week 1 — Confirmed: "), e.reason());
        assertTrue(e.reason().contains("above the animals' own Vmax"), e.reason());
    }
}
