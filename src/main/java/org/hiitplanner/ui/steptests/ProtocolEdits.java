package org.hiitplanner.ui.steptests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestVersions;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The step-test protocol's edits: the planned test days (a suggestion, not versioned), and a change of S0, d, T or
 * incline. While no result is measured with the current version it edits that version;
 * once one is, the change becomes a new version from a date after the latest result, with a reason (asked for),
 * so that no Vmax already measured changes. The planned test days are not versioned.
 */
final class ProtocolEdits {
    private final StudyDocument document;
    private final Messages messages;
    private StepTestVersionPrompt prompt = StepTestVersionPrompt.NONE;

    ProtocolEdits(StudyDocument document, Messages messages) {
        this.document = document;
        this.messages = messages;
    }

    void setPrompt(StepTestVersionPrompt prompt) {
        this.prompt = prompt;
    }

    /** The edit, or the problem (refused, cancelled); empty when nothing changed or the edit was made. */
    Optional<String> set(BigDecimal startSpeed, BigDecimal increment, int stageSeconds, BigDecimal inclineDegrees) {
        Study s = document.study();
        StepTestProtocol candidate;
        try {
            candidate = new StepTestProtocol(startSpeed, increment, stageSeconds, inclineDegrees, List.of());
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            return Optional.of(m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1));
        }
        if (s.currentStepTestProtocol().sameTest(candidate)) {
            return Optional.empty();
        }
        String description = messages.get("steptests.edit.protocol");
        StepTestVersions versions = s.stepTestVersions();
        if (s.stepTestResults().stream().noneMatch(versions::usesCurrent)) {
            return document.edit(description, st -> st.withCurrentStepTestProtocol(candidate));
        }
        LocalDate earliest = versions.earliestNewVersion(s.stepTestResults()).orElseThrow();
        int number = versions.currentNumber() + 1;
        Optional<StepTestVersionPrompt.Request> request = prompt.ask(number, earliest);
        if (request.isEmpty()) {
            return Optional.of(messages.get("steptests.version.cancelled"));
        }
        StepTestVersionPrompt.Request r = request.get();
        if (r.effectiveFrom() == null || r.effectiveFrom().isBefore(earliest)) {
            return Optional.of(messages.get("steptests.version.tooEarly", earliest, String.valueOf(r.effectiveFrom())));
        }
        if (r.reason() == null || r.reason().isBlank()) {
            return Optional.of(messages.get("steptests.version.noReason"));
        }
        return document.edit(messages.get("steptests.edit.version", number, r.effectiveFrom()), r.reason(),
                st -> st.withNewStepTestVersion(new StepTestProtocolVersion(r.effectiveFrom(), candidate, r.reason())));
    }

    /** Adds a planned test day. */
    Optional<String> addPlannedDay(LocalDate date) {
        if (date == null) {
            return Optional.of(messages.get("steptests.bad.date"));
        }
        return editPlannedDays(messages.get("steptests.edit.addDay", date.toString()), days -> {
            days.add(date);
            return days;
        });
    }

    Optional<String> removePlannedDay(LocalDate date) {
        return editPlannedDays(messages.get("steptests.edit.removeDay", String.valueOf(date)), days -> {
            days.remove(date);
            return days;
        });
    }

    /** Replaces the planned days by the suggestion: baseline, then every two weeks of the protocol. */
    Optional<String> suggestPlannedDays() {
        return document.edit(messages.get("steptests.edit.suggest"), s -> s.withStepTestProtocol(s.stepTestProtocol()
                .withPlannedDays(StepTestProtocol.suggestedDays(s.startDate(), s.protocol().weekCount(), 2))));
    }

    private Optional<String> editPlannedDays(String description, UnaryOperator<List<LocalDate>> change) {
        return document.edit(description, s -> s.withStepTestProtocol(s.stepTestProtocol()
                .withPlannedDays(change.apply(new ArrayList<>(s.stepTestProtocol().plannedDays())))));
    }

    /** "Version 2, in force from 2026-11-27 …" or "Version 1 …" for the form. */
    String describe(Study s) {
        StepTestVersions v = s.stepTestVersions();
        return v.currentFrom().map(from -> messages.get("steptests.version.current", v.currentNumber(), from))
                .orElseGet(() -> messages.get("steptests.version.first"));
    }
}
