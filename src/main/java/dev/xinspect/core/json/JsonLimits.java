package dev.xinspect.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds every {@link JsonFactory} and {@link ObjectMapper} xinspect uses, with read limits set on purpose instead of
 * Jackson's defaults (a 20,000,000-character string cap that a HAR holding a 26 MB response already passes). Each
 * call returns a new, unshared instance: an {@code ObjectMapper} registers itself with its factory, so factories are
 * never shared between mappers. Thread-safe.
 */
public final class JsonLimits {
    /** Real X answers nest about ten levels; a thousand is far past any API and stays clear of stack trouble. */
    public static final int MAX_NESTING_DEPTH = 1_000;
    /** One string may be as long as the largest body the inspector opens (HAR bodies are strings): 512 Mi characters. */
    public static final int MAX_STRING_LENGTH = 512 * 1024 * 1024;
    /** Digits in one number: X's ids are 19 digits; parsing longer numbers costs time that grows with their square. */
    public static final int MAX_NUMBER_LENGTH = 1_000;
    /** Characters in one member name (Jackson's default): names are short, a longer one is an attack, not data. */
    public static final int MAX_NAME_LENGTH = 50_000;

    private JsonLimits() {
    }

    /** A new factory with xinspect's limits, for streaming reads and writes. */
    public static JsonFactory factory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .build())
                .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
    }

    /** A new mapper over a new {@link #factory()}. */
    public static ObjectMapper mapper() {
        return mapperBuilder().build();
    }

    /** A builder of a mapper over a new {@link #factory()}, for a reader that needs more features (lenient syntax). */
    public static JsonMapper.Builder mapperBuilder() {
        return JsonMapper.builder(factory());
    }

    /**
     * The limit a parse stopped at, as a phrase that completes "The body …", e.g. "is nested deeper than 1,000
     * levels"; empty when the document is simply not valid JSON.
     */
    public static Optional<String> limitReached(JsonProcessingException e) {
        if (!(e instanceof StreamConstraintsException)) {
            return Optional.empty();
        }
        String message = String.valueOf(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("depth")) {
            return Optional.of("is nested deeper than " + count(MAX_NESTING_DEPTH) + " levels");
        }
        if (message.startsWith("string")) {
            return Optional.of("holds a string longer than " + count(MAX_STRING_LENGTH) + " characters");
        }
        if (message.startsWith("number")) {
            return Optional.of("holds a number longer than " + count(MAX_NUMBER_LENGTH) + " digits");
        }
        if (message.startsWith("name")) {
            return Optional.of("holds a member name longer than " + count(MAX_NAME_LENGTH) + " characters");
        }
        return Optional.of("goes past a size limit of the JSON reader");
    }

    /**
     * Why a parse failed, for a sentence "… does not parse (<i>this</i>)": the limit reached, or where the error is
     * ("line 3, column 7"). Never fails: a limit's exception carries no location.
     */
    public static String problem(JsonProcessingException e) {
        Optional<String> limit = limitReached(e);
        if (limit.isPresent()) {
            return "it " + limit.get();
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? "not valid JSON" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
