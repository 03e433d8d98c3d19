package dev.xinspect.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.xinspect.core.http.SentRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world shapes of curl commands, as pasted from X's docs, browsers ("Copy as cURL"), READMEs and Windows. */
class CurlCommandParserTest {
    private final CurlCommandParser parser = new CurlCommandParser();

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of("curl \"https://api.x.com/2/tweets?ids=1228393702244134912\" -H \"Authorization: Bearer $BEARER_TOKEN\"",
                        "GET", "https://api.x.com/2/tweets?ids=1228393702244134912", List.of("Authorization: Bearer {{BEARER_TOKEN}}"), ""),
                Arguments.of("curl --request GET 'https://api.x.com/2/users/by/username/XDevelopers' --header 'Authorization: Bearer AAAA'",
                        "GET", "https://api.x.com/2/users/by/username/XDevelopers", List.of("Authorization: Bearer AAAA"), ""),
                Arguments.of("curl -X POST https://api.x.com/2/tweets \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"text\": \"Hello world!\"}'",
                        "POST", "https://api.x.com/2/tweets", List.of("Content-Type: application/json"), "{\"text\": \"Hello world!\"}"),
                Arguments.of("curl --location --request POST 'https://api.x.com/2/tweets/search/stream/rules' --header 'Content-type: application/json' --data-raw '{\"add\": [{\"value\": \"cat has:images\", \"tag\": \"cats\"}]}'",
                        "POST", "https://api.x.com/2/tweets/search/stream/rules", List.of("Content-type: application/json"),
                        "{\"add\": [{\"value\": \"cat has:images\", \"tag\": \"cats\"}]}"),
                Arguments.of("curl -G https://api.x.com/2/tweets/search/recent --data-urlencode 'query=from:XDevelopers -is:retweet' -d max_results=10",
                        "GET", "https://api.x.com/2/tweets/search/recent?query=from%3aXDevelopers+-is%3aretweet&max_results=10", List.of(), ""),
                Arguments.of("curl -u 'key:secret' --data 'grant_type=client_credentials' 'https://api.x.com/oauth2/token'",
                        "POST", "https://api.x.com/oauth2/token", List.of("Authorization: Basic a2V5OnNlY3JldA==",
                                "Content-Type: application/x-www-form-urlencoded"), "grant_type=client_credentials"),
                Arguments.of("curl 'https://api.x.com/2/users/me' -H 'accept: */*' -H 'cookie: ct0=abc' --compressed",
                        "GET", "https://api.x.com/2/users/me", List.of("accept: */*", "cookie: ct0=abc"), ""),
                Arguments.of("curl ^\n  \"https://api.x.com/2/users/me\" ^\n  -H \"Authorization: Bearer x\"",
                        "GET", "https://api.x.com/2/users/me", List.of("Authorization: Bearer x"), ""),
                Arguments.of("curl $'https://api.x.com/2/tweets' -H $'Content-Type: application/json' --data-raw $'{\"text\":\"it\\'s\\\\n ok\"}'",
                        "POST", "https://api.x.com/2/tweets", List.of("Content-Type: application/json"), "{\"text\":\"it's\\n ok\"}"),
                Arguments.of("curl --json '{\"text\":\"hi\"}' https://api.x.com/2/tweets",
                        "POST", "https://api.x.com/2/tweets", List.of("Content-Type: application/json", "Accept: application/json"), "{\"text\":\"hi\"}"),
                Arguments.of("curl -X DELETE \"https://api.x.com/2/tweets/1460323737035677698\" -H \"Authorization: OAuth oauth_consumer_key=\\\"k\\\"\"",
                        "DELETE", "https://api.x.com/2/tweets/1460323737035677698", List.of("Authorization: OAuth oauth_consumer_key=\"k\""), ""),
                Arguments.of("curl -s -v -i -L -k https://api.x.com/2/openapi.json",
                        "GET", "https://api.x.com/2/openapi.json", List.of(), ""),
                Arguments.of("curl --url https://api.x.com/2/users/me --header Accept:application/json",
                        "GET", "https://api.x.com/2/users/me", List.of("Accept: application/json"), ""),
                Arguments.of("curl -A 'xurl/1.0' -e https://developer.x.com https://api.x.com/2/users/me",
                        "GET", "https://api.x.com/2/users/me", List.of("User-Agent: xurl/1.0", "Referer: https://developer.x.com"), ""),
                Arguments.of("curl -XPOST https://api.x.com/2/oauth2/token -d code=abc -d grant_type=authorization_code",
                        "POST", "https://api.x.com/2/oauth2/token", List.of("Content-Type: application/x-www-form-urlencoded"),
                        "code=abc&grant_type=authorization_code"),
                Arguments.of("curl 'https://api.x.com/2/tweets/search/stream' -N -H 'Authorization: Bearer t' -o out.json",
                        "GET", "https://api.x.com/2/tweets/search/stream", List.of("Authorization: Bearer t"), ""));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void realWorldCommandsBecomeTheRequestTheyDescribe(String command, String method, String url, List<String> headers, String body)
            throws Exception {
        SentRequest request = parser.parse(command).request();

        assertEquals(method, request.method());
        assertEquals(url, request.url());
        assertEquals(headers, request.headers().list().stream().map(h -> h.name() + ": " + h.value()).toList());
        assertEquals(body, request.body().text());
    }

    @Test
    void attachedShortOptionValuesAreRead() throws Exception {
        ImportedRequest parsed = parser.parse("curl -XDELETE -HAccept:x https://api.x.com/2/tweets/1");

        assertEquals("DELETE", parsed.method());
        assertEquals(List.of(), parsed.notes());
    }

    @Test
    void ignoredAndUnknownFlagsAreListedNotFatal() throws Exception {
        assertEquals(List.of("Not understood, and left out: --bogus at line 1, column 19.",
                        "Ignored, as they do not change the request: --compressed, -s, -S, -L."),
                parser.parse("curl --compressed --bogus -sSL https://api.x.com/2/users/me").notes());
    }

    @Test
    void somethingElseIsRefusedInOneSentence() {
        assertEquals("This does not start with curl: the first command is `wget`.",
                assertThrows(CurlCommandParser.NotCurlException.class, () -> parser.parse("wget https://x.com")).getMessage());
        assertEquals("The curl command has no URL.",
                assertThrows(CurlCommandParser.NotCurlException.class, () -> parser.parse("curl -H 'a: b'")).getMessage());
    }
}
