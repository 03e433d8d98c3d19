package dev.xinspect.core.http;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One request and what came back. Either {@code response} or {@code failure} is present (a pasted response has
 * no request; a refused connection has no response). {@code timings} and {@code startedAt} are absent for
 * exchanges read from files that do not record them. When redirects were followed, {@code redirects} lists each hop
 * in order, {@code request} is the last request sent (the one {@code response} or {@code failure} belongs to) and
 * {@code timings} count from the first request.
 */
public record Exchange(SentRequest request, ReceivedResponse response, TransportFailure failure,
                       Timings timings, Instant startedAt, List<Redirect> redirects) {

    public Exchange {
        if (response == null && failure == null) {
            throw new IllegalArgumentException("an exchange has a response or a failure");
        }
        redirects = redirects == null ? List.of() : List.copyOf(redirects);
    }

    /** An exchange without redirects. */
    public Exchange(SentRequest request, ReceivedResponse response, TransportFailure failure, Timings timings,
                    Instant startedAt) {
        this(request, response, failure, timings, startedAt, List.of());
    }

    public static Exchange ofResponse(ReceivedResponse response) {
        return new Exchange(null, response, null, null, null);
    }

    public static Exchange of(SentRequest request, ReceivedResponse response) {
        return new Exchange(request, response, null, null, null);
    }

    public static Exchange failed(SentRequest request, TransportFailure failure) {
        return new Exchange(request, null, failure, null, null);
    }

    public Optional<SentRequest> sentRequest() {
        return Optional.ofNullable(request);
    }

    public Optional<ReceivedResponse> receivedResponse() {
        return Optional.ofNullable(response);
    }

    public Optional<TransportFailure> transportFailure() {
        return Optional.ofNullable(failure);
    }
}
