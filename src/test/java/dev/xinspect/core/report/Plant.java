package dev.xinspect.core.report;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The forms a secret takes in the captures people report, each planted in an otherwise ordinary exchange: the leak
 * paths found when the old redactor was measured (issue 14) and the classic ones. Every exchange also carries what
 * must stay readable: a Post ID, a user ID, an {@code x-transaction-id}, a date and the words around the secret.
 * {@link #known} plants are values the credential store holds, found by value rather than by name or shape.
 */
public enum Plant {
    OAUTH1_SPACES_AROUND_EQUALS(false), OAUTH1_SINGLE_QUOTES(false), OAUTH1_UNQUOTED(false), OAUTH1_LOWER_CASE_SCHEME(false),
    OAUTH1_SIGNATURE(false), JSON_CAMEL_CASE(false), JSON_PASCAL_CASE_CLIENT_SECRET(false), JSON_ESCAPED_NAME(false),
    JSON_ARRAY_IN_ERROR_PARAMETERS(false), JSON_NUMBER_VALUE(false), NUL_IN_FORM_BODY(false), INVALID_UTF8_IN_FORM_BODY(false),
    X_ACCESS_TOKEN_HEADER(false), X_API_KEY_HEADER(false), API_KEY_HEADER(false), PROXY_AUTHORIZATION(false),
    CODE_IN_REFERER(false), CODE_IN_LOCATION(false), ACCESS_TOKEN_FRAGMENT(false), CODE_FRAGMENT(false),
    USERINFO_PASSWORD(false), PERCENT_ENCODED_NAME(false), FORM_TOKEN_ANSWER(false), TOKEN_IN_ERROR_TEXT(false),
    BEARER_IN_ERROR_TEXT(false), NESTED_ENCODED_URL(false), MULTIPART_PART(false), COOKIE(false), BEARER_HEADER(false),
    QUERY_ACCESS_TOKEN(false), JWT_IN_BODY(false), BASIC_OF_KEY_AND_SECRET(false), KNOWN_IN_POST_TEXT(true),
    KNOWN_PERCENT_ENCODED(true), KNOWN_BASE64_IN_HEADER(true), KNOWN_JSON_ESCAPED(true), KNOWN_IN_PATH(true);

    public static final String POST_ID = "1460323737035677698";
    public static final String USER_ID = "2244994945";
    public static final String TRANSACTION_ID = "0a1b2c3d4e5f6a7b";
    public static final String DATE = "Tue, 24 Nov 2026 10:00:00 GMT";
    public static final String WORDS = "surrounding words stay readable";

    private final boolean known;

    Plant(boolean known) {
        this.known = known;
    }

    /** Whether the plant is found only because the credential store holds the value. */
    public boolean known() {
        return known;
    }

    /** An exchange that holds {@code secret} in this form (and {@code partner}, a second value, where a pair is needed). */
    public Exchange exchange(String secret, String partner) {
        String url = "https://api.x.com/2/tweets/" + POST_ID + "?tweet.fields=author_id";
        Headers request = Headers.of("User-Agent", "xinspect-test");
        byte[] requestBody = new byte[0];
        int status = 401;
        Headers response = Headers.EMPTY;
        String responseBody = "{\"title\":\"Unauthorized\",\"detail\":\"" + WORDS + "\",\"author_id\":\"" + USER_ID + "\"}";
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
        switch (this) {
            case OAUTH1_SPACES_AROUND_EQUALS -> request = request.with("Authorization", "OAuth oauth_consumer_key = \"" + secret
                    + "\", oauth_timestamp = \"1795514400\", oauth_version = \"1.0\"");
            case OAUTH1_SINGLE_QUOTES -> request = request.with("Authorization", "OAuth oauth_token='" + secret
                    + "',oauth_signature_method='HMAC-SHA1'");
            case OAUTH1_UNQUOTED -> request = request.with("Authorization", "OAuth oauth_consumer_key=" + partner
                    + ",oauth_token=" + secret + ",oauth_version=1.0");
            case OAUTH1_LOWER_CASE_SCHEME -> request = request.with("authorization", "oauth oauth_token=\"" + secret + "\"");
            case OAUTH1_SIGNATURE -> request = request.with("Authorization", "OAuth oauth_signature=\"" + encoded + "%3D\"");
            case JSON_CAMEL_CASE -> responseBody = "{\"accessToken\":\"" + secret + "\",\"note\":\"" + WORDS + "\",\"id\":\"" + USER_ID + "\"}";
            case JSON_PASCAL_CASE_CLIENT_SECRET -> responseBody = "{\"ClientSecret\" : \"" + secret + "\", \"words\": \"" + WORDS
                    + "\", \"id\": \"" + USER_ID + "\"}";
            case JSON_ESCAPED_NAME -> responseBody = "{\"access\\u005ftoken\":\"" + secret + "\",\"detail\":\"" + WORDS
                    + "\",\"id\":\"" + USER_ID + "\"}";
            case JSON_ARRAY_IN_ERROR_PARAMETERS -> responseBody = "{\"errors\":[{\"parameters\":{\"access_token\":[\"" + secret
                    + "\"]},\"message\":\"" + WORDS + "\"}],\"title\":\"Invalid Request\",\"detail\":\"One or more parameters to "
                    + "your request was invalid.\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\",\"id\":\"" + USER_ID + "\"}";
            case JSON_NUMBER_VALUE -> responseBody = "{\"oauth_verifier\": " + digits(secret) + ", \"detail\":\"" + WORDS
                    + "\",\"id\":\"" + USER_ID + "\"}";
            case NUL_IN_FORM_BODY -> requestBody = bytes("grant_type=client_credentials&client_secret=" + secret + "&pad=\0\0");
            case INVALID_UTF8_IN_FORM_BODY -> requestBody = concat(new byte[] {(byte) 0xFF, (byte) 0xC3},
                    bytes("&code_verifier=" + secret + "&code=" + partner));
            case X_ACCESS_TOKEN_HEADER -> request = request.with("X-Access-Token", secret);
            case X_API_KEY_HEADER -> request = request.with("X-Api-Key", secret);
            case API_KEY_HEADER -> request = request.with("api-key", secret);
            case PROXY_AUTHORIZATION -> request = request.with("Proxy-Authorization", "Basic " + secret);
            case CODE_IN_REFERER -> request = request.with("Referer", "http://127.0.0.1:8080/callback?state=abc&code=" + secret);
            case CODE_IN_LOCATION -> {
                status = 302;
                response = response.with("Location", "http://127.0.0.1:8080/callback?state=abc&code=" + secret);
            }
            case ACCESS_TOKEN_FRAGMENT -> url += "#access_token=" + secret + "&token_type=bearer";
            case CODE_FRAGMENT -> url += "#state=abc&code=" + secret;
            case USERINFO_PASSWORD -> url = "https://me:" + encoded + "@api.x.com/2/tweets/" + POST_ID;
            case PERCENT_ENCODED_NAME -> url += "&access%5Ftoken=" + encoded;
            case FORM_TOKEN_ANSWER -> {
                status = 200;
                response = response.with("content-type", "text/html;charset=utf-8");
                responseBody = "oauth_token=" + secret + "&oauth_token_secret=" + partner + "&user_id=" + USER_ID + "&screen_name=XDevelopers";
            }
            case TOKEN_IN_ERROR_TEXT -> responseBody = "{\"detail\":\"Token " + secret + " is invalid; " + WORDS + "\",\"id\":\"" + USER_ID + "\"}";
            case BEARER_IN_ERROR_TEXT -> responseBody = "Error: Bearer " + secret + " was rejected. " + WORDS + " (user " + USER_ID + ")";
            case NESTED_ENCODED_URL -> url += "&redirect_uri=" + URLEncoder.encode("https://app.example/cb?state=s&code=" + secret,
                    StandardCharsets.UTF_8);
            case MULTIPART_PART -> {
                request = request.with("Content-Type", "multipart/form-data; boundary=XyZ");
                requestBody = bytes("--XyZ\r\nContent-Disposition: form-data; name=\"client_secret\"\r\n\r\n" + secret
                        + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + WORDS + "\r\n--XyZ--\r\n");
            }
            case COOKIE -> request = request.with("Cookie", "auth_token=" + secret + "; ct0=" + partner);
            case BEARER_HEADER -> request = request.with("Authorization", "Bearer " + secret);
            case QUERY_ACCESS_TOKEN -> url += "&access_token=" + encoded;
            case JWT_IN_BODY -> responseBody = "{\"note\":\"" + WORDS + " " + secret + "\",\"id\":\"" + USER_ID + "\"}";
            case BASIC_OF_KEY_AND_SECRET -> request = request.with("Authorization", "Basic " + base64(partner + ":" + secret));
            case KNOWN_IN_POST_TEXT -> responseBody = "{\"data\":{\"id\":\"" + POST_ID + "\",\"text\":\"" + WORDS + " " + secret + "\"}}";
            case KNOWN_PERCENT_ENCODED -> url += "&q=" + encoded;
            case KNOWN_BASE64_IN_HEADER -> request = request.with("X-Debug", base64("client:" + secret));
            case KNOWN_JSON_ESCAPED -> responseBody = "{\"echo\":\"" + secret.replace("/", "\\/") + "\",\"detail\":\"" + WORDS + "\"}";
            case KNOWN_IN_PATH -> url = "https://api.x.com/2/tweets/" + POST_ID + "/" + encoded;
        }
        response = response.with("date", DATE).with("x-transaction-id", TRANSACTION_ID);
        if (response.first("content-type").isEmpty()) {
            response = response.with("content-type", "application/json");
        }
        String method = requestBody.length == 0 ? "GET" : "POST";
        if (requestBody.length > 0 && request.first("content-type").isEmpty()) {
            request = request.with("Content-Type", "application/x-www-form-urlencoded");
        }
        return new Exchange(new SentRequest(method, url, request, Body.ofBytes(requestBody)),
                new ReceivedResponse(status, "", "HTTP/1.1", response, Body.ofText(responseBody)), null, null,
                Instant.parse("2026-11-24T10:00:00Z"), List.of());
    }

    /** The forms a leaked value could be recognised in: as planted, percent-encoded, JSON-escaped. */
    public static List<String> formsOf(String secret) {
        return List.of(secret, URLEncoder.encode(secret, StandardCharsets.UTF_8), secret.replace("/", "\\/"));
    }

    private static String digits(String secret) {
        StringBuilder out = new StringBuilder("7");
        secret.chars().forEach(c -> out.append(c % 10));
        return out.toString();
    }

    /** The secret this plant holds, made from a generated value: a JWT for the JWT plant, else the value itself. */
    public String secretFrom(String generated) {
        return this == JWT_IN_BODY ? "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI" + generated.replaceAll("[^A-Za-z0-9_-]", "") + "In0."
                + generated.replaceAll("[^A-Za-z0-9_-]", "") : generated;
    }

    /** The value a plant really holds, when it is not the secret's text itself (a number made of it). */
    public String planted(String secret) {
        return this == JSON_NUMBER_VALUE ? digits(secret) : secret;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
