package org.hiitplanner.cli;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.hiitplanner.domain.session.SessionStatus;

/** One session to record, as read from the options or a CSV row; numbers still optional. */
record RecordInput(String animal, LocalDate date, SessionStatus status, Integer intervals, Integer stimuli,
                   Integer gridSeconds, BigDecimal weight, String notes, String reason) {
}
