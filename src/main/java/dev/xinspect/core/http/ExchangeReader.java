package dev.xinspect.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads what a user pastes or opens into exchanges, detecting the format: a raw response as {@code curl -i} prints
 * it, a HAR 1.2 file (one exchange per entry), an exchange JSON, or a bare X API JSON body that states its status.
 * Anything else is refused with a one-line {@link UnreadableInputException}.
 */
public final class ExchangeReader {
    private final ObjectMapper mapper = JsonLimits.mapper();

    public List<Exchange> read(String input) throws UnreadableInputException {
        String text = input == null ? "" : input.replace("\uFEFF", "");
        if (text.isBlank()) {
            throw new UnreadableInputException("The input is empty.");
        }
        if (RawResponseParser.looksLikeRawResponse(text)) {
            return List.of(Exchange.ofResponse(RawResponseParser.parse(text)));
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("{")) {
            throw new UnreadableInputException("This is not a response: expected a status line such as "
                    + "\"HTTP/1.1 429 Too Many Requests\", a HAR file or an exchange JSON.");
        }
        JsonNode root = parse(trimmed);
        if (root.path("log").isObject()) {
            return JsonExchangeParser.har(root.path("log"));
        }
        if (root.path("response").isObject()) {
            return List.of(JsonExchangeParser.exchange(root));
        }
        return List.of(JsonExchangeParser.bareBody(root, trimmed));
    }

    /**
     * Reads a file's bytes: a raw response keeps its body bytes as they are (nothing decoded but the headers);
     * HAR and JSON files are read as text, as {@link #read(String)} does.
     */
    public List<Exchange> read(byte[] input) throws UnreadableInputException {
        int start = RawResponseParser.startOfText(input, 0);
        String firstLine = new String(input, start, Math.min(input.length - start, 200), StandardCharsets.UTF_8);
        if (RawResponseParser.looksLikeRawResponse(firstLine)) {
            return List.of(Exchange.ofResponse(RawResponseParser.parse(input, start)));
        }
        return read(new String(input, StandardCharsets.UTF_8));
    }

    private JsonNode parse(String text) throws UnreadableInputException {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException("The input starts like JSON but does not parse (" + JsonLimits.problem(e) + ").");
        }
    }
}
