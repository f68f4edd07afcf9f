package org.hiitplanner.storage;

import java.util.List;

/**
 * One problem found while reading an animal CSV file: what kind, and the values that describe it. The user
 * interface turns it into words ({@code animals.csv.<KIND>} in the messages), so it carries no text of its own
 * beyond the values themselves.
 *
 * @param kind what is wrong
 * @param args the values that go with the kind, in the order documented on each {@link Kind}
 */
public record AnimalCsvProblem(Kind kind, List<String> args) {

    /** What can be wrong with the file as a whole or with one of its rows. */
    public enum Kind {
        /** The file is larger than the limit; args: limit in MiB. */
        FILE_TOO_LARGE(true),
        /** The bytes are not UTF-8 text; no args. */
        FILE_NOT_UTF8(true),
        /** The file holds nothing but blank space; no args. */
        FILE_EMPTY(true),
        /** The header row lacks required columns; args: missing column names, the header cells as found. */
        HEADER_MISSING_COLUMN(true),
        /** The header row is followed by no data row; no args. */
        NO_ROWS(true),
        /** The CSV syntax breaks (e.g. an unclosed quote); args: line, the parser's explanation. */
        MALFORMED(true),
        /** The row has fewer cells than the header; args: column name. */
        MISSING_COLUMN(false),
        /** A required cell is blank; args: column name. */
        EMPTY_VALUE(false),
        /** The id breaks the id rule; args: the domain's explanation. */
        BAD_ID(false),
        /** The id appears on an earlier line of the file; args: id, that line. */
        DUPLICATE_IN_FILE(false),
        /** The study already has an animal with this id; args: id. */
        DUPLICATE_IN_STUDY(false),
        /** The study has no such group; args: group, the study's groups separated by ", ". */
        UNKNOWN_GROUP(false),
        /** The sex is not male or female; args: the value. */
        BAD_SEX(false),
        /** The birth date is not yyyy-mm-dd; args: the value. */
        BAD_DATE(false);

        private final boolean aboutFile;

        Kind(boolean aboutFile) {
            this.aboutFile = aboutFile;
        }

        /** True when the problem concerns the whole file rather than one row. */
        public boolean aboutFile() {
            return aboutFile;
        }
    }

    public AnimalCsvProblem {
        if (kind == null) {
            throw new IllegalArgumentException("kind of CSV problem is missing");
        }
        args = List.copyOf(args);
    }

    public static AnimalCsvProblem of(Kind kind, Object... args) {
        return new AnimalCsvProblem(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The i-th value, or "" when there are fewer. */
    public String arg(int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
