package org.hiitplanner.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Writes a schedule as a JSON array of objects with the fields of {@link ScheduleColumn}: numbers as JSON numbers
 * (speeds as plain decimals, e.g. 26.1), dates as "yyyy-mm-dd", no Vmax as null, warnings as an array of strings.
 * Streams, so a large schedule is not held twice in memory. The writer is flushed, never closed.
 */
public final class ScheduleJson {
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes the array, pretty-printed, followed by a line break. */
    public void write(List<PlannedSession> sessions, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (PlannedSession session : sessions) {
                writeSession(json, session);
            }
            json.writeEndArray();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    /** Writes UTF-8 to {@code out}, which is flushed and left open. */
    public void write(List<PlannedSession> sessions, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        write(sessions, writer);
        writer.flush();
    }

    private static void writeSession(JsonGenerator json, PlannedSession session) throws IOException {
        json.writeStartObject();
        for (ScheduleColumn column : ScheduleColumn.values()) {
            json.writeFieldName(column.header());
            writeValue(json, column.value(session));
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Integer i) {
            json.writeNumber(i);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                json.writeString(String.valueOf(item));
            }
            json.writeEndArray();
        } else {
            json.writeString(value.toString());
        }
    }
}
