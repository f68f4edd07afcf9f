package org.hiitplanner.export;

/** What kind of value a column of an export holds; decides how a CSV cell is written. */
public enum ColumnKind {
    /** A string (animal id, group, note): neutralised in CSV by {@link CsvCells} when it could be a formula. */
    TEXT,
    /** A LocalDate, written as yyyy-mm-dd. */
    DATE,
    /** An Integer or a BigDecimal, written as a number with the options' decimal mark; never neutralised. */
    NUMBER,
    /** A list of strings: joined with "; " in CSV (then neutralised as text), an array in JSON. */
    TEXT_LIST
}
