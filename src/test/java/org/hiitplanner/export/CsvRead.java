package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Test helper: reads an exported CSV back as a spreadsheet would, after an optional byte-order mark. */
final class CsvRead {
    private CsvRead() {
    }

    /**
     * The data rows of {@code csv}.
     *
     * @param header the expected header row, or null to accept any
     */
    static List<CSVRecord> rows(String csv, char delimiter, List<String> header) throws IOException {
        String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            if (header != null) {
                assertEquals(header, parser.getHeaderNames());
            }
            return parser.getRecords();
        }
    }
}
