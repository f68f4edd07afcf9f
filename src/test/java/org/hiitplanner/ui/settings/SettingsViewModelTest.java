package org.hiitplanner.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.protocol.ProtocolLimits;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** The study settings dialog's fields, without a window: each commit is one undoable, audited edit. */
class SettingsViewModelTest {
    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    private final Messages messages = new Messages(Locale.ENGLISH);

    private StudyDocument newStudy() {
        return new StudyDocument(Study.newFromTemplate("New study", LocalDate.of(2026, 12, 14)), null, MONDAY,
                () -> "A. Smith");
    }

    private SettingsViewModel model(StudyDocument document) {
        return new SettingsViewModel(document, messages, () -> 42L);
    }

    private static AuditEntry last(StudyDocument document) {
        List<AuditEntry> entries = document.study().auditLog().entries();
        return entries.get(entries.size() - 1);
    }

    @Test
    void aNewTitleIsOneEditInTheAuditTrailAndUndoShowsTheOldTitleAgain() {
        StudyDocument document = newStudy();
        SettingsViewModel model = model(document);
        SettingField title = model.field("title");
        assertEquals("New study", title.textProperty().get());

        title.textProperty().set("  Pilot 2027 ");
        assertEquals(Optional.empty(), model.commit(title));

        assertEquals("Pilot 2027", document.study().info().title());
        assertEquals("Title: Pilot 2027", document.undoTextProperty().get());
        AuditEntry entry = last(document);
        assertEquals(List.of("study title", "New study", "Pilot 2027", "A. Smith"),
                List.of(entry.what(), entry.oldValue(), entry.newValue(), entry.operator()));
        assertEquals("Pilot 2027", title.textProperty().get());

        document.undo();
        assertEquals("New study", document.study().info().title());
        assertEquals("New study", title.textProperty().get(), "the field follows the study");
        assertEquals(0, document.study().auditLog().size(), "an unsaved edit is undone whole");
    }

    @Test
    void aGreenBandBelowTheYellowIsRefusedOnItsFieldAndChangesNothing() {
        StudyDocument document = newStudy();
        Study before = document.study();
        SettingsViewModel model = model(document);
        SettingField green = model.field("green");

        green.textProperty().set("40");
        String message = "'40' is not a green band: type a percent from the yellow band (50 %) up to 100";
        assertEquals(Optional.of(message), model.commit(green));

        assertEquals(message, green.problemProperty().get());
        assertEquals(before, document.study());
        assertFalse(document.canUndoProperty().get());

        green.textProperty().set("85,5");
        assertEquals(Optional.empty(), model.commit(green));
        assertEquals(new BigDecimal("85.5"), document.study().settings().greenPercent());
        assertEquals("", green.problemProperty().get());
        assertEquals(List.of("settings adherence bands", "green ≥ 80 %, yellow ≥ 50 %",
                "green ≥ 85.5 %, yellow ≥ 50 %"), List.of(last(document).what(), last(document).oldValue(),
                last(document).newValue()));
    }

    @Test
    void theStudysOwnValueWrittenDifferentlyIsNoChange() {
        StudyDocument document = newStudy();
        SettingsViewModel model = model(document);
        SettingField yellow = model.field("yellow");

        yellow.textProperty().set("50.00");
        assertEquals(Optional.empty(), model.commit(yellow));

        assertEquals("50", yellow.textProperty().get());
        assertFalse(document.canUndoProperty().get());
        assertEquals(0, document.study().auditLog().size());
    }

    @Test
    void theUsualRangesTheWelfareLimitsAndTheHeatToleranceEachSaveOrSayWhatToType() {
        StudyDocument document = newStudy();
        SettingsViewModel model = model(document);

        model.field("maxIntervals").textProperty().set("12");
        model.commit(model.field("maxIntervals"));
        model.field("minPercent").textProperty().set("75");
        model.commit(model.field("minPercent"));
        model.field("minIntervals").textProperty().set("13");
        assertEquals(Optional.of("'13' is not a usual minimum: type a whole number from 1 up to the usual maximum "
                + "(12)"), model.commit(model.field("minIntervals")));
        model.field("weightLoss").textProperty().set("100");
        assertEquals(Optional.of("'100' is not an endpoint: type a percent above 0 and below 100"),
                model.commit(model.field("weightLoss")));
        model.field("stimulusLimit").textProperty().set("15");
        model.commit(model.field("stimulusLimit"));
        model.heats().toleranceProperty().set("1.5");
        model.heats().commitTolerance();

        assertEquals(new ProtocolLimits(4, 12, new BigDecimal("75"), new BigDecimal("100")),
                document.study().settings().protocolLimits());
        assertEquals(15, document.study().settings().welfare().stimulusLimit());
        assertEquals(new BigDecimal("20"), document.study().settings().welfare().weightLossEndpointPercent());
        assertTrue(Tolerance.absolute(new BigDecimal("1.5")).sameAs(document.study().settings().heats().tolerance()));
        assertEquals(4, document.study().auditLog().size());
        assertEquals("usual 4–12 intervals at 75–100 % Vmax", document.study().auditLog().entries().get(1).newValue());
    }

    @Test
    void anEmptyTitleIsRefusedAndAControlCharacterInTheStrainToo() {
        StudyDocument document = newStudy();
        SettingsViewModel model = model(document);

        model.field("title").textProperty().set("   ");
        assertEquals(Optional.of("Type a title on one line, without control characters"),
                model.commit(model.field("title")));
        model.field("strain").textProperty().set("Wis\u0007tar");
        assertEquals(Optional.of("Type the strain on one line, without control characters"),
                model.commit(model.field("strain")));

        assertEquals("New study", document.study().info().title());
        assertEquals(0, document.study().auditLog().size());
    }

    @Test
    void sexAndBlindingAreSavedWhenChosenAndFollowUndo() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null, MONDAY, () -> "A. Smith");
        SettingsViewModel model = model(document);
        assertEquals(Sex.MALE, model.sexProperty().get());

        model.sexProperty().set(Sex.MIXED);
        model.blindedProperty().set(true);

        assertEquals(Sex.MIXED, document.study().info().sex());
        assertTrue(document.study().settings().blinded());
        assertEquals("Blinded printouts", document.undoTextProperty().get());
        document.undo();
        document.undo();
        assertEquals(Sex.MALE, model.sexProperty().get());
        assertFalse(model.blindedProperty().get());
        assertEquals(Sex.MALE, document.study().info().sex());
    }

    @Test
    void closingTheDialogSavesWhatWasTypedButNotYetCommitted() {
        StudyDocument document = newStudy();
        SettingsViewModel model = model(document);

        model.field("investigator").textProperty().set("Dr. B. Jones");
        model.heats().seedProperty().set("7");
        model.commitPending();

        assertEquals("Dr. B. Jones", document.study().info().investigator());
        assertEquals(7L, document.study().settings().heats().seed());
    }
}
