package org.hiitplanner.storage;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.session.WelfareLimits;

/**
 * Upgrades study files written by older versions, one version at a time, on the Jackson tree. The file format
 * version is {@code schemaVersion}; this program writes {@link #latestVersion()} and reads every version from 1
 * up to it. A format change bumps the version by adding one {@link Step} at the end of {@link #standard()} (plus
 * a fixture file of the old version that a test loads); nothing else in the loader changes.
 */
public final class Migrations {

    /** Rewrites a document of version {@code fromVersion()} into one of version {@code fromVersion() + 1}. */
    public interface Step {
        int fromVersion();

        /** The upgraded document; may change {@code document} in place and return it. */
        ObjectNode apply(ObjectNode document);
    }

    private final List<Step> steps;

    /** @param steps the step from version 1 first, then from 2, and so on without gaps */
    public Migrations(List<Step> steps) {
        this.steps = List.copyOf(steps);
        for (int i = 0; i < this.steps.size(); i++) {
            int from = this.steps.get(i).fromVersion();
            if (from != i + 1) {
                throw new IllegalArgumentException("migration step " + (i + 1) + " must upgrade from version "
                        + (i + 1) + " (it upgrades from " + from + ")");
            }
        }
    }

    /**
     * The migrations of this program version: 1 → 2 adds session records and the audit trail; 2 → 3 adds protocol
     * versions, welfare limits and welfare clearances; 3 → 4 adds the treadmill profiles' incline and changeover and
     * the study's heat settings; 4 → 5 adds the step-test protocol versions; 5 → 6 lets audit entries seal the
     * study's content.
     */
    public static Migrations standard() {
        return new Migrations(List.of(new AddRecordsAndAuditLog(), new AddVersionsAndWelfare(),
                new AddHeatSettings(), new AddStepTestVersions(), new AddContentSeals()));
    }

    /** The first version whose audit entries seal the study's content. */
    public static final int SEALED_VERSION = 6;

    /**
     * Version 5 → 6: audit entries may carry a {@code seal} of the study's content after their change, and the file
     * a {@code contentSeal} with each section's digest. A version-5 trail has no seals; nothing in the document
     * changes: its trail is sealed from its current state at its next change, as an audited step ("audit trail
     * sealed").
     */
    static final class AddContentSeals implements Step {
        @Override
        public int fromVersion() {
            return 5;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            return document;
        }
    }

    /**
     * Version 4 → 5: the step test gets {@code versions}; a version-4 study has one step-test protocol, in force for
     * all its results, so the list is empty and every Vmax stays what it was.
     */
    static final class AddStepTestVersions implements Step {
        @Override
        public int fromVersion() {
            return 4;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            if (document.get("stepTest") instanceof ObjectNode stepTest && !stepTest.has("versions")) {
                stepTest.putArray("versions");
            }
            return document;
        }
    }

    /**
     * Version 3 → 4: every treadmill gets the incline of the document's protocol (0° when it has none) and 10 minutes'
     * changeover (no day window); the settings get the default heat settings (±5 % of each animal's high speed,
     * counterbalanced order, seed 0).
     */
    static final class AddHeatSettings implements Step {
        @Override
        public int fromVersion() {
            return 3;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            JsonNode protocolIncline = document.path("protocol").path("inclineDegrees");
            if (document.get("treadmills") instanceof ArrayNode treadmills) {
                for (JsonNode t : treadmills) {
                    if (t instanceof ObjectNode treadmill) {
                        addProfileFields(treadmill, protocolIncline);
                    }
                }
            }
            if (document.get("settings") instanceof ObjectNode settings && !settings.has("heats")) {
                HeatSettings defaults = HeatSettings.defaults();
                ObjectNode heats = settings.putObject("heats");
                ObjectNode tolerance = heats.putObject("tolerance");
                tolerance.put("kind", defaults.tolerance().kind().name());
                tolerance.put("value", defaults.tolerance().value());
                heats.put("order", defaults.order().name());
                heats.put("seed", defaults.seed());
            }
            return document;
        }

        /** The protocol's incline (the belt was set to it) and 10 minutes' changeover. */
        private static void addProfileFields(ObjectNode treadmill, JsonNode protocolIncline) {
            if (!treadmill.has("inclineDegrees")) {
                if (protocolIncline.isNumber()) {
                    treadmill.set("inclineDegrees", protocolIncline.deepCopy());
                } else {
                    treadmill.put("inclineDegrees", 0);
                }
            }
            if (!treadmill.has("changeoverMinutes")) {
                treadmill.put("changeoverMinutes", Treadmill.DEFAULT_CHANGEOVER_MINUTES);
            }
        }
    }

    /**
     * Version 2 → 3: a version-2 study has one protocol, no welfare clearances, and gets the default welfare limits
     * (20 stimuli per session, 20 % body-weight loss).
     */
    static final class AddVersionsAndWelfare implements Step {
        @Override
        public int fromVersion() {
            return 2;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            if (!document.has("protocolVersions")) {
                document.putArray("protocolVersions");
            }
            if (!document.has("welfareClearances")) {
                document.putArray("welfareClearances");
            }
            if (document.get("settings") instanceof ObjectNode settings && !settings.has("welfare")) {
                ObjectNode welfare = settings.putObject("welfare");
                welfare.put("stimulusLimit", WelfareLimits.DEFAULT_STIMULUS_LIMIT);
                welfare.put("weightLossEndpointPercent", WelfareLimits.DEFAULT_WEIGHT_LOSS_PERCENT);
            }
            return document;
        }
    }

    /** Version 1 → 2: session records and the audit trail are new; an old file has none of either. */
    static final class AddRecordsAndAuditLog implements Step {
        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public ObjectNode apply(ObjectNode document) {
            if (!document.has("sessionRecords")) {
                document.putArray("sessionRecords");
            }
            if (!document.has("auditLog")) {
                document.putArray("auditLog");
            }
            return document;
        }
    }

    /** The version this program writes: 1 + the number of steps. */
    public int latestVersion() {
        return steps.size() + 1;
    }

    /**
     * Applies every step from {@code version} up to {@link #latestVersion()}, setting {@code schemaVersion}
     * after each. A document already at the latest version is returned unchanged.
     */
    public ObjectNode upgrade(ObjectNode document, int version) {
        if (version < 1 || version > latestVersion()) {
            throw new IllegalArgumentException("cannot upgrade from version " + version + " (this program reads 1 to "
                    + latestVersion() + ")");
        }
        ObjectNode current = document;
        for (int v = version; v < latestVersion(); v++) {
            current = Objects.requireNonNull(steps.get(v - 1).apply(current), "migration step from version " + v);
            current.put("schemaVersion", v + 1);
        }
        return current;
    }
}
