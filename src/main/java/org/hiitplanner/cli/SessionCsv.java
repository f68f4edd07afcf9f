package org.hiitplanner.cli;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.storage.DateText;

/**
 * The CSV form of {@code record}: a header row with at least animal, date and status, then one session per row.
 * Every row is read and checked; each bad line is reported with its number.
 */
final class SessionCsv {
    static final List<String> COLUMNS = List.of("animal", "date", "status", "intervals", "stimuli",
            "grid_seconds", "weight_g", "notes", "reason");
    private static final List<String> REQUIRED = List.of("animal", "date", "status");

    /** Takes one row's session; throws IllegalArgumentException when the row is not acceptable. */
    @FunctionalInterface
    interface RowHandler {
        void accept(RecordInput input);
    }

    private final Path csv;

    SessionCsv(Path csv) {
        this.csv = csv;
    }

    /** Reads every row; a row's problem (from parsing or from {@code handler}) is added to {@code problems}. */
    void read(RowHandler handler, List<String> problems) throws Exception {
        StudyFiles.requireFile(csv);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(csv)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CliException(csv + ": not a UTF-8 text file; save it as CSV UTF-8");
        } catch (IOException e) {
            throw new CliException("cannot read " + csv + ": " + ErrorMessages.reason(e));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setTrim(true).build();
        Map<String, Integer> seen = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((name, i) -> header.put(name.strip().toLowerCase(Locale.ROOT), i));
            for (String name : header.keySet()) {
                if (!COLUMNS.contains(name)) {
                    throw new CliException(csv + " line 1: unknown column '" + name + "'; the columns are "
                            + String.join(", ", COLUMNS));
                }
            }
            for (String name : REQUIRED) {
                if (!header.containsKey(name)) {
                    throw new CliException(csv + " line 1: the header has no column '" + name + "'; a header row "
                            + "with at least " + String.join(", ", REQUIRED) + " is required");
                }
            }
            LineCounter lines = new LineCounter(text);
            for (CSVRecord row : parser) {
                int line = lines.lineAt(row.getCharacterPosition());
                String where = csv + " line " + line + ": ";
                try {
                    RecordInput in = input(row, header);
                    String k = in.animal() + "\u0000" + in.date();
                    Integer earlier = seen.putIfAbsent(k, line);
                    if (earlier != null) {
                        throw new IllegalArgumentException(in.animal() + " " + in.date() + " is already on line "
                                + earlier);
                    }
                    handler.accept(in);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ErrorMessages.oneLine(e.getMessage()));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CliException(csv + ": not a readable CSV file: " + ErrorMessages.oneLine(e.getMessage()));
        }
    }

    /** The line of a character position, counted on from the previous position (rows come in order). */
    private static final class LineCounter {
        private final String text;
        private int at;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long position) {
            for (; at < position && at < text.length(); at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static RecordInput input(CSVRecord row, Map<String, Integer> header) {
        String animalId = cell(row, header, "animal");
        if (animalId.isEmpty()) {
            throw new IllegalArgumentException("the animal is empty");
        }
        String dateText = cell(row, header, "date");
        String dateProblem = DateText.problem(dateText);
        if (dateProblem != null) {
            throw new IllegalArgumentException("date '" + ErrorMessages.printable(dateText) + "' is not a date"
                    + (dateProblem.equals(DateText.NOT_THE_FORM) ? "" : ": " + dateProblem) + "; expected yyyy-mm-dd");
        }
        LocalDate day = LocalDate.parse(dateText);
        String statusText = cell(row, header, "status");
        SessionStatus st;
        try {
            st = SessionStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status '" + statusText
                    + "' is not one of completed, partial, missed, excused");
        }
        String weightText = cell(row, header, "weight_g");
        BigDecimal w;
        try {
            w = weightText.isEmpty() ? null : new BigDecimal(weightText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight_g '" + weightText + "' is not a number");
        }
        return new RecordInput(animalId, day, st, count(row, header, "intervals"), count(row, header, "stimuli"),
                count(row, header, "grid_seconds"), w, cell(row, header, "notes"), cell(row, header, "reason"));
    }

    private static String cell(CSVRecord row, Map<String, Integer> header, String column) {
        Integer i = header.get(column);
        return i == null || i >= row.size() ? "" : row.get(i).strip();
    }

    private static Integer count(CSVRecord row, Map<String, Integer> header, String column) {
        String text = cell(row, header, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " '" + text + "' is not a whole number");
        }
    }
}
