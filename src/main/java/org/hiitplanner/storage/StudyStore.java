package org.hiitplanner.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.schedule.RecordRules;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;

/**
 * Reads and writes study files (*.hiit.json). Reading goes: bytes (size-limited, UTF-8) → JSON tree →
 * schemaVersion check and {@link Migrations} → shape check (types, unknown fields) → file records → domain →
 * {@link StudyValidator}. Every problem is reported with the file, the place and what is wrong. Reading never
 * writes anything; saving is atomic and keeps the previous file as {@code <name>.bak}.
 */
public final class StudyStore {
    private static final String VERSION_FIELD = "schemaVersion";

    private final Migrations migrations;
    private final int maxListEntries;
    private volatile Jackson jackson;
    private final AtomicFileWriter writer = new AtomicFileWriter();
    private final StudyValidator validator = new StudyValidator();
    private final Clock clock;

    public StudyStore() {
        this(Migrations.standard());
    }

    public StudyStore(Migrations migrations) {
        this(migrations, Clock.systemDefaultZone());
    }

    /** @param clock today, for the rule that no session record is dated after today */
    public StudyStore(Migrations migrations, Clock clock) {
        this(migrations, clock, ShapeCheck.MAX_LIST_ENTRIES);
    }

    /** A store with a lower list limit (tests of the limit). */
    StudyStore(Migrations migrations, Clock clock, int maxListEntries) {
        this.migrations = migrations;
        this.clock = clock;
        this.maxListEntries = maxListEntries;
    }

    /** The mapper and the file reader, made on first use: Jackson takes a few hundred ms to set up. */
    private record Jackson(ObjectMapper mapper, StudyFileInput input) {
    }

    private Jackson jackson() {
        Jackson j = jackson;
        if (j == null) {
            synchronized (this) {
                if (jackson == null) {
                    ObjectMapper m = JsonMapperFactory.create();
                    jackson = new Jackson(m, new StudyFileInput(m, JsonMapperFactory.MAX_DOCUMENT_BYTES));
                }
                j = jackson;
            }
        }
        return j;
    }

    /** The schemaVersion this store writes, and the newest it reads. */
    public int schemaVersion() {
        return migrations.latestVersion();
    }

    /** Loads and validates a study; any problem (including a validation error) is a StudyFileException. */
    public Study load(Path file) throws StudyFileException {
        return requireNoErrors(read(file), file);
    }

    /**
     * Reads a study and validates it without refusing it for validation errors: the findings list them all.
     * Throws when the file cannot be made into a study at all (unreadable, not JSON, too new, wrong types,
     * missing fields, values the domain refuses), with every such problem in the message.
     */
    public LoadedStudy read(Path file) throws StudyFileException {
        return StudyFileInput.withinMemory(file, () -> readText(jackson().input().readText(file), file));
    }

    /** Like {@link #read} for JSON text; {@code nameForMessages} is the file name the messages use. */
    public LoadedStudy readJson(String json, Path nameForMessages) throws StudyFileException {
        return StudyFileInput.withinMemory(nameForMessages, () -> readText(json, nameForMessages));
    }

    /** Like {@link #load} for JSON text; {@code nameForMessages} is the file name the messages use. */
    public Study fromJson(String json, Path nameForMessages) throws StudyFileException {
        return requireNoErrors(readJson(json, nameForMessages), nameForMessages);
    }

    /** The file content of a study: pretty-printed JSON with a final line end. */
    public String toJson(Study study) {
        try {
            return jackson().mapper().writeValueAsString(StudyToJson.toJson(study, schemaVersion())) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the study as JSON", e);
        }
    }

    /** Saves atomically: temp file beside the target, fsync, previous file kept as .bak, rename over. */
    public void save(Study study, Path file) throws StudyFileException {
        write(study, file, null);
    }

    /**
     * Saves like {@link #save(Study, Path)}, but only when the file is still what {@code guard} read or wrote last:
     * someone else's change is never overwritten. The guard remembers the new content.
     */
    public void save(Study study, Path file, FileGuard guard) throws StudyFileException {
        write(study, file, guard);
    }

    private void write(Study study, Path file, FileGuard guard) throws StudyFileException {
        try {
            if (guard != null && !guard.unchanged(file)) {
                throw new StudyFileException(file, file + ": cannot save the study: the file was changed by someone "
                        + "else since it was opened here; nothing was written. Open it again to see their change.");
            }
            byte[] content = toJson(study).getBytes(StandardCharsets.UTF_8);
            checkReadable(study, content, file);
            writer.write(file, content);
            if (guard != null) {
                guard.remember(file, content);
            }
        } catch (SaveFailedException e) {
            throw new StudyFileException(file, file + ": cannot save the study: " + e.reason() + "; " + e.onDisk(), e);
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": cannot save the study: " + IoMessages.describe(e)
                    + "; nothing was written", e);
        }
    }

    /** What this store writes, it opens again: the loader's limits are checked before anything is written. */
    private void checkReadable(Study study, byte[] content, Path file) throws StudyFileException {
        long limit = JsonMapperFactory.MAX_DOCUMENT_BYTES;
        if (content.length > limit) {
            throw new StudyFileException(file, file + ": cannot save the study: it would be "
                    + content.length / (1 << 20) + " MiB, more than this computer can open again ("
                    + limit / (1 << 20) + " MiB); nothing was written");
        }
        int longest = Math.max(Math.max(study.sessionRecords().size(), study.auditLog().size()),
                Math.max(study.animals().size(), study.stepTestResults().size()));
        if (longest > maxListEntries) {
            throw new StudyFileException(file, file + ": cannot save the study: a list has " + longest
                    + " entries, more than a study file may hold (" + maxListEntries + "); nothing was written");
        }
    }

    /** Removes the temporary files a crash left beside the study; call only while holding its lock. */
    public int removeLeftovers(Path file) {
        return writer.removeLeftovers(file);
    }

    private LoadedStudy readText(String text, Path file) throws StudyFileException {
        ObjectNode parsed = jackson().input().parseObject(text, file);
        boolean sealedFormat = parsed.path(VERSION_FIELD).asInt(0) >= Migrations.SEALED_VERSION;
        ObjectNode tree = upgrade(parsed, file);
        List<Finding> shapeProblems = new ShapeCheck(maxListEntries).check(tree, StudyJson.class);
        StudyJson document = bind(tree, file, shapeProblems);
        JsonToStudy mapping = new JsonToStudy(shapeProblems, sealedFormat);
        Study study = mapping.map(document);
        if (study == null) {
            throw StudyFileException.of(file, mapping.findings());
        }
        List<Finding> findings = new ArrayList<>(mapping.findings());
        findings.addAll(JsonToStudy.toFilePaths(validator.validate(study), document));
        List<RecordRules.BrokenRecord> broken = RecordRules.of(study, LocalDate.now(clock)).checkAll();
        broken.forEach(b -> findings.add(b.finding()));
        return new LoadedStudy(study, findings, broken);
    }

    private static Study requireNoErrors(LoadedStudy loaded, Path file) throws StudyFileException {
        if (loaded.hasErrors()) {
            throw refusal(loaded, file);
        }
        return loaded.study();
    }

    /** The error that refuses a study read with errors, naming the file and every place. */
    public static StudyFileException refusal(LoadedStudy loaded, Path file) {
        return StudyFileException.of(file, loaded.findings());
    }

    /** Checks schemaVersion and brings an older document up to the current version. */
    private ObjectNode upgrade(ObjectNode tree, Path file) throws StudyFileException {
        String path = JsonPaths.field(JsonPaths.ROOT, VERSION_FIELD);
        JsonNode version = tree.get(VERSION_FIELD);
        if (version == null || version.isNull()) {
            throw StudyFileException.of(file, List.of(Finding.error(path, Problems.MISSING
                    + ", so this is not a HIIT Planner study file (or it was damaged)")));
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            throw StudyFileException.of(file, List.of(Finding.error(path, "expected a whole number, found "
                    + JsonPaths.describe(version))));
        }
        int v = version.intValue();
        if (v > schemaVersion()) {
            throw new StudyFileException(file, file + ": was written by a newer version of HIIT Planner (schemaVersion "
                    + v + "); this version reads up to " + schemaVersion() + ". Open it with a newer HIIT Planner.");
        }
        if (v < 1) {
            throw StudyFileException.of(file, List.of(Finding.error(path, "must be 1 or more (was " + v + ")")));
        }
        try {
            return migrations.upgrade(tree, v);
        } catch (RuntimeException e) {
            throw new StudyFileException(file, file + ": cannot convert the file from schemaVersion " + v + ": "
                    + e.getMessage(), e);
        }
    }

    /** Binds the checked tree to the file records; a failure here is a safety net the shape check should prevent. */
    private StudyJson bind(ObjectNode tree, Path file, List<Finding> earlier) throws StudyFileException {
        try {
            return jackson().mapper().treeToValue(tree, StudyJson.class);
        } catch (JsonMappingException e) {
            List<Finding> all = new ArrayList<>(earlier);
            all.add(Finding.error(JsonPaths.of(e.getPath()), IoMessages.cleanJacksonMessage(e.getOriginalMessage())));
            throw StudyFileException.of(file, all);
        } catch (JsonProcessingException e) {
            throw new StudyFileException(file, file + ": " + IoMessages.cleanJacksonMessage(e.getOriginalMessage()), e);
        }
    }
}
