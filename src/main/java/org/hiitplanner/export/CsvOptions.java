package org.hiitplanner.export;

import java.math.BigDecimal;

/**
 * How a CSV export is written. Always UTF-8, RFC 4180 quoting, CRLF line ends, a header row, ISO dates
 * (yyyy-mm-dd, which Excel reads as dates in every locale).
 *
 * <p>The decimal mark follows the delimiter: with {@code ;} numbers get a decimal <em>comma</em> (26,1), with any
 * other delimiter a point (26.1). Excel in locales whose decimal mark is a comma (Dutch, Swedish, German …) expects
 * exactly that pair: it splits on {@code ;} and reads 26,1 as a number, whereas it reads 26.1 as text or even as a
 * date (26 January). A comma delimiter with a decimal comma cannot exist, so there is no third option to get wrong.
 *
 * @param byteOrderMark start the file with U+FEFF, so that Excel recognises UTF-8 (å, µ, é in notes)
 * @param delimiter     the cell separator
 */
public record CsvOptions(boolean byteOrderMark, char delimiter) {
    /** For R, Python, statistics programs and Excel in English: no BOM, comma, decimal point. */
    public static final CsvOptions STANDARD = new CsvOptions(false, ',');
    /** For Excel in Dutch, Swedish or German: BOM, semicolon, decimal comma. */
    public static final CsvOptions EXCEL_EUROPE = new CsvOptions(true, ';');

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '.' || delimiter == '\''
                || Character.isDigit(delimiter) || delimiter == '-') {
            throw new IllegalArgumentException("'" + delimiter + "' cannot separate CSV cells");
        }
    }

    /** {@code ,} when the delimiter is {@code ;}, otherwise {@code .}. */
    public char decimalMark() {
        return delimiter == ';' ? ',' : '.';
    }

    /** A number as written in a cell: plain (no exponent), with {@link #decimalMark()}; e.g. "-1.2" or "-1,2". */
    public String number(Number value) {
        String plain = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        return decimalMark() == '.' ? plain : plain.replace('.', decimalMark());
    }
}
