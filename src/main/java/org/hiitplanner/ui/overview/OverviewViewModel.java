package org.hiitplanner.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.attention.Attention;
import org.hiitplanner.domain.attention.StudyAttention;
import org.hiitplanner.domain.calendar.TrainingCalendar;
import org.hiitplanner.app.DerivedStudies;
import org.hiitplanner.app.DerivedStudy;
import org.hiitplanner.app.LatestTask;
import org.hiitplanner.app.TaskRunner;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.ui.common.AttentionTexts;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.RecordProblemTexts;
import org.hiitplanner.ui.common.StudyDocument;

/**
 * The facts of the overview screen, recomputed whenever the study changes, from the study's shared derived state
 * ({@link DerivedStudies}) through the {@link TaskRunner} (off the FX thread in the window).
 */
public final class OverviewViewModel {
    /** One group line: name, animals (active), trains, tested. */
    public record GroupLine(String name, int animals, int active, boolean trains, boolean tested) {
    }

    /** A finding and the screen where it is fixed. */
    public record Warning(Finding finding, String screen) {
    }

    /** Everything the overview shows. */
    public record Facts(String title, String investigator, String animalsLine, LocalDate start, LocalDate end,
                        String currentWeek, List<GroupLine> groups, String nextTestDay, int sessionsToday,
                        List<Warning> warnings) {
    }

    private final StudyAttention attention = new StudyAttention(new ScheduleEngine());
    private final StudyDocument document;
    private final DerivedStudies derived;
    private final StudyValidator validator;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Facts> facts = new ReadOnlyObjectWrapper<>(this, "facts");
    private final LatestTask<Facts> computation;

    public OverviewViewModel(StudyDocument document, DerivedStudies derived, TaskRunner runner,
                             StudyValidator validator, Messages messages, Clock clock) {
        this.document = document;
        this.derived = derived;
        this.computation = new LatestTask<>(runner, running -> { });
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
        document.studyProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public void refresh() {
        Study s = document.study();
        LocalDate today = LocalDate.now(clock);
        computation.start(() -> compute(s, today), facts::set, error -> { });
    }

    Facts compute(Study s, LocalDate today) {
        Map<String, List<Animal>> byGroup = s.animals().stream().collect(Collectors.groupingBy(Animal::group));
        List<GroupLine> groups = s.groups().stream().map(g -> {
            List<Animal> in = byGroup.getOrDefault(g.name(), List.of());
            int active = (int) in.stream().filter(a -> a.isActiveOn(today)).count();
            return new GroupLine(g.name(), in.size(), active, g.trains(), g.tested());
        }).toList();
        String next = s.stepTestProtocol().plannedDays().stream().filter(d -> !d.isBefore(today)).findFirst()
                .map(LocalDate::toString).orElse(messages.get("overview.none"));
        DerivedStudy d = derived.of(s);
        List<PlannedSession> day = d.schedule().on(today);
        List<Warning> warnings = new java.util.ArrayList<>(attentionWarnings(s, today));
        warnings.addAll(heatWarnings(s, d, today));
        validator.validate(s).forEach(f -> warnings.add(new Warning(f, screenFor(f.path()))));
        warnings.addAll(recordErrors(s, today));
        String animals = s.animals().size() + " " + (s.info().species().isEmpty() ? messages.get("overview.animals")
                : s.info().species().toLowerCase(messages.locale()) + "s")
                + (s.info().strain().isEmpty() ? "" : ", " + s.info().strain())
                + ", " + messages.get("sex." + s.info().sex().name());
        return new Facts(s.info().title(), s.info().investigator(), animals, s.startDate(), s.endDate(),
                currentWeek(s, today), groups, next, day.size(), List.copyOf(warnings));
    }

    /**
     * What the PI must not miss (StudyAttention): welfare first, then missing step-test results, unrecorded
     * sessions, animals without a Vmax ahead, and for a study being set up what to add next.
     */
    private List<Warning> attentionWarnings(Study s, LocalDate today) {
        return attention.check(s, today).stream().map(a -> new Warning(Finding.warning(
                ATTENTION_PATHS.getOrDefault(a.code(), "$"), AttentionTexts.text(messages, a)),
                AttentionTexts.screen(a))).toList();
    }

    private static final Map<Attention.Code, String> ATTENTION_PATHS = Map.of(
            Attention.Code.WEIGHT_LOSS_OPEN, "$.sessionRecords", Attention.Code.STIMULI_ABOVE_LIMIT, "$.sessionRecords",
            Attention.Code.SESSIONS_NOT_RECORDED, "$.sessionRecords", Attention.Code.TEST_RESULTS_MISSING,
            "$.stepTestResults", Attention.Code.NO_VMAX_AHEAD, "$.stepTestResults", Attention.Code.ADD_STEP_TESTS,
            "$.stepTestResults", Attention.Code.ADD_GROUPS, "$.groups", Attention.Code.ADD_TRAINING_GROUP, "$.groups",
            Attention.Code.ADD_ANIMALS, "$.animals", Attention.Code.ADD_TREADMILL, "$.treadmills");

    /**
     * Session records the plan does not explain (RecordRules), as errors at their JSON path with a link to the
     * Audit screen, where each record's entry is found; the records stay in the file.
     */
    private List<Warning> recordErrors(Study s, LocalDate today) {
        if (s.sessionRecords().isEmpty()) {
            return List.of();
        }
        return RecordRules.of(s, today).checkAll().stream().map(b -> new Warning(Finding.error(
                b.finding().path(), messages.get("overview.recordError", String.join("; ", b.problems().stream()
                        .map(p -> RecordProblemTexts.text(messages, p)).toList()))), "audit")).toList();
    }

    /** What today's heats warn of (the day overruns a treadmill's window, incline, tolerance), for the heats screen. */
    private List<Warning> heatWarnings(Study s, DerivedStudy d, LocalDate today) {
        List<Warning> out = new java.util.ArrayList<>();
        for (HeatPlan plan : d.heatsOn(today)) {
            int index = s.treadmills().stream().map(Treadmill::name).toList().indexOf(plan.treadmill());
            plan.warnings().forEach(w -> out.add(new Warning(Finding.warning("$.treadmills[" + index + "]",
                    messages.get("overview.heatWarning", plan.treadmill(), w)), "heats")));
        }
        return out;
    }

    private String currentWeek(Study s, LocalDate today) {
        int weeks = s.protocol().weekCount();
        int w = TrainingCalendar.weekOf(s.startDate(), weeks, today);
        if (w > 0) {
            return messages.get("overview.week", w, weeks);
        }
        return today.isBefore(s.startDate()) ? messages.get("overview.notStarted") : messages.get("overview.finished");
    }

    /** The screen where a finding at this JSON path is fixed. */
    public static String screenFor(String path) {
        if (path.startsWith("$.protocol") || path.startsWith("$.calendar") || path.equals("$.startDate")) {
            return "protocol";
        }
        if (path.startsWith("$.animals") || path.startsWith("$.groups")) {
            return "animals";
        }
        if (path.startsWith("$.stepTest")) {
            return "steptests";
        }
        if (path.startsWith("$.treadmills") || path.startsWith("$.settings.heats")) {
            return "heats";
        }
        return "overview";
    }

    public ReadOnlyObjectProperty<Facts> factsProperty() {
        return facts.getReadOnlyProperty();
    }
}
