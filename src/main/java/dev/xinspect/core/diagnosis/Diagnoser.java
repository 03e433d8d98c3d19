package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.TransportFailure;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Explains one exchange: what the status means, every error the body carries, the rate-limit state, hints from the
 * request that was sent, and the checklists to work through. Pure and thread-safe: an exchange in, a
 * {@link Diagnosis} out; it never throws on a malformed body.
 */
public final class Diagnoser {
    private static final String GET_HELP = "get-help";

    private final KnowledgeBase knowledge;
    private final Clock clock;
    private final EndpointAuthModes endpoints;
    private final List<RequestHint> hints;
    private final BodyReader bodyReader = new BodyReader();
    private final ErrorBodyReader errorReader;
    private final TooManyRequests tooManyRequests = new TooManyRequests();

    public Diagnoser(KnowledgeBase knowledge, Clock clock, EndpointAuthModes endpoints, List<RequestHint> hints) {
        this.knowledge = knowledge;
        this.clock = clock;
        this.endpoints = endpoints;
        this.hints = List.copyOf(hints);
        this.errorReader = new ErrorBodyReader(knowledge);
    }

    public Diagnosis diagnose(Exchange exchange) {
        Optional<TransportFailure> failure = exchange.transportFailure();
        if (failure.isPresent()) {
            return networkDiagnosis(failure.get());
        }
        ReceivedResponse response = exchange.response();
        StatusInfo status = knowledge.status(response.status());
        BodyShape body = bodyReader.read(response.body(), response.mediaType());
        List<String> notes = new ArrayList<>();
        if (!body.note().isEmpty()) {
            notes.add(body.note());
        }
        List<Finding> findings = new ArrayList<>(body.jsonObject()
                .map(json -> errorReader.read(json, response.status(), genericChecklists(status)))
                .orElse(List.of()));
        boolean streamMessage = findings.stream().anyMatch(f -> f.source() == FindingSource.STREAM);
        if (response.status() >= 200 && response.status() < 300 && !findings.isEmpty() && !body.hasData()
                && body.kind() == BodyShape.Kind.JSON && !streamMessage) {
            notes.add("The status is " + response.status() + " but the body holds only errors: X reports a missing "
                    + "resource in a lookup this way rather than with 404.");
        }

        List<RateLimit> rateLimits = RateLimitHeaders.read(response.headers());
        notes.addAll(RateLimitHeaders.outOfRange(response.headers()));
        ResponseFacts facts = ResponseFacts.of(response.headers());
        if (response.status() == 429) {
            findings.addAll(tooManyRequests.explain(findings, rateLimits));
        } else if (response.status() >= 400 && findings.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            findings.add(statusFinding(status));
        }
        exhaustedWindowWarning(response.status(), rateLimits).ifPresent(findings::add);

        HintContext context = HintContext.of(exchange, findings, facts, endpoints, clock);
        for (RequestHint hint : hints) {
            hint.check(context).ifPresent(findings::add);
        }
        List<Finding> linked = withGetHelp(findings);
        return new Diagnosis(usageCapAware(status, findings), linked, RateLimitHeaders.mostPressing(rateLimits), rateLimits,
                checklistsOf(linked), notes, facts);
    }

    /** The card must not say "wait for x-rate-limit-reset" above a usage-capped finding that says waiting will not help. */
    private static StatusInfo usageCapAware(StatusInfo status, List<Finding> findings) {
        if (status.code() != 429 || findings.stream().noneMatch(f -> f.type().equals("usage-capped"))) {
            return status;
        }
        return new StatusInfo(status.code(), status.text(), "The monthly usage cap of your package was reached.",
                List.of("Waiting for x-rate-limit-reset will not help: the cap resets with the billing period."), status.checklists());
    }

    private Diagnosis networkDiagnosis(TransportFailure failure) {
        Finding finding = new Finding(FindingSource.NETWORK, Severity.ERROR, "network:" + failure.kind().slug(),
                failure.message(), failure.detail(), Map.of(), List.of("network", GET_HELP));
        List<Finding> findings = List.of(finding);
        return new Diagnosis(null, findings, null, List.of(), checklistsOf(findings),
                List.of("No response came back, so there is no status or body to explain."), ResponseFacts.NONE);
    }

    /** A 429 with nothing more specific in the body is the rate-limit window; usage caps announce themselves. */
    private static List<String> genericChecklists(StatusInfo status) {
        return status.code() == 429 ? List.of("rate-limits") : status.checklists();
    }

    private static Finding statusFinding(StatusInfo status) {
        return new Finding(FindingSource.STATUS, Severity.ERROR, "status:" + status.code(),
                status.code() + " " + status.text(), status.meaning(), Map.of(), status.checklists());
    }

    private static Optional<Finding> exhaustedWindowWarning(int status, List<RateLimit> windows) {
        if (status == 429) {
            return Optional.empty();
        }
        return windows.stream().filter(RateLimit::isExhausted).findFirst().map(window -> new Finding(
                FindingSource.HEADER, Severity.WARNING, "header:rate-limit-exhausted",
                "No requests left in the " + window.window() + " window",
                "The next request before " + window.resetAt() + " (UTC) will get 429 Too Many Requests.",
                Map.of("limit", Long.toString(window.limit()), "reset", Long.toString(window.resetEpoch())),
                List.of("rate-limits")));
    }

    /** Errors and warnings also point at the forum checklist, last, as the way out when nothing else helps. */
    private static List<Finding> withGetHelp(List<Finding> findings) {
        return findings.stream().map(f -> f.severity() == Severity.INFO || f.checklists().contains(GET_HELP) ? f
                : new Finding(f.source(), f.severity(), f.type(), f.title(), f.detail(), f.fields(),
                        append(f.checklists(), GET_HELP))).toList();
    }

    private List<Checklist> checklistsOf(List<Finding> findings) {
        Set<String> ids = new LinkedHashSet<>();
        findings.forEach(f -> ids.addAll(f.checklists()));
        if (ids.remove(GET_HELP)) {
            ids.add(GET_HELP);
        }
        return ids.stream().map(knowledge::checklist).flatMap(Optional::stream).toList();
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
