package org.hiitplanner.export;

/**
 * Text cells for CSV files that a spreadsheet opens (OWASP "CSV injection"). A cell that begins, after spaces,
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed could be run as a
 * formula; it gets a leading single quote, so the spreadsheet shows it as text. The same holds right after a
 * {@code ,} or {@code ;} inside a text: a spreadsheet that splits on the other separator (a Dutch or Swedish Excel
 * splits on semicolons) starts a new cell there, so a quote goes right after that separator too, and after a line
 * break inside a text (a program that splits lines before it reads quotes starts a row there). Use it for text
 * only: numeric columns are written as numbers and never pass through here (a negative number must stay a number).
 */
public final class CsvCells {
    private CsvCells() {
    }

    /** The cell text for {@code value}: empty for null, with {@code '} wherever a spreadsheet cell could begin a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        StringBuilder b = new StringBuilder(value.length() + 2);
        boolean cellStart = true;
        boolean afterBreak = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean secondHalfOfABreak = afterBreak && (c == '\n' || c == '\r');
            if (cellStart && !secondHalfOfABreak && startsFormula(value, i)) {
                b.append('\'');
            }
            b.append(c);
            afterBreak = c == '\n' || c == '\r';
            cellStart = c == ',' || c == ';' || afterBreak;
        }
        return b.toString();
    }

    /** True if a spreadsheet, splitting on commas or on semicolons, could take part of {@code value} for a formula. */
    public static boolean isRisky(String value) {
        return value != null && !text(value).equals(value);
    }

    /** True when the text from {@code from} on begins, after spaces, with a character that starts a formula. */
    private static boolean startsFormula(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char c = value.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }
}
