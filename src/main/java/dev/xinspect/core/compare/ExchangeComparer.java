package dev.xinspect.core.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.json.JsonLimits;
import java.util.List;
import java.util.Optional;

/** Compares two exchanges' responses: status, headers and a JSON-aware body diff. */
public final class ExchangeComparer {
    private final ObjectMapper mapper = JsonLimits.mapper();
    private final JsonDiff jsonDiff = new JsonDiff();
    private final HeaderDiff headerDiff = new HeaderDiff();

    public ExchangeComparison compare(Exchange left, Exchange right) {
        ReceivedResponse leftResponse = left.receivedResponse().orElse(null);
        ReceivedResponse rightResponse = right.receivedResponse().orElse(null);
        List<Change> headerChanges = headerDiff.diff(headersOf(leftResponse), headersOf(rightResponse));

        Optional<JsonNode> leftJson = json(bodyOf(leftResponse));
        Optional<JsonNode> rightJson = json(bodyOf(rightResponse));
        if (leftJson.isPresent() && rightJson.isPresent()) {
            return new ExchangeComparison(statusOf(leftResponse), statusOf(rightResponse), headerChanges,
                    jsonDiff.diff(leftJson.get(), rightJson.get()), "");
        }
        String note = bodyOf(leftResponse).equals(bodyOf(rightResponse))
                ? "The bodies are not JSON; they are identical."
                : "The bodies are not both JSON; compare them in the Raw view.";
        return new ExchangeComparison(statusOf(leftResponse), statusOf(rightResponse), headerChanges, List.of(), note);
    }

    private Optional<JsonNode> json(Body body) {
        if (body.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(body.text()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Headers headersOf(ReceivedResponse response) {
        return response == null ? Headers.EMPTY : response.headers();
    }

    private static Body bodyOf(ReceivedResponse response) {
        return response == null ? Body.EMPTY : response.body();
    }

    /** 0 stands for "no response" (a transport failure). */
    private static int statusOf(ReceivedResponse response) {
        return response == null ? 0 : response.status();
    }
}
