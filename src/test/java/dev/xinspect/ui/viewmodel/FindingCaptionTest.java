package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingCaptionTest {
    private final Diagnoser diagnoser = new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN,
            StandardHints.all());

    private List<String> captions(int status, String contentType, String body) {
        return diagnoser.diagnose(Exchange.ofResponse(ReceivedResponse.of(status, Headers.of("content-type", contentType), body)))
                .findings().stream().map(FindingCaption::of).toList();
    }

    @Test
    void aPlainText500SaysItIsReadFromTheStatusNotStatusColonStatus() {
        List<String> captions = captions(500, "text/plain", "Internal Server Error");

        assertEquals("From the HTTP status 500 alone: the body says nothing more", captions.get(0));
    }

    @Test
    void aProblemKeepsXsTypeAndSaysWhereItWasRead() {
        // X's usage-capped problem body, as in https://docs.x.com/x-api/fundamentals/response-codes-and-errors
        List<String> captions = captions(429, "application/problem+json", "{\"title\":\"UsageCapExceeded\",\"detail\":\"Usage cap "
                + "exceeded: Monthly product cap\",\"type\":\"https://api.twitter.com/2/problems/usage-capped\",\"period\":\"Monthly\","
                + "\"scope\":\"Product\"}");

        assertEquals(true, captions.stream().anyMatch(c -> c.endsWith("  ·  problem in the body") && c.contains("usage-capped")),
                captions.toString());
    }
}
