package org.hiitplanner.domain.steptest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * The step test as it changed over a study: the first protocol (with the planned test days), in force until the
 * first later version, then each {@link StepTestProtocolVersion} from its own date on. A result's Vmax uses the
 * version in force on the result's date, so a later change never alters what was measured.
 *
 * @param first    version 1 and the planned test days
 * @param versions later versions, in date order with different dates
 */
public record StepTestVersions(StepTestProtocol first, List<StepTestProtocolVersion> versions) {
    public StepTestVersions {
        Checks.required(first, "step-test protocol");
        versions = Checks.list(versions, "step-test protocol versions");
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).effectiveFrom().isAfter(versions.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("step-test protocol versions must be in date order with different"
                        + " dates (" + versions.get(i).effectiveFrom() + " follows "
                        + versions.get(i - 1).effectiveFrom() + ")");
            }
        }
    }

    /** One protocol, never changed. */
    public static StepTestVersions of(StepTestProtocol only) {
        return new StepTestVersions(only, List.of());
    }

    /** The protocol in force on {@code date}, with the planned test days. */
    public StepTestProtocol on(LocalDate date) {
        StepTestProtocol inForce = first;
        for (StepTestProtocolVersion v : versions) {
            if (!v.effectiveFrom().isAfter(date)) {
                inForce = v.protocol();
            }
        }
        return inForce == first ? first : inForce.withPlannedDays(first.plannedDays());
    }

    /** The current (latest) protocol, with the planned test days. */
    public StepTestProtocol current() {
        return versions.isEmpty() ? first
                : versions.get(versions.size() - 1).protocol().withPlannedDays(first.plannedDays());
    }

    /** 1 for the first protocol, 2 for the first later version, … */
    public int numberOn(LocalDate date) {
        return 1 + (int) versions.stream().filter(v -> !v.effectiveFrom().isAfter(date)).count();
    }

    /** The number of the current version: 1 + the later versions. */
    public int currentNumber() {
        return versions.size() + 1;
    }

    /** The first day of the current version; empty for the first protocol, which is in force from the beginning. */
    public Optional<LocalDate> currentFrom() {
        return versions.isEmpty() ? Optional.empty()
                : Optional.of(versions.get(versions.size() - 1).effectiveFrom());
    }

    /** Whether {@code result} is measured with the current version (dated on or after its first day). */
    public boolean usesCurrent(StepTestResult result) {
        return currentFrom().map(from -> !result.date().isBefore(from)).orElse(true);
    }

    /** Kuipers' (or the direct) Vmax of {@code result} under the version in force on its date. */
    public Optional<BigDecimal> vmax(StepTestResult result) {
        return result.measurement().vmax(on(result.date()));
    }

    /** The Vmax if the result is valid and computable, under the version in force on its date. */
    public Optional<BigDecimal> usableVmax(StepTestResult result) {
        return result.usableVmax(on(result.date()));
    }

    /** The current version replaced by {@code protocol} (S0, d, T, incline; the planned days are kept). */
    public StepTestVersions withCurrent(StepTestProtocol protocol) {
        if (versions.isEmpty()) {
            return new StepTestVersions(protocol.withPlannedDays(first.plannedDays()), versions);
        }
        List<StepTestProtocolVersion> copy = new ArrayList<>(versions);
        copy.set(copy.size() - 1, copy.get(copy.size() - 1).withProtocol(protocol));
        return new StepTestVersions(first, copy);
    }

    /**
     * A new version after the current one. Refused when it takes effect on or before the current version's first
     * day, or on or before a result in {@code results} (whose Vmax it would change).
     */
    public StepTestVersions withNew(StepTestProtocolVersion version, List<StepTestResult> results) {
        LocalDate from = version.effectiveFrom();
        currentFrom().filter(c -> !from.isAfter(c)).ifPresent(c -> {
            throw new IllegalArgumentException("a new step-test protocol version must take effect after " + c
                    + " (was " + from + ")");
        });
        earliestNewVersion(results).filter(from::isBefore).ifPresent(e -> {
            throw new IllegalArgumentException("a new step-test protocol version can take effect on " + e
                    + " at the earliest (was " + from + "): results already measured keep their Vmax");
        });
        List<StepTestProtocolVersion> copy = new ArrayList<>(versions);
        copy.add(version);
        return new StepTestVersions(first, copy);
    }

    /**
     * The earliest day a new version may take effect: the day after the latest of {@code results} and after the
     * current version's first day; empty when there is neither.
     */
    public Optional<LocalDate> earliestNewVersion(List<StepTestResult> results) {
        Optional<LocalDate> afterResults = results.stream().map(StepTestResult::date).max(LocalDate::compareTo)
                .map(d -> d.plusDays(1));
        Optional<LocalDate> afterCurrent = currentFrom().map(d -> d.plusDays(1));
        if (afterResults.isEmpty()) {
            return afterCurrent;
        }
        return afterCurrent.filter(c -> c.isAfter(afterResults.get())).or(() -> afterResults);
    }
}
