package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;

/** Real-shaped X API exchanges for diagnosis tests. */
final class Exchanges {
    static final String SERVER_DATE = "Tue, 24 Nov 2026 10:00:00 GMT";
    static final long SERVER_EPOCH = 1795514400L;

    private Exchanges() {
    }

    static Exchange response(int status, String contentType, String body, String... headers) {
        Headers all = Headers.of(headers).with("content-type", contentType).with("date", SERVER_DATE);
        return Exchange.ofResponse(new ReceivedResponse(status, "", "HTTP/2", all, Body.ofText(body)));
    }

    static Exchange json(int status, String body, String... headers) {
        return response(status, "application/json; charset=utf-8", body, headers);
    }

    static Exchange problem(int status, String body, String... headers) {
        return response(status, "application/problem+json", body, headers);
    }

    static Exchange sent(SentRequest request, Exchange response) {
        return Exchange.of(request, response.response());
    }

    static Exchange usageCapped429() {
        return json(429, """
                {"account_id":1234567890,"product_name":"standard-basic","title":"UsageCapExceeded","period":"Monthly",\
                "scope":"Product","detail":"Usage cap exceeded: Monthly product cap",\
                "type":"https://api.twitter.com/2/problems/usage-capped"}""",
                "x-rate-limit-limit", "15", "x-rate-limit-remaining", "14", "x-rate-limit-reset", "1795515120");
    }

    static Exchange rateLimited429() {
        return json(429, "{\"title\":\"Too Many Requests\",\"detail\":\"Too Many Requests\",\"type\":\"about:blank\",\"status\":429}",
                "x-rate-limit-limit", "15", "x-rate-limit-remaining", "0", "x-rate-limit-reset", "1795515120");
    }

    static Exchange tooManyConnections429() {
        return json(429, """
                {"title":"ConnectionException","detail":"This stream is currently at the maximum allowed connection limit.",\
                "connection_issue":"TooManyConnections","type":"https://api.twitter.com/2/problems/streaming-connection"}""");
    }

    static Exchange partialErrors200() {
        return json(200, """
                {"data":[{"id":"20","text":"just setting up my twttr"}],"errors":[{"value":"1234","detail":\
                "Could not find tweet with ids: [1234].","title":"Not Found Error","resource_type":"tweet",\
                "parameter":"ids","resource_id":"1234","type":"https://api.x.com/2/problems/resource-not-found"}]}""");
    }

    static Exchange invalidRequest400() {
        return problem(400, """
                {"errors":[{"parameters":{"foo":["bar"]},"message":"The query parameter [foo] is not one of [ids,expansions]"}],\
                "title":"Invalid Request","detail":"One or more parameters to your request was invalid.",\
                "type":"https://api.twitter.com/2/problems/invalid-request"}""");
    }
}
