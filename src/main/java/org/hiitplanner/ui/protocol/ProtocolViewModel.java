package org.hiitplanner.ui.protocol;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.schedule.PlannedPhase;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.Study;
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

    private final StudyDocument document;
    private final ObservableList<WeekRow> weeks = FXCollections.observableArrayList();
    private final ObservableList<String> animals = FXCollections.observableArrayList();
    private final ObjectProperty<String> chartAnimal = new SimpleObjectProperty<>(this, "chartAnimal");
    private final IntegerProperty chartWeek = new SimpleIntegerProperty(this, "chartWeek", 1);
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile");

    public ProtocolViewModel(StudyDocument document) {
        this.document = document;
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
        var vmax = animal.flatMap(a -> VmaxHistory.of(s.stepTestResults(), s.stepTestProtocol())
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
        List<String> warnings = document.study().settings().protocolLimits().checkWeek(week, candidate, "")
                .stream().map(Finding::message).toList();
        if (!warnings.isEmpty() && !accepted) {
            return new Outcome.NeedsAcceptance(warnings);
        }
        return apply("Edit week " + week, s -> s.withProtocol(s.protocol().withWeek(week, candidate)));
    }

    /** Adds a week after the last one, a copy of it. */
    public Outcome addWeek() {
        return apply("Add week", s -> {
            List<ProtocolWeek> list = new ArrayList<>(s.protocol().weeks());
            list.add(list.get(list.size() - 1));
            return s.withProtocol(s.protocol().withWeeks(list));
        });
    }

    /** Removes the last week; a protocol keeps at least one. */
    public Outcome removeLastWeek() {
        return apply("Remove week", s -> {
            List<ProtocolWeek> list = new ArrayList<>(s.protocol().weeks());
            list.remove(list.size() - 1);
            return s.withProtocol(s.protocol().withWeeks(list));
        });
    }

    public Outcome setPhases(int highSeconds, int lowSeconds, SpeedSetting lowSpeed) {
        return apply("Edit phases", s -> s.withProtocol(s.protocol().withPhases(highSeconds, lowSeconds, lowSpeed)));
    }

    public Outcome setWarmUpAndCoolDown(Phase warmUp, Phase coolDown) {
        return apply("Edit warm-up and cool-down",
                s -> s.withProtocol(s.protocol().withWarmUpAndCoolDown(warmUp, coolDown)));
    }

    public Outcome setIncline(BigDecimal degrees) {
        return apply("Edit incline", s -> s.withProtocol(s.protocol().withIncline(degrees)));
    }

    public Outcome setStartDate(LocalDate start) {
        return apply("Change start date", s -> s.withStartDate(start));
    }

    public Outcome setTrainingDay(DayOfWeek day, boolean trains) {
        return apply((trains ? "Train on " : "No training on ") + day, s -> {
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
        return apply("Add skip date " + date, s -> {
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
        return apply("Reset protocol to the default template", s -> s.withProtocol(Protocol.defaultTemplate()));
    }

    private Outcome apply(String description, UnaryOperator<Study> change) {
        Optional<String> error = document.edit(description, change);
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
