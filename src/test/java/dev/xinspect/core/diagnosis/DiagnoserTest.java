package dev.xinspect.core.diagnosis;

import static dev.xinspect.core.diagnosis.Exchanges.json;
import static dev.xinspect.core.diagnosis.Exchanges.problem;
import static dev.xinspect.core.diagnosis.Exchanges.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.TransportFailure;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnoserTest {
    static final KnowledgeBase KNOWLEDGE = KnowledgeBase.loadBundled();
    private final Diagnoser diagnoser = new Diagnoser(KNOWLEDGE,
            Clock.fixed(Instant.ofEpochSecond(Exchanges.SERVER_EPOCH), ZoneOffset.UTC), EndpointAuthModes.UNKNOWN,
            StandardHints.all());

    private static List<String> types(Diagnosis diagnosis) {
        return diagnosis.findings().stream().map(Finding::type).toList();
    }

    @Test
    void usageCapped429PointsToUsageCapsNotRateLimits() {
        Diagnosis diagnosis = diagnoser.diagnose(Exchanges.usageCapped429());

        assertEquals(List.of("usage-capped", "header:rate-limit-not-exhausted"), types(diagnosis));
        assertEquals(List.of("usage-caps", "get-help"), diagnosis.findings().get(0).checklists());
        assertEquals(List.of("usage-caps", "get-help"), diagnosis.checklistIds());
        assertEquals(Map.of("account_id", "1234567890", "product_name", "standard-basic", "period", "Monthly",
                "scope", "Product"), diagnosis.findings().get(0).fields());
        assertEquals(List.of("Waiting for x-rate-limit-reset will not help: the cap resets with the billing period."),
                diagnosis.status().tips(), "the status card agrees with the finding below it");
    }

    @Test
    void createdAndPaymentRequiredReadAsXMeansThem() {
        assertEquals("Created", diagnoser.diagnose(Exchanges.json(201, "{\"data\":{\"id\":\"1445880548472328192\"}}")).status().text());
        Diagnosis credits = diagnoser.diagnose(Exchanges.problem(402, """
                {"title":"CreditsDepleted","detail":"Your enrolled account does not have any credits to fulfill this request.",\
                "type":"https://api.x.com/2/problems/credits-depleted"}"""));
        assertTrue(credits.checklistIds().contains("credits"), credits.checklistIds().toString());
        assertFalse(credits.checklistIds().contains("usage-caps"), credits.checklistIds().toString());
    }

    @Test
    void plain429IsTheRateLimitWindow() {
        Diagnosis diagnosis = diagnoser.diagnose(Exchanges.rateLimited429());

        assertEquals(List.of("about:blank", "status:429"), types(diagnosis));
        assertEquals(List.of("rate-limits", "get-help"), diagnosis.checklistIds());
        assertEquals(new RateLimit(15, 0, 1795515120L, "15m"), diagnosis.rateLimit());
    }

    @Test
    void tooManyConnections429IsAStreamConnectionProblem() {
        Diagnosis diagnosis = diagnoser.diagnose(Exchanges.tooManyConnections429());

        assertEquals(List.of("streaming-connection"), types(diagnosis));
        assertEquals(List.of("stream-connection", "get-help"), diagnosis.checklistIds());
        assertTrue(diagnosis.findings().get(0).fields().get("what it means").contains("Another connection"));
    }

    static Stream<Arguments> referenceStatuses() {
        return Stream.of(Arguments.of(200, "OK"), Arguments.of(400, "Bad Request"), Arguments.of(401, "Unauthorized"),
                Arguments.of(402, "Payment Required"), Arguments.of(403, "Forbidden"), Arguments.of(404, "Not Found"),
                Arguments.of(409, "Connection Exception"), Arguments.of(429, "Too Many Requests"),
                Arguments.of(500, "Internal Server Error"), Arguments.of(501, "Unimplemented"),
                Arguments.of(503, "Service Unavailable"));
    }

    @ParameterizedTest
    @MethodSource("referenceStatuses")
    void everyReferenceStatusHasItsTextMeaningAndTips(int code, String text) {
        Diagnosis diagnosis = diagnoser.diagnose(response(code, "text/plain", ""));

        assertEquals(code, diagnosis.status().code());
        assertEquals(text, diagnosis.status().text());
        assertTrue(KNOWLEDGE.isListedStatus(code));
        assertTrue(!diagnosis.status().meaning().isBlank());
        if (code >= 400) {
            assertTrue(!diagnosis.status().tips().isEmpty(), "tips for " + code);
            assertTrue(!diagnosis.checklists().isEmpty(), "checklists for " + code);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {418, 422, 502, 504, 302, 206})
    void unlistedStatusesFallBackToTheirClass(int code) {
        StatusInfo status = diagnoser.diagnose(response(code, "text/plain", "")).status();

        String expected = switch (code / 100) {
            case 2 -> "Success";
            case 3 -> "Redirection";
            case 4 -> "Client Error";
            default -> "Server Error";
        };
        assertEquals(expected, status.text());
    }

    static Stream<Arguments> everyProblemTypeUnderBothHosts() {
        return KNOWLEDGE.problemTypes().stream().filter(p -> !p.slug().equals("about:blank"))
                .flatMap(p -> Stream.of("https://api.x.com/2/problems/", "https://api.twitter.com/2/problems/")
                        .map(host -> Arguments.of(p.slug(), host + p.slug())));
    }

    @ParameterizedTest
    @MethodSource("everyProblemTypeUnderBothHosts")
    void everyProblemTypeIsRecognisedOnEitherHost(String slug, String typeUri) {
        Diagnosis diagnosis = diagnoser.diagnose(problem(400,
                "{\"type\":\"" + typeUri + "\",\"title\":\"T\",\"detail\":\"D\",\"status\":400,\"extra_field\":\"kept\"}"));

        Finding finding = diagnosis.findings().get(0);
        assertEquals(slug, finding.type());
        assertEquals(FindingSource.PROBLEM, finding.source());
        assertEquals(Map.of("extra_field", "kept"), finding.fields());
        assertEquals(KNOWLEDGE.problemType(slug).orElseThrow().checklists().get(0), finding.checklists().get(0));
    }

    @Test
    void referenceHostSpellingWithCapitalXIsTheSameProblem() {
        assertEquals("usage-capped", ProblemSlug.of("https://api.X.com/2/problems/usage-capped"));
        assertEquals("about:blank", ProblemSlug.of("about:blank"));
    }

    @Test
    void unknownProblemTypeIsShownWithItsFieldsAndLinkedToRequestBasics() {
        Diagnosis diagnosis = diagnoser.diagnose(problem(400,
                "{\"type\":\"https://api.x.com/2/problems/brand-new\",\"title\":\"Brand New\",\"detail\":\"d\",\"foo\":{\"a\":1}}"));

        Finding finding = diagnosis.findings().get(0);
        assertEquals("brand-new", finding.type());
        assertEquals(Map.of("foo", "{\"a\":1}"), finding.fields());
        assertEquals(List.of("request-basics", "get-help"), finding.checklists());
    }

    @Test
    void partialErrorsIn200AreEachAFindingBesideTheData() {
        Diagnosis diagnosis = diagnoser.diagnose(Exchanges.partialErrors200());

        assertEquals(List.of("resource-not-found"), types(diagnosis));
        Finding finding = diagnosis.findings().get(0);
        assertEquals(FindingSource.PARTIAL_ERROR, finding.source());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals("1234", finding.fields().get("resource_id"));
        assertEquals(List.of(), diagnosis.notes());
    }

    @Test
    void errorsOnly200ExplainsThatAMissingPostIsNotA404() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, """
                {"errors":[{"value":"1","detail":"Could not find tweet with id: [1].","title":"Not Found Error",\
                "resource_type":"tweet","parameter":"id","resource_id":"1","type":"https://api.twitter.com/2/problems/resource-not-found"}]}"""));

        assertEquals(List.of("resource-not-found"), types(diagnosis));
        assertTrue(diagnosis.notes().get(0).contains("rather than with 404"));
    }

    @Test
    void invalidRequestKeepsEachMessageAndItsParameters() {
        Finding finding = diagnoser.diagnose(Exchanges.invalidRequest400()).findings().get(0);

        assertEquals("invalid-request", finding.type());
        assertEquals("The query parameter [foo] is not one of [ids,expansions] (parameters: {\"foo\":[\"bar\"]})",
                finding.fields().get("error 1"));
    }

    @Test
    void rulesErrorsIn2xxMapToStreamRules() {
        Diagnosis diagnosis = diagnoser.diagnose(json(201, """
                {"meta":{"sent":"2026-11-24T10:00:00.000Z","summary":{"created":0,"not_created":2,"valid":0,"invalid":2}},\
                "errors":[{"value":"cat has:images","id":"1","title":"DuplicateRule","type":"https://api.twitter.com/2/problems/duplicate-rules"},\
                {"title":"Invalid Rule","type":"https://api.twitter.com/2/problems/invalid-rules","details":["Ambiguous use of and as a keyword."]}]}"""));

        assertEquals(List.of("duplicate-rules", "invalid-rules"), types(diagnosis));
        assertEquals(FindingSource.PARTIAL_ERROR, diagnosis.findings().get(0).source());
        assertEquals("[\"Ambiguous use of and as a keyword.\"]", diagnosis.findings().get(1).fields().get("details"));
        assertEquals(List.of("stream-rules", "get-help"), diagnosis.checklistIds());
    }

    @Test
    void v1ErrorsAreReadInEitherKeyOrder() {
        Diagnosis codeFirst = diagnoser.diagnose(json(401, "{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}"));
        Diagnosis messageFirst = diagnoser.diagnose(json(429, "{\"errors\":[{\"message\":\"Rate limit exceeded\",\"code\":88}]}"));

        assertEquals("v1.1:32", codeFirst.findings().get(0).type());
        assertEquals(FindingSource.V1_ERROR, codeFirst.findings().get(0).source());
        assertEquals(List.of("authentication", "get-help"), codeFirst.checklistIds());
        assertEquals("v1.1:88", messageFirst.findings().get(0).type());
        assertEquals("Rate limit exceeded", messageFirst.findings().get(0).detail());
    }

    @ParameterizedTest
    @ValueSource(ints = {32, 34, 87, 88, 89, 99, 130, 131, 185, 187, 220, 453})
    void everyKnownV1CodeHasAnExplanation(int code) {
        Finding finding = diagnoser.diagnose(json(400, "{\"errors\":[{\"code\":" + code + ",\"message\":\"m\"}]}"))
                .findings().get(0);

        assertEquals("v1.1:" + code, finding.type());
        assertTrue(finding.fields().containsKey("meaning"));
    }

    @Test
    void oauthTokenErrorsAreNamedByTheirErrorCode() {
        Diagnosis diagnosis = diagnoser.diagnose(json(400,
                "{\"error\":\"unauthorized_client\",\"error_description\":\"Missing valid authorization header\"}"));

        Finding finding = diagnosis.findings().get(0);
        assertEquals("oauth:unauthorized_client", finding.type());
        assertEquals(FindingSource.OAUTH_ERROR, finding.source());
        assertEquals("Missing valid authorization header", finding.detail());
    }

    @Test
    void streamDisconnectLineIsAStreamFindingWithItsDisconnectType() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, """
                {"errors":[{"title":"operational-disconnect","disconnect_type":"UpstreamOperationalDisconnect",\
                "detail":"This stream has been disconnected upstream for operational reasons.",\
                "type":"https://api.twitter.com/2/problems/operational-disconnect"}]}"""));

        Finding finding = diagnosis.findings().get(0);
        assertEquals(FindingSource.STREAM, finding.source());
        assertEquals("UpstreamOperationalDisconnect", finding.fields().get("disconnect_type"));
        assertEquals(List.of("stream-connection", "full-buffer", "missing-posts", "get-help"), diagnosis.checklistIds());
    }

    @Test
    void htmlErrorPageUnderJsonContentTypeIsStatusDiagnosisWithANote() {
        Diagnosis diagnosis = diagnoser.diagnose(response(503, "application/json",
                "<!DOCTYPE html><html><head><title>Over capacity</title></head><body>...</body></html>"));

        assertEquals(List.of("status:503"), types(diagnosis));
        assertEquals(List.of("The body is an HTML page titled \"Over capacity\", not JSON (labelled application/json). "
                + "A proxy, a load balancer or an outage page answered instead of the API."), diagnosis.notes());
        assertEquals(List.of("server-errors", "get-help"), diagnosis.checklistIds());
    }

    @Test
    void plainTextAndXmlAndEmptyBodiesGetANote() {
        assertEquals("The body is plain text, not JSON (labelled text/plain): \"Rate limit exceeded\"",
                diagnoser.diagnose(response(429, "text/plain", "Rate limit exceeded\n")).notes().get(0));
        assertEquals("The body is XML, not JSON (labelled application/xml).",
                diagnoser.diagnose(response(500, "application/xml", "<?xml version=\"1.0\"?><error/>")).notes().get(0));
        assertEquals("The body is empty.", diagnoser.diagnose(response(500, "text/plain", "")).notes().get(0));
    }

    @Test
    void malformedTruncatedAndBomPrefixedJsonNeverCrash() {
        Diagnosis truncated = diagnoser.diagnose(json(400, "{\"type\":\"about:blank\",\"title\":\"Bad"));
        assertTrue(truncated.notes().get(0).startsWith("The body looks like JSON but does not parse"));
        assertEquals(List.of("status:400"), types(truncated));

        Diagnosis bom = diagnoser.diagnose(json(401, "\uFEFF{\"title\":\"Unauthorized\",\"type\":\"about:blank\",\"status\":401,\"detail\":\"Unauthorized\"}"));
        assertEquals(List.of("about:blank"), types(bom));
        assertEquals(List.of("authentication", "get-help"), bom.checklistIds());
    }

    @Test
    void ndjsonLabelledAsJsonIsNotedAndTheFirstValueDiagnosed() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, "{\"data\":{\"id\":\"1\"}}\n{\"data\":{\"id\":\"2\"}}\n"));

        assertTrue(diagnosis.notes().get(0).startsWith("The body holds 2 JSON values, one per line (NDJSON)"));
        assertEquals(List.of(), diagnosis.findings());
    }

    @Test
    void binaryMislabelledGzipAndInvalidUtf8AreNotedNotParsed() {
        Exchange gzip = Exchange.ofResponse(new dev.xinspect.core.http.ReceivedResponse(500, "", "", 
                dev.xinspect.core.http.Headers.of("content-type", "application/json"),
                dev.xinspect.core.http.Body.ofBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0})));
        Exchange invalid = Exchange.ofResponse(new dev.xinspect.core.http.ReceivedResponse(500, "", "",
                dev.xinspect.core.http.Headers.EMPTY, dev.xinspect.core.http.Body.ofBytes(new byte[] {'{', (byte) 0xC3, 0x28, 0})));

        assertTrue(diagnoser.diagnose(gzip).notes().get(0).contains("gzip-compressed"));
        assertTrue(diagnoser.diagnose(invalid).notes().get(0).contains("binary or not valid UTF-8"));
    }

    @Test
    void aFiveMegabyteSingleLineBodyIsReadWithoutKeepingItsData() {
        StringBuilder body = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 40_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"text\":\"").append("x".repeat(100)).append("\"}");
        }
        body.append("],\"errors\":[{\"type\":\"https://api.x.com/2/problems/resource-not-found\",\"title\":\"Not Found Error\",\"detail\":\"d\"}]}");

        Diagnosis diagnosis = diagnoser.diagnose(json(200, body.toString()));

        assertEquals(List.of("resource-not-found"), types(diagnosis));
    }

    @Test
    void rateLimitHeadersOfAllThreeWindowsAreRead() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, "{\"data\":{}}",
                "x-rate-limit-limit", "900", "x-rate-limit-remaining", "899", "x-rate-limit-reset", "1795515120",
                "x-app-limit-24hour-limit", "10000", "x-app-limit-24hour-remaining", "0", "x-app-limit-24hour-reset", "1795600800",
                "x-user-limit-24hour-limit", "100", "x-user-limit-24hour-remaining", "99", "x-user-limit-24hour-reset", "1795600800"));

        assertEquals(List.of(new RateLimit(900, 899, 1795515120L, "15m"), new RateLimit(10000, 0, 1795600800L, "24h-app"),
                new RateLimit(100, 99, 1795600800L, "24h-user")), diagnosis.rateLimits());
        assertEquals("24h-app", diagnosis.rateLimit().window());
        assertEquals(List.of("header:rate-limit-exhausted"), types(diagnosis));
    }

    @Test
    void responseFactsComeFromTheirHeaders() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, "{\"data\":{}}", "x-access-level", "read-write",
                "x-transaction-id", "abc123", "api-version", "2.167"));

        assertEquals(new ResponseFacts("read-write", "abc123", Exchanges.SERVER_DATE, "2.167"), diagnosis.facts());
        assertEquals(Instant.ofEpochSecond(Exchanges.SERVER_EPOCH), diagnosis.facts().serverTime().orElseThrow());
    }

    @Test
    void successWithoutErrorsHasNoFindingsAndNoChecklists() {
        Diagnosis diagnosis = diagnoser.diagnose(json(200, "{\"data\":{\"id\":\"2244994945\",\"username\":\"XDevelopers\"}}"));

        assertEquals(List.of(), diagnosis.findings());
        assertEquals(List.of(), diagnosis.checklists());
    }

    @Test
    void terminalControlCharactersFromABodyNeverReachTextOutput() {
        Diagnosis diagnosis = diagnoser.diagnose(json(400,
                "{\"type\":\"about:blank\",\"title\":\"Bad\\u001b[2J\",\"detail\":\"x\\u0000y\"}"));

        String text = new DiagnosisWriter(new RateLimitText(Clock.systemUTC(), ZoneOffset.UTC)).write(diagnosis, DiagnosisFormat.TEXT);

        assertTrue(text.contains("Bad\\u001b[2J") && text.contains("x\\u0000y"), text);
        assertTrue(text.chars().noneMatch(c -> c == 0x1b || c == 0));
    }

    @Test
    void transportFailureIsANetworkFindingWithNoStatus() {
        Diagnosis diagnosis = diagnoser.diagnose(Exchange.failed(null,
                new TransportFailure(TransportFailure.Kind.REFUSED, "Nothing is listening on 127.0.0.1:9", "")));

        assertNull(diagnosis.status());
        assertEquals(List.of("network:refused"), types(diagnosis));
        assertEquals(List.of("network", "get-help"), diagnosis.checklistIds());
    }
}
