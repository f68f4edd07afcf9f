package org.hiitplanner.app;

import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudySettings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolVersion;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.welfare.WelfareCheck;
import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.welfare.WelfareFlag;

/**
 * Lists what changed between two versions of a study, field by field, for the audit trail; the audit log itself
 * is not compared. A new session record that breaks a welfare limit also yields a "welfare event".
 */
public final class StudyChanges {
    private final WelfareCheck welfare = new WelfareCheck();

    public List<StudyChange> between(Study before, Study after) {
        List<StudyChange> out = new ArrayList<>();
        if (before == after) {
            return out;
        }
        info(before, after, out);
        keyed("group ", before.groups(), after.groups(), g -> g.name(), ChangeTexts::group, out);
        keyed("animal ", before.animals(), after.animals(), a -> a.id(), ChangeTexts::animal, out);
        protocols(before, after, out);
        stepTests(before, after, out);
        keyed("treadmill ", before.treadmills(), after.treadmills(), t -> t.name(), ChangeTexts::treadmill, out);
        same("calendar", ChangeTexts.calendar(before.calendar()), ChangeTexts.calendar(after.calendar()), out);
        settings(before.settings(), after.settings(), out);
        records(before, after, out);
        clearances(before, after, out);
        return out;
    }

    private static void info(Study b, Study a, List<StudyChange> out) {
        same("study title", b.info().title(), a.info().title(), out);
        same("study species", b.info().species(), a.info().species(), out);
        same("study strain", b.info().strain(), a.info().strain(), out);
        same("study sex", b.info().sex().name().toLowerCase(), a.info().sex().name().toLowerCase(), out);
        same("study investigator", b.info().investigator(), a.info().investigator(), out);
        same("study start date", b.startDate().toString(), a.startDate().toString(), out);
    }

    private static void protocols(Study b, Study a, List<StudyChange> out) {
        boolean versioned = !b.protocolVersions().isEmpty() || !a.protocolVersions().isEmpty();
        protocol(versioned ? "protocol version 1 " : "protocol ", b.firstProtocol(), a.firstProtocol(), out);
        List<ProtocolVersion> bv = b.protocolVersions();
        List<ProtocolVersion> av = a.protocolVersions();
        for (int i = 0; i < Math.max(bv.size(), av.size()); i++) {
            String name = "protocol version " + (i + 2);
            ProtocolVersion was = i < bv.size() ? bv.get(i) : null;
            ProtocolVersion now = i < av.size() ? av.get(i) : null;
            same(name, was == null ? "" : header(was), now == null ? "" : header(now), out);
            Protocol previous = i == 0 ? a.firstProtocol() : av.get(Math.min(i, av.size()) - 1).protocol();
            Protocol from = was != null ? was.protocol() : previous;
            if (now != null) {
                protocol(name + " ", from, now.protocol(), out);
            }
        }
    }

    private static String header(ProtocolVersion v) {
        return "effective from " + v.effectiveFrom() + ": " + v.reason();
    }

    private static void protocol(String prefix, Protocol b, Protocol a, List<StudyChange> out) {
        for (int w = 1; w <= Math.max(b.weekCount(), a.weekCount()); w++) {
            same(prefix + "week " + w, w <= b.weekCount() ? ChangeTexts.week(b.week(w)) : "",
                    w <= a.weekCount() ? ChangeTexts.week(a.week(w)) : "", out);
        }
        same(prefix + "phases", ChangeTexts.phases(b), ChangeTexts.phases(a), out);
        same(prefix + "warm-up", ChangeTexts.phase(b.warmUp()), ChangeTexts.phase(a.warmUp()), out);
        same(prefix + "cool-down", ChangeTexts.phase(b.coolDown()), ChangeTexts.phase(a.coolDown()), out);
        same(prefix + "incline", ChangeTexts.number(b.inclineDegrees()) + "°",
                ChangeTexts.number(a.inclineDegrees()) + "°", out);
        same(prefix + "note", b.note(), a.note(), out);
    }

    private static void stepTests(Study b, Study a, List<StudyChange> out) {
        if (b.stepTestProtocol() == a.stepTestProtocol() && b.stepTestProtocolVersions() == a.stepTestProtocolVersions()
                && b.stepTestResults() == a.stepTestResults()) {
            return;
        }
        boolean versioned = !b.stepTestProtocolVersions().isEmpty() || !a.stepTestProtocolVersions().isEmpty();
        same(versioned ? "step-test protocol version 1" : "step-test protocol",
                ChangeTexts.stepTestProtocol(b.stepTestProtocol()), ChangeTexts.stepTestProtocol(a.stepTestProtocol()),
                out);
        stepTestVersions(b, a, out);
        same("step-test planned days", String.valueOf(b.stepTestProtocol().plannedDays()),
                String.valueOf(a.stepTestProtocol().plannedDays()), out);
        listed(b.stepTestResults(), a.stepTestResults(), r -> "step-test result " + r.animalId() + " " + r.date(),
                ChangeTexts::result, out);
    }

    /**
     * Each later step-test version: its date and reason, and its stages (S0, d, T, incline); a new version's stages
     * are compared with the version before it, so the entry says what the change was.
     */
    private static void stepTestVersions(Study b, Study a, List<StudyChange> out) {
        List<StepTestProtocolVersion> bv = b.stepTestProtocolVersions();
        List<StepTestProtocolVersion> av = a.stepTestProtocolVersions();
        for (int i = 0; i < Math.max(bv.size(), av.size()); i++) {
            String name = "step-test protocol version " + (i + 2);
            StepTestProtocolVersion was = i < bv.size() ? bv.get(i) : null;
            StepTestProtocolVersion now = i < av.size() ? av.get(i) : null;
            same(name, was == null ? "" : header(was), now == null ? "" : header(now), out);
            StepTestProtocol previous = i == 0 ? a.stepTestProtocol() : av.get(Math.min(i, av.size()) - 1).protocol();
            StepTestProtocol from = was != null ? was.protocol() : previous;
            same(name + " stages", ChangeTexts.stepTestProtocol(from),
                    now == null ? "" : ChangeTexts.stepTestProtocol(now.protocol()), out);
        }
    }

    private static String header(StepTestProtocolVersion v) {
        return "effective from " + v.effectiveFrom() + ": " + v.reason();
    }

    private static void settings(StudySettings b, StudySettings a, List<StudyChange> out) {
        same("settings blinded", b.blinded() ? "yes" : "no", a.blinded() ? "yes" : "no", out);
        same("settings adherence bands", ChangeTexts.bands(b), ChangeTexts.bands(a), out);
        same("settings protocol limits", ChangeTexts.limits(b.protocolLimits()),
                ChangeTexts.limits(a.protocolLimits()), out);
        same("settings welfare limits", ChangeTexts.welfare(b.welfare()), ChangeTexts.welfare(a.welfare()), out);
        same("settings heats", ChangeTexts.heats(b.heats()), ChangeTexts.heats(a.heats()), out);
    }

    private void records(Study b, Study a, List<StudyChange> out) {
        if (b.sessionRecords() == a.sessionRecords()) {
            return;
        }
        List<SessionRecord> added = minus(a.sessionRecords(), b.sessionRecords());
        listed(b.sessionRecords(), a.sessionRecords(), r -> "session record " + r.animalId() + " " + r.date(),
                ChangeTexts::record, out);
        for (SessionRecord r : added) {
            String what = "welfare event " + r.animalId() + " " + r.date();
            welfare.stimuli(r, a.settings().welfare()).ifPresent(f -> out.add(event(what, f)));
            welfare.weightLoss(r, a.sessionRecords(), a.settings().welfare()).ifPresent(f -> out.add(event(what, f)));
        }
    }

    private static StudyChange event(String what, WelfareFlag flag) {
        return new StudyChange(what, "", flag.message());
    }

    private static void clearances(Study b, Study a, List<StudyChange> out) {
        if (b.welfareClearances() == a.welfareClearances()) {
            return;
        }
        for (WelfareClearance c : minus(a.welfareClearances(), b.welfareClearances())) {
            out.add(new StudyChange("welfare clearance " + c.animalId(), "flagged for body-weight loss",
                    "cleared through " + c.coversThrough() + " by " + c.clearedBy() + ": " + c.reason()));
        }
        for (WelfareClearance c : minus(b.welfareClearances(), a.welfareClearances())) {
            out.add(new StudyChange("welfare clearance " + c.animalId(), "cleared through " + c.coversThrough()
                    + " by " + c.clearedBy() + ": " + c.reason(), ""));
        }
    }

    /** Items with a unique key: added, removed or changed. */
    private static <T> void keyed(String prefix, List<T> before, List<T> after, Function<T, String> key,
                                  Function<T, String> text, List<StudyChange> out) {
        Map<String, T> was = index(before, key);
        Map<String, T> now = index(after, key);
        was.forEach((k, v) -> same(prefix + k, text.apply(v), now.containsKey(k) ? text.apply(now.get(k)) : "",
                out));
        now.forEach((k, v) -> {
            if (!was.containsKey(k)) {
                out.add(new StudyChange(prefix + k, "", text.apply(v)));
            }
        });
    }

    /**
     * Items that may repeat a key (a corrected session record is a new record for the same animal and day): an
     * item replaced by one of the same key is one change from old to new; an added item is a change from the last
     * item of its key before (or nothing), a removed item a change to nothing.
     */
    private static <T> void listed(List<T> before, List<T> after, Function<T, String> key, Function<T, String> text,
                                   List<StudyChange> out) {
        Map<String, T> lastBefore = new HashMap<>();
        before.forEach(x -> lastBefore.put(key.apply(x), x));
        Map<String, List<T>> removed = new LinkedHashMap<>();
        for (T x : minus(before, after)) {
            removed.computeIfAbsent(key.apply(x), k -> new ArrayList<>()).add(x);
        }
        for (T added : minus(after, before)) {
            List<T> replaced = removed.get(key.apply(added));
            T old = replaced != null && !replaced.isEmpty() ? replaced.remove(0) : lastBefore.get(key.apply(added));
            out.add(new StudyChange(key.apply(added), old == null ? "" : text.apply(old), text.apply(added)));
        }
        removed.forEach((k, list) -> list.forEach(x -> out.add(new StudyChange(k, text.apply(x), ""))));
    }

    /** The items of {@code a} not in {@code b}, counting duplicates, in the order of {@code a}. */
    static <T> List<T> minus(List<T> a, List<T> b) {
        Map<T, Integer> left = new HashMap<>();
        b.forEach(x -> left.merge(x, 1, Integer::sum));
        List<T> out = new ArrayList<>();
        for (T x : a) {
            Integer n = left.get(x);
            if (n == null || n == 0) {
                out.add(x);
            } else {
                left.put(x, n - 1);
            }
        }
        return out;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(x -> map.put(key.apply(x), x));
        return map;
    }

    private static void same(String what, String was, String now, List<StudyChange> out) {
        if (!Objects.equals(was, now)) {
            out.add(new StudyChange(what, was, now));
        }
    }
}
