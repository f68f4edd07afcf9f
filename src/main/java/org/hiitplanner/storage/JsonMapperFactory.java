package org.hiitplanner.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place where the Jackson {@link ObjectMapper} for study files is configured: java.time support, dates as
 * ISO text ({@code 2026-11-16}), numbers as exact {@code BigDecimal}s written as plain numbers ({@code 0.1},
 * {@code 100.0}, never {@code 1E+2}), pretty printing with two-space indentation and {@code \n} line ends,
 * strict reading (unknown fields, floats for whole numbers and quoted numbers are errors) and small limits on
 * what a hostile file may make the parser do.
 */
public final class JsonMapperFactory {
    /** Deepest nesting of objects and lists a file may have; a study needs 4. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest text value, in characters. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** Longest field name, in characters. */
    public static final int MAX_NAME_LENGTH = 1_000;
    /** Most digits in one number. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /**
     * Largest study file, in bytes: an eighth of the memory this Java may use (reading a file into a tree takes
     * several times its size), at least 64 MiB and at most 1 GiB. With the usual quarter of a lab computer's 8 GiB
     * that is 256 MiB, about three times a 1 000-animal, 16-week study with its trail.
     */
    public static final long MAX_DOCUMENT_BYTES = Math.max(64L << 20, Math.min(1L << 30,
            Runtime.getRuntime().maxMemory() / 8));

    private JsonMapperFactory() {
    }

    /** A new, fully configured mapper. Mappers are thread-safe once built; share one per store. */
    public static ObjectMapper create() {
        return JsonMapper.builder(jsonFactory())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .defaultPrettyPrinter(prettyPrinter())
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static JsonFactory jsonFactory() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNameLength(MAX_NAME_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
        return JsonFactory.builder()
                .streamReadConstraints(limits)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
