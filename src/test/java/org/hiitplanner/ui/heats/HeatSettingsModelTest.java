package org.hiitplanner.ui.heats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.HeatSettingsModel;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;
import org.junit.jupiter.api.Test;

/** The heat settings fields on the demo study: tolerance ±5 %, counterbalanced order. */
class HeatSettingsModelTest {
    private static final Clock SATURDAY = Clock.fixed(Instant.parse("2026-11-14T09:00:00Z"), ZoneOffset.UTC);

    private static HeatSettingsModel settings(StudyDocument document) {
        return new HeatsViewModel(document, new org.hiitplanner.app.DerivedStudies(new ScheduleEngine()), org.hiitplanner.app.TaskRunner.immediate(), SATURDAY, new Messages(Locale.ENGLISH),
                () -> 42L).settings();
    }

    @Test
    void toleranceOfTheSameNumberAsTheStudysIsTheSameTolerance() {
        assertTrue(Tolerance.parse("5.0%").sameAs(Tolerance.defaultTolerance()));
        assertTrue(Tolerance.parse("1").sameAs(Tolerance.parse("±1.00")));
        assertFalse(Tolerance.parse("5%").sameAs(Tolerance.parse("5")));
        assertFalse(Tolerance.parse("5%").sameAs(Tolerance.parse("5.1%")));
        assertFalse(Tolerance.defaultTolerance().sameAs(null));
        // as values they differ: the reason sameAs exists
        assertFalse(Tolerance.parse("5.0%").equals(Tolerance.defaultTolerance()));
    }

    @Test
    void committing5Point0PercentTwiceOnAStudyOf5PercentMakesNoEdit() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        Study before = document.study();
        HeatSettingsModel settings = settings(document);

        settings.toleranceProperty().set("5.0%");
        assertEquals(Optional.empty(), settings.commitTolerance());
        assertEquals("5%", settings.toleranceProperty().get());
        assertEquals(Optional.empty(), settings.commitTolerance());

        assertEquals(before, document.study());
        assertFalse(document.isDirty());
        assertFalse(document.canUndoProperty().get());
        assertEquals(0, document.study().auditLog().size());
    }

    @Test
    void anAbsoluteToleranceOf1Point00IsTheStudys1Point0() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatSettingsModel settings = settings(document);
        settings.toleranceProperty().set("1.0");
        settings.commitTolerance();
        assertEquals("Heat tolerance ±1.0 m/min", document.undoTextProperty().get());
        Study once = document.study();

        settings.toleranceProperty().set("±1.00");
        assertEquals(Optional.empty(), settings.commitTolerance());

        assertEquals(new BigDecimal("1.0"), document.study().settings().heats().tolerance().value());
        assertTrue(once == document.study(), "no edit");
        assertEquals("1.0", settings.toleranceProperty().get());
        assertEquals("", settings.toleranceProblemProperty().get());
    }

    @Test
    void committingTheStudysSeedAgainAsTypedWithLeadingZerosMakesNoEdit() {
        StudyDocument document = new StudyDocument(DemoStudy.create(), null);
        HeatSettingsModel settings = settings(document);
        settings.seedProperty().set("42");
        settings.commitSeed();
        Study once = document.study();
        assertEquals(42L, once.settings().heats().seed());
        int audited = once.auditLog().size();

        settings.seedProperty().set(" 0042 ");
        assertEquals(Optional.empty(), settings.commitSeed());

        assertEquals(once, document.study());
        assertEquals(audited, document.study().auditLog().size());
        assertEquals("42", settings.seedProperty().get());
        assertEquals("", settings.seedProblemProperty().get());
    }
}
