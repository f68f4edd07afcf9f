package org.hiitplanner.ui.protocol;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.schedule.PlannedPhase;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.ui.common.Messages;
import org.hiitplanner.ui.common.OrphanGuard;
import org.hiitplanner.ui.common.StudyDocument;

/** The protocol editor: weeks, shared phase settings, calendar, and one session's speed profile. */
public final class ProtocolViewModel {
    /** One row of the week table. */
    public record WeekRow(int week, int intervals, BigDecimal highPercent, int sessionSeconds) {
    }

    /** The result of an attempted edit. */
    public sealed interface Outcome {
        /** Applied. */
        record Done() implements Outcome { }

        /** Rejected by a hard limit; nothing changed. */
        record Rejected(String message) implements Outcome { }

        /** Outside the usual range: apply only after the user accepts these warnings. */
        record NeedsAcceptance(List<String> warnings) implements Outcome { }
    }

    /** A session's profile for the chart: the phases, and the Vmax used (null without one). */
    public record Profile(String animalId, int week, BigDecimal vmax, List<PlannedPhase> phases) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final StudyDocument document;
    private final ObservableList<WeekRow> weeks = FXCollections.observableArrayList();
    private final ObservableList<String> animals = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartAnimal = new SimpleObjectProperty<>(this, "chartAnimal");
    private final IntegerProperty chartWeek = new SimpleIntegerProperty(this, "chartWeek", 1);
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile");

    /** When and why a protocol change that applies to a started study takes effect. */
    public record VersionRequest(LocalDate effectiveFrom, String reason) {
    }

    /** Asks for a new version's date (on or after {@code earliest}) and reason; the view shows a dialog. */
    @FunctionalInterface
    public interface VersionPrompt {
        Optional<VersionRequest> ask(int versionNumber, LocalDate earliest);
    }

    private final Clock clock;
    private VersionPrompt versionPrompt = (n, earliest) -> Optional.empty();
    private OrphanGuard orphans = new OrphanGuard(new Messages(java.util.Locale.ENGLISH));

    /** An editor for a study that has not started by the system clock (tests of the plain editing). */
    public ProtocolViewModel(StudyDocument document) {
        this(document, Clock.fixed(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC));
    }

    public ProtocolViewModel(StudyDocument document, Clock clock) {
        this.document = document;
        this.clock = clock;
        document.studyProperty().addListener((o, a, b) -> refresh());
        chartAnimal.addListener((o, a, b) -> refreshProfile());
        chartWeek.addListener((o, a, b) -> refreshProfile());
        refresh();
    }

    private void refresh() {
        Study s = document.study();
        List<WeekRow> rows = new ArrayList<>();
        for (int w = 1; w <= s.protocol().weekCount(); w++) {
            ProtocolWeek pw = s.protocol().week(w);
            rows.add(new WeekRow(w, pw.intervals(), pw.highPercent(), s.protocol().sessionSeconds(pw.intervals())));
        }
        weeks.setAll(rows);
        List<String> trained = s.animals().stream()
                .filter(a -> s.group(a.group()).map(g -> g.trains()).orElse(false)).map(Animal::id).toList();
        animals.setAll(trained);
        if (chartAnimal.get() == null || !trained.contains(chartAnimal.get())) {
            chartAnimal.set(trained.isEmpty() ? null : trained.get(0));
        }
        if (chartWeek.get() > s.protocol().weekCount()) {
            chartWeek.set(s.protocol().weekCount());
        }
        refreshProfile();
    }

    private void refreshProfile() {
        Study s = document.study();
        int w = Math.max(1, Math.min(chartWeek.get(), s.protocol().weekCount()));
        String id = chartAnimal.get();
        Optional<Animal> animal = id == null ? Optional.empty() : s.animal(id);
        LocalDate firstDay = s.startDate().plusDays(7L * (w - 1));
        var vmax = animal.flatMap(a -> VmaxHistory.of(s.stepTestResults(), s.stepTestVersions())
                .inForce(a.id(), firstDay));
        var treadmill = animal.flatMap(s::treadmillOf).or(() -> s.treadmills().stream().findFirst());
        if (treadmill.isEmpty()) {
            profile.set(new Profile(id, w, null, List.of()));
            return;
        }
        Prescription p = Prescription.of(s.protocol(), w, vmax, treadmill.get());
        profile.set(new Profile(id, w, vmax.map(v -> v.vmax()).orElse(null), p.phases()));
    }

    /** Sets a week's intervals and % Vmax; warnings outside the usual ranges need {@code accepted}. */
    public Outcome editWeek(int week, int intervals, BigDecimal percent, boolean accepted) {
        ProtocolWeek candidate;
        try {
            candidate = new ProtocolWeek(intervals, percent);
        } catch (IllegalArgumentException e) {
            return new Outcome.Rejected("Week " + week + ": " + e.getMessage());
        }
        List<String> warnings = new ArrayList<>(document.study().settings().protocolLimits()
                .checkWeek(week, candidate, "").stream().map(Finding::message).toList());
        if (percent.compareTo(HUNDRED) > 0) {
            warnings.add("Week " + week + ": the high phase at " + percent.stripTrailingZeros().toPlainString()
                    + " % is above the animals' own Vmax; confirm that this is intended (the confirmation is logged)");
        }
        if (!warnings.isEmpty() && !accepted) {
            return new Outcome.NeedsAcceptance(warnings);
        }
        String confirmed = warnings.isEmpty() ? "" : "Confirmed: " + String.join("; ", warnings);
        return applyProtocol("Edit week " + week, confirmed, p -> p.withWeek(week, candidate));
    }

    /** Sets where a change to a started study asks for its version's date and reason. */
    public void setVersionPrompt(VersionPrompt prompt) {
        this.versionPrompt = prompt;
    }

    /**
     * A change to the protocol. Before the start, or while the latest version has not yet taken effect, it edits
     * that version. Once it is in force, the change becomes a new version from a date after today (asked for),
     * so that sessions already run keep the version and speeds they were run with.
     */
    private Outcome applyProtocol(String description, String confirmation, UnaryOperator<Protocol> change) {
        Study s = document.study();
        LocalDate today = LocalDate.now(clock);
        if (s.currentProtocolFrom().isAfter(today)) {
            return apply(description, confirmation, st -> st.withProtocol(change.apply(st.protocol())));
        }
        LocalDate earliest = today.plusDays(1).isAfter(s.currentProtocolFrom()) ? today.plusDays(1)
                : s.currentProtocolFrom().plusDays(1);
        Optional<VersionRequest> request = versionPrompt.ask(s.protocolVersions().size() + 2, earliest);
        if (request.isEmpty()) {
            return new Outcome.Rejected("Nothing changed: the study has started, so a protocol change needs the date"
                    + " it takes effect and a reason");
        }
        VersionRequest r = request.get();
        if (r.effectiveFrom().isBefore(earliest)) {
            return new Outcome.Rejected("A new protocol version can take effect on " + earliest + " at the earliest"
                    + " (was " + r.effectiveFrom() + "): sessions already run keep their protocol");
        }
        String reason = confirmation.isEmpty() ? r.reason() : r.reason() + " — " + confirmation;
        return apply(description, reason, st -> st.withNewProtocolVersion(new ProtocolVersion(r.effectiveFrom(),
                change.apply(st.protocol()), r.reason())));
    }

    /** Adds a week after the last one, a copy of it. */
    public Outcome addWeek() {
        return applyProtocol("Add week", "", p -> {
            List<ProtocolWeek> list = new ArrayList<>(p.weeks());
            list.add(list.get(list.size() - 1));
            return p.withWeeks(list);
        });
    }

    /** Removes the last week; a protocol keeps at least one. */
    public Outcome removeLastWeek() {
        return applyProtocol("Remove week", "", p -> {
            List<ProtocolWeek> list = new ArrayList<>(p.weeks());
            list.remove(list.size() - 1);
            return p.withWeeks(list);
        });
    }

    public Outcome setPhases(int highSeconds, int lowSeconds, SpeedSetting lowSpeed) {
        return applyProtocol("Edit phases", "", p -> p.withPhases(highSeconds, lowSeconds, lowSpeed));
    }

    public Outcome setWarmUpAndCoolDown(Phase warmUp, Phase coolDown) {
        return applyProtocol("Edit warm-up and cool-down", "", p -> p.withWarmUpAndCoolDown(warmUp, coolDown));
    }

    public Outcome setIncline(BigDecimal degrees) {
        return applyProtocol("Edit incline", "", p -> p.withIncline(degrees));
    }

    /** How an edit that leaves recorded sessions outside the plan is confirmed; the view sets a dialog. */
    public void setOrphanGuard(OrphanGuard guard) {
        this.orphans = Objects.requireNonNull(guard);
    }

    public Outcome setStartDate(LocalDate start) {
        return applyAsking("Change start date", s -> s.withStartDate(start));
    }

    public Outcome setTrainingDay(DayOfWeek day, boolean trains) {
        return applyAsking((trains ? "Train on " : "No training on ") + day, s -> {
            TreeSet<DayOfWeek> days = new TreeSet<>(s.calendar().trainingDays());
            if (trains) {
                days.add(day);
            } else {
                days.remove(day);
            }
            return s.withCalendar(s.calendar().withTrainingDays(days));
        });
    }

    public Outcome addSkipDate(LocalDate date) {
        return applyAsking("Add skip date " + date, s -> {
            TreeSet<LocalDate> dates = new TreeSet<>(s.calendar().skipDates());
            dates.add(date);
            return s.withCalendar(s.calendar().withSkipDates(dates));
        });
    }

    public Outcome removeSkipDate(LocalDate date) {
        return apply("Remove skip date " + date, s -> {
            TreeSet<LocalDate> dates = new TreeSet<>(s.calendar().skipDates());
            dates.remove(date);
            return s.withCalendar(s.calendar().withSkipDates(dates));
        });
    }

    public Outcome resetToTemplate() {
        return applyProtocol("Reset protocol to the default template", "", p -> Protocol.defaultTemplate());
    }

    private Outcome apply(String description, UnaryOperator<Study> change) {
        return apply(description, "", change);
    }

    /** An edit of the calendar that asks first when it would leave recorded sessions outside the plan. */
    private Outcome applyAsking(String description, UnaryOperator<Study> change) {
        if (!orphans.allows(document.study(), change)) {
            return new Outcome.Rejected("Nothing changed: the change would leave recorded sessions outside the plan");
        }
        return apply(description, "", change);
    }

    private Outcome apply(String description, String reason, UnaryOperator<Study> change) {
        Optional<String> error = document.edit(description, reason, change);
        return error.<Outcome>map(Outcome.Rejected::new).orElseGet(Outcome.Done::new);
    }

    public Study study() {
        return document.study();
    }

    public ReadOnlyObjectProperty<Study> studyProperty() {
        return document.studyProperty();
    }

    public ObservableList<WeekRow> weeks() {
        return weeks;
    }

    public ObservableList<String> animals() {
        return animals;
    }

    public ObjectProperty<String> chartAnimalProperty() {
        return chartAnimal;
    }

    public IntegerProperty chartWeekProperty() {
        return chartWeek;
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }
}
