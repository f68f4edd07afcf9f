package org.hiitplanner.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditCategoryTest {
    @Test
    void theLeadingWordsNameTheSubject() {
        assertEquals(AuditCategory.PROTOCOL, AuditCategory.of("protocol week 3 intervals"));
        assertEquals(AuditCategory.ANIMAL, AuditCategory.of("animal R5 exclusion"));
        assertEquals(AuditCategory.SESSION, AuditCategory.of("session record R1 2026-11-16"));
        assertEquals(AuditCategory.STEPTEST, AuditCategory.of("step-test result R2 2026-11-14"));
        assertEquals(AuditCategory.WELFARE, AuditCategory.of("welfare event R5 2026-11-19"));
        assertEquals(AuditCategory.SETTINGS, AuditCategory.of("Settings: adherence bands"));
        assertEquals(AuditCategory.GROUP, AuditCategory.of("group HIIT-T2D"));
        assertEquals(AuditCategory.CALENDAR, AuditCategory.of("calendar skip dates"));
        assertEquals(AuditCategory.TREADMILL, AuditCategory.of("treadmill T1 maximum speed"));
        assertEquals(AuditCategory.STUDY, AuditCategory.of("study title"));
    }

    @Test
    void aWordThatOnlyBeginsLikeASubjectIsOther() {
        assertEquals(AuditCategory.OTHER, AuditCategory.of("protocols imported"), "whole words only");
        assertEquals(AuditCategory.OTHER, AuditCategory.of("studying"));
        assertEquals(AuditCategory.OTHER, AuditCategory.of("R5 weight"));
        assertEquals(AuditCategory.OTHER, AuditCategory.of(""));
        assertEquals("steptest", AuditCategory.STEPTEST.key());
    }
}
