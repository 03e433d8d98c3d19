package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a request-aware hint may look at: the exchange (with its request), the findings read from the body, the
 * response facts, the endpoint catalog, and "now" as the server saw it (its {@code date} header) or else the clock.
 */
public record HintContext(SentRequest request, ReceivedResponse response, List<Finding> bodyFindings,
                          ResponseFacts facts, EndpointAuthModes endpoints, Clock clock) {

    static HintContext of(Exchange exchange, List<Finding> bodyFindings, ResponseFacts facts,
                          EndpointAuthModes endpoints, Clock clock) {
        return new HintContext(exchange.request(), exchange.response(), List.copyOf(bodyFindings), facts, endpoints, clock);
    }

    public int status() {
        return response == null ? 0 : response.status();
    }

    public Instant serverNow() {
        return facts.serverTime().orElseGet(clock::instant);
    }

    public boolean bodyHasProblem(String slug) {
        return bodyFindings.stream().anyMatch(f -> f.type().equals(slug));
    }
}
