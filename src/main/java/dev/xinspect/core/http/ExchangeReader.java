package dev.xinspect.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a user pastes or opens into exchanges, detecting the format: a raw response as {@code curl -i} prints
 * it, a HAR 1.2 file (one exchange per entry), an exchange JSON, a bare X API JSON body, or an error as an SDK or a
 * debug log prints it, with X's body at any depth ({@link PasteReader}).
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
            return pasted(text).orElseThrow(() -> new UnreadableInputException("This is not a response: expected a status "
                    + "line such as \"HTTP/1.1 429 Too Many Requests\", a HAR file, an exchange JSON, or an error as an SDK "
                    + "prints it (a JavaScript object, a Python dict, a debug log)."));
        }
        JsonNode root;
        try {
            root = parse(trimmed);
        } catch (UnreadableInputException e) {
            return pasted(text).orElseThrow(() -> e);
        }
        if (root.path("log").isObject()) {
            return JsonExchangeParser.har(root.path("log"));
        }
        if (root.path("response").isObject() && !root.path("response").has("data")) { // axios keeps X's body in data
            return List.of(JsonExchangeParser.exchange(root));
        }
        if (!ErrorBodyLocator.isXErrorBody(root) && !root.has("data")) {
            Optional<List<Exchange>> wrapped = pasted(text); // an SDK's wrapper around X's body, as JSON
            if (wrapped.isPresent()) {
                return wrapped.get();
            }
        }
        return List.of(JsonExchangeParser.bareBody(root, trimmed));
    }

    private static Optional<List<Exchange>> pasted(String text) {
        return PasteReader.read(text).map(List::of);
    }

    /**
     * Reads a file's bytes: a raw response keeps its body bytes as they are (nothing decoded but the headers);
     * HAR and JSON files are read as text, as {@link #read(String)} does. The array is handed over: a raw
     * response's body keeps it, so the caller must not change it afterwards.
     */
    public List<Exchange> read(byte[] input) throws UnreadableInputException {
        return read(Body.sharing(input, 0, input.length));
    }

    /**
     * Reads a file held as a body ({@link BodyFile}): a raw response's body is the rest of the file's slices, shared,
     * not copied; HAR and JSON files are read as text.
     */
    public List<Exchange> read(Body input) throws UnreadableInputException {
        if (input.isEmpty()) {
            throw new UnreadableInputException("The input is empty.");
        }
        int start = RawResponseParser.startOfText(input);
        String firstLine = new String(input.after(start).head(200), StandardCharsets.UTF_8);
        if (RawResponseParser.looksLikeRawResponse(firstLine)) {
            return List.of(Exchange.ofResponse(RawResponseParser.parse(input, start)));
        }
        return read(input.text());
    }

    private JsonNode parse(String text) throws UnreadableInputException {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UnreadableInputException("The input starts like JSON but does not parse (" + JsonLimits.problem(e) + ").");
        }
    }
}
