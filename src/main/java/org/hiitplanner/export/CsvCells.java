package org.hiitplanner.export;

/**
 * Text cells for CSV files that a spreadsheet opens. A cell that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return could be run as a formula (OWASP "CSV injection"); such a cell gets a
 * leading single quote, so the spreadsheet shows it as text. Use it for text only: numeric columns are written as
 * numbers and never pass through here (a negative number must stay a number).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell text for {@code value}: empty for null, prefixed with {@code '} when it could be a formula. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        return isRisky(value) ? "'" + value : value;
    }

    /** True if a spreadsheet could take {@code value} for a formula. */
    public static boolean isRisky(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
