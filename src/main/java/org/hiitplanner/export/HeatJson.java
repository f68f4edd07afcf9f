package org.hiitplanner.export;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.NotPlanned;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.treadmill.Tolerance;

/**
 * Writes heat plans as one JSON object: the date and options, then per treadmill its heats in running order (start,
 * end, duration, the belt's speeds or null on independent lanes, the animals by lane with their own speeds, what
 * they run and the deviation), the animals in no heat and the warnings. Speeds are plain decimal numbers in m/min,
 * times "hh:mm", dates "yyyy-mm-dd". The writer is flushed, never closed.
 */
public final class HeatJson {
    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** Writes the object, pretty-printed, followed by a line break. */
    public void write(LocalDate date, HeatOptions options, List<HeatPlan> plans, Writer out) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("date", date.toString());
            writeOptions(json, options);
            json.writeArrayFieldStart("treadmills");
            for (HeatPlan plan : plans) {
                writePlan(json, plan);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void writeOptions(JsonGenerator json, HeatOptions o) throws IOException {
        json.writeObjectFieldStart("tolerance");
        json.writeStringField("kind", o.tolerance().kind() == Tolerance.Kind.PERCENT ? "percent" : "m_per_min");
        json.writeNumberField("value", o.tolerance().value());
        json.writeEndObject();
        json.writeStringField("order", o.order().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("seed", o.seed());
    }

    /** The treadmill's changeover and day window. */
    private static void writeDay(JsonGenerator json, HeatOptions o) throws IOException {
        json.writeNumberField("changeover_s", o.changeoverSeconds());
        if (o.dayWindow().isPresent()) {
            json.writeObjectFieldStart("window");
            json.writeStringField("start", HeatCsv.time(o.window().start()));
            json.writeStringField("end", HeatCsv.time(o.window().end()));
            json.writeEndObject();
        } else {
            json.writeNullField("window");
        }
    }

    private static void writePlan(JsonGenerator json, HeatPlan plan) throws IOException {
        json.writeStartObject();
        json.writeStringField("treadmill", plan.treadmill());
        json.writeStringField("belt", plan.belt().name().toLowerCase(Locale.ROOT));
        json.writeNumberField("lanes", plan.lanes());
        writeDay(json, plan.options());
        json.writeStringField("start", HeatCsv.time(plan.firstStart()));
        json.writeStringField("end", HeatCsv.time(plan.end()));
        json.writeNumberField("total_s", plan.totalSeconds());
        json.writeBooleanField("fits", plan.fits());
        json.writeNumberField("max_deviation", plan.maxDeviation());
        json.writeNumberField("total_deviation", plan.totalDeviation());
        json.writeArrayFieldStart("heats");
        for (Heat heat : plan.heats()) {
            writeHeat(json, heat);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("not_planned");
        for (NotPlanned n : plan.notPlanned()) {
            json.writeStartObject();
            json.writeStringField("animal", n.animalId());
            json.writeStringField("group", n.session().group());
            json.writeStringField("reason", n.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "warnings", plan.warnings());
        json.writeEndObject();
    }

    private static void writeHeat(JsonGenerator json, Heat heat) throws IOException {
        json.writeStartObject();
        json.writeNumberField("heat", heat.number());
        json.writeStringField("start", HeatCsv.time(heat.start()));
        json.writeStringField("end", HeatCsv.time(heat.end()));
        json.writeNumberField("duration_s", heat.durationSeconds());
        speeds(json, "belt", heat.belt());
        json.writeArrayFieldStart("animals");
        for (HeatRunner r : heat.runners()) {
            json.writeStartObject();
            json.writeNumberField("lane", r.lane());
            json.writeStringField("animal", r.animalId());
            json.writeStringField("group", r.session().group());
            speeds(json, "own", r.own());
            speeds(json, "run", r.run());
            speeds(json, "deviation", r.deviation());
            json.writeEndObject();
        }
        json.writeEndArray();
        strings(json, "warnings", heat.warnings());
        json.writeEndObject();
    }

    /** {"warmup": …, "high": …, "low": …, "cooldown": …}, or null. */
    private static void speeds(JsonGenerator json, String name, PhaseSpeeds s) throws IOException {
        if (s == null) {
            json.writeNullField(name);
            return;
        }
        json.writeObjectFieldStart(name);
        number(json, "warmup", s.warmUp());
        number(json, "high", s.high());
        number(json, "low", s.low());
        number(json, "cooldown", s.coolDown());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(name); // a phase of 0 seconds has no speed
            return;
        }
        json.writeNumberField(name, value);
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) {
            json.writeString(v);
        }
        json.writeEndArray();
    }
}
