package org.hiitplanner.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.AnimalCsvProblem.Kind;

/**
 * Reads animals from a CSV file with a header row naming the columns {@code id}, {@code group}, {@code sex} and,
 * optionally, {@code birth date} (yyyy-mm-dd), in any order; other columns are ignored. Cells are separated by
 * {@code ,} or {@code ;} (whichever the header uses), the text is UTF-8 with or without a byte-order mark.
 * Each row is checked against the study (unique ids, existing groups); bad content never throws: it becomes a
 * problem of its row or of the file. Only failing to read the file at all throws an {@link IOException}.
 */
public final class AnimalCsvReader {
    /** Larger files are refused: a list of animals is a few kilobytes. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** The columns, by the name used in messages, and the header spellings accepted for each. */
    enum Column {
        ID("id", "id", "animal", "animalid"),
        GROUP("group", "group"),
        SEX("sex", "sex"),
        BIRTH_DATE("birth date", "birthdate", "dateofbirth", "dob", "born");

        final String label;
        final Set<String> spellings;

        Column(String label, String... spellings) {
            this.label = label;
            this.spellings = Set.of(spellings);
        }
    }

    /** Reads and checks {@code file} against {@code study}. */
    public AnimalCsvResult read(Path file, Study study) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        if (bytes.length > MAX_BYTES) {
            return AnimalCsvResult.fileProblem(AnimalCsvProblem.of(Kind.FILE_TOO_LARGE, MAX_BYTES / (1024 * 1024)));
        }
        return decode(bytes).map(text -> parse(text, study))
                .orElseGet(() -> AnimalCsvResult.fileProblem(AnimalCsvProblem.of(Kind.FILE_NOT_UTF8)));
    }

    /** Why a file could not be read, in words ("not found: /data/mice.csv"). */
    public static String describe(IOException e) {
        return IoMessages.describe(e);
    }

    /** Strict UTF-8; empty when the bytes are not UTF-8 text. */
    static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Checks the text of a CSV file (a leading byte-order mark is dropped) against {@code study}. */
    public AnimalCsvResult parse(String text, Study study) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            return AnimalCsvResult.fileProblem(AnimalCsvProblem.of(Kind.FILE_EMPTY));
        }
        if (body.indexOf('\0') >= 0) {
            return AnimalCsvResult.fileProblem(AnimalCsvProblem.of(Kind.FILE_NOT_UTF8));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(body)).setTrim(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            return new Reading(study, new Lines(body), parser).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen: the text is in memory
        }
    }

    /** {@code ;} when the header line has more semicolons than commas, else {@code ,}. */
    static char separator(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** One pass over the records of a file. */
    private static final class Reading {
        private final Study study;
        private final Lines lines;
        private final CSVParser parser;
        private final Set<String> studyIds;
        private final Map<String, String> groupsByLowerName;
        private final Map<String, Integer> firstLineOfId = new HashMap<>();
        private final List<AnimalCsvRow> rows = new ArrayList<>();
        private Map<Column, Integer> columns;

        Reading(Study study, Lines lines, CSVParser parser) {
            this.study = study;
            this.lines = lines;
            this.parser = parser;
            this.studyIds = study.animals().stream().map(Animal::id).collect(Collectors.toSet());
            this.groupsByLowerName = new HashMap<>();
            study.groups().forEach(g -> groupsByLowerName.merge(g.name().toLowerCase(Locale.ROOT), g.name(),
                    (a, b) -> null)); // two groups that differ only in case: require the exact name
        }

        AnimalCsvResult run() {
            try {
                Iterator<CSVRecord> records = parser.iterator();
                Optional<AnimalCsvProblem> headerProblem = header(records.next());
                if (headerProblem.isPresent()) {
                    return AnimalCsvResult.fileProblem(headerProblem.get());
                }
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (!blank(record)) {
                        rows.add(row(record));
                    }
                }
                return new AnimalCsvResult(rows,
                        rows.isEmpty() ? List.of(AnimalCsvProblem.of(Kind.NO_ROWS)) : List.of());
            } catch (UncheckedIOException | IllegalStateException e) {
                return new AnimalCsvResult(rows, List.of(AnimalCsvProblem.of(Kind.MALFORMED,
                        parser.getCurrentLineNumber(), explanation(e))));
            }
        }

        private Optional<AnimalCsvProblem> header(CSVRecord header) {
            columns = new EnumMap<>(Column.class);
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                for (Column c : Column.values()) {
                    if (c.spellings.contains(name)) {
                        columns.putIfAbsent(c, i);
                    }
                }
            }
            List<String> missing = List.of(Column.ID, Column.GROUP, Column.SEX).stream()
                    .filter(c -> !columns.containsKey(c)).map(c -> c.label).toList();
            return missing.isEmpty() ? Optional.empty() : Optional.of(AnimalCsvProblem.of(
                    Kind.HEADER_MISSING_COLUMN, String.join(", ", missing), String.join(", ", header.toList())));
        }

        private AnimalCsvRow row(CSVRecord record) {
            int line = lines.lineOf(record.getCharacterPosition());
            List<AnimalCsvProblem> problems = new ArrayList<>();
            String id = required(record, Column.ID, problems);
            String group = required(record, Column.GROUP, problems);
            String sexText = required(record, Column.SEX, problems);
            String birthText = cell(record, Column.BIRTH_DATE);
            checkId(id, line, problems);
            String knownGroup = group.isEmpty() ? null : knownGroup(group, problems);
            Sex sex = sexText.isEmpty() ? null : sex(sexText, problems);
            LocalDate birth = birthText.isEmpty() ? null : date(birthText, problems);
            Animal animal = problems.isEmpty() ? new Animal(id, knownGroup, sex, birth, null, "") : null;
            return new AnimalCsvRow(line, id, group, sexText, birthText, animal, problems);
        }

        private String cell(CSVRecord record, Column column) {
            Integer index = columns.get(column);
            return index == null || index >= record.size() ? "" : record.get(index);
        }

        private String required(CSVRecord record, Column column, List<AnimalCsvProblem> problems) {
            if (columns.get(column) >= record.size()) {
                problems.add(AnimalCsvProblem.of(Kind.MISSING_COLUMN, column.label));
                return "";
            }
            String value = record.get(columns.get(column));
            if (value.isEmpty()) {
                problems.add(AnimalCsvProblem.of(Kind.EMPTY_VALUE, column.label));
            }
            return value;
        }

        private void checkId(String id, int line, List<AnimalCsvProblem> problems) {
            if (id.isEmpty()) {
                return;
            }
            try {
                Animal.checkId(id);
            } catch (IllegalArgumentException e) {
                problems.add(AnimalCsvProblem.of(Kind.BAD_ID, e.getMessage()));
                return;
            }
            Integer earlier = firstLineOfId.putIfAbsent(id, line);
            if (earlier != null) {
                problems.add(AnimalCsvProblem.of(Kind.DUPLICATE_IN_FILE, id, earlier));
            }
            if (studyIds.contains(id)) {
                problems.add(AnimalCsvProblem.of(Kind.DUPLICATE_IN_STUDY, id));
            }
        }

        private String knownGroup(String group, List<AnimalCsvProblem> problems) {
            if (study.group(group).isPresent()) {
                return group;
            }
            String match = groupsByLowerName.get(group.toLowerCase(Locale.ROOT));
            if (match == null) {
                problems.add(AnimalCsvProblem.of(Kind.UNKNOWN_GROUP, group,
                        study.groups().stream().map(Group::name).collect(Collectors.joining(", "))));
            }
            return match;
        }

        private static Sex sex(String text, List<AnimalCsvProblem> problems) {
            switch (text.toLowerCase(Locale.ROOT)) {
                case "m", "male" -> {
                    return Sex.MALE;
                }
                case "f", "female" -> {
                    return Sex.FEMALE;
                }
                default -> {
                    problems.add(AnimalCsvProblem.of(Kind.BAD_SEX, text));
                    return null;
                }
            }
        }

        private static LocalDate date(String text, List<AnimalCsvProblem> problems) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problems.add(AnimalCsvProblem.of(Kind.BAD_DATE, text));
                return null;
            }
        }

        private static boolean blank(CSVRecord record) {
            return record.stream().allMatch(String::isEmpty);
        }

        private static String explanation(RuntimeException e) {
            String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : String.valueOf(e.getMessage());
            return m.replaceAll("\\s*at line: \\d+, position: \\d+", "").strip();
        }
    }

    /** Line numbers (from 1) of character positions in a text; CR, LF and CRLF end a line. */
    static final class Lines {
        private final String text;
        private final int[] starts;

        Lines(String text) {
            this.text = text;
            List<Integer> list = new ArrayList<>();
            list.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    list.add(i + 1);
                }
            }
            starts = list.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the first character at or after {@code position} that is not blank space. */
        int lineOf(long position) {
            int p = (int) Math.min(position, text.length());
            while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
                p++;
            }
            int i = java.util.Arrays.binarySearch(starts, p);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
