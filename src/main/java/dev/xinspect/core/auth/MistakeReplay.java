package dev.xinspect.core.auth;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Re-signs a request the wrong ways clients often sign it and reports which wrong way reproduces a given
 * signature: that is the mistake the client made.
 */
final class MistakeReplay {
    private static final Set<String> NOT_SIGNED = Set.of("oauth_signature", "realm");

    private final Oauth1Request request;
    private final Oauth1Credentials credentials;
    private final List<Param> protocol = new ArrayList<>();
    private final SignedUrl url;

    MistakeReplay(Oauth1Request request, Oauth1Credentials credentials, Map<String, String> header, boolean withVersion) {
        this.request = request;
        this.credentials = credentials;
        header.forEach((name, value) -> {
            if (!NOT_SIGNED.contains(name) && (withVersion || !name.equals("oauth_version"))) {
                protocol.add(new Param(name, value));
            }
        });
        this.url = SignedUrl.parse(request.url());
    }

    List<Oauth1Mistake> explaining(String signature) {
        List<Oauth1Mistake> found = new ArrayList<>();
        UnaryOperator<String> rfc3986 = PercentEncoding::encode;
        // HTML form encoding: space as '+', '*' left alone, '~' encoded.
        UnaryOperator<String> form = v -> URLEncoder.encode(v, StandardCharsets.UTF_8);
        UnaryOperator<String> twice = v -> PercentEncoding.encode(PercentEncoding.encode(v));
        String key = key(credentials.tokenSecret());
        String query = url.queryParameters().isEmpty() ? "" : "?" + request.url().replaceFirst("^[^?]*\\?", "").replaceFirst("#.*$", "");

        record Attempt(Oauth1Mistake mistake, boolean query, boolean form, UnaryOperator<String> inner, UnaryOperator<String> outer,
                       String baseUri, String key) {}
        // The double-encoding bug encodes values before the signer encodes them again; the outer step is right.
        List<Attempt> attempts = List.of(
                new Attempt(Oauth1Mistake.PLUS_FOR_SPACE, true, true, form, form, url.baseUri(), key),
                new Attempt(Oauth1Mistake.DOUBLE_ENCODING, true, true, twice, rfc3986, url.baseUri(), key),
                new Attempt(Oauth1Mistake.QUERY_LEFT_OUT, false, true, rfc3986, rfc3986, url.baseUri(), key),
                new Attempt(Oauth1Mistake.FORM_LEFT_OUT, true, false, rfc3986, rfc3986, url.baseUri(), key),
                new Attempt(Oauth1Mistake.QUERY_IN_BASE_URI, false, true, rfc3986, rfc3986, url.baseUri() + query, key),
                new Attempt(Oauth1Mistake.TOKEN_SECRET_LEFT_OUT, true, true, rfc3986, rfc3986, url.baseUri(), key(null)));
        Set<Oauth1Mistake> seen = EnumSet.noneOf(Oauth1Mistake.class);
        for (Attempt a : attempts) {
            boolean meaningful = switch (a.mistake()) {
                case QUERY_LEFT_OUT, QUERY_IN_BASE_URI -> !url.queryParameters().isEmpty();
                case FORM_LEFT_OUT -> !request.formParameters().isEmpty();
                case TOKEN_SECRET_LEFT_OUT -> credentials.tokenSecret() != null && !credentials.tokenSecret().isEmpty();
                default -> true;
            };
            if (meaningful && seen.add(a.mistake()) && signature.equals(sign(a.query(), a.form(), a.inner(), a.outer(), a.baseUri(), a.key()))) {
                found.add(a.mistake());
            }
        }
        return found;
    }

    private String key(String tokenSecret) {
        return PercentEncoding.encode(credentials.consumerSecret()) + "&" + PercentEncoding.encode(tokenSecret == null ? "" : tokenSecret);
    }

    private String sign(boolean withQuery, boolean withForm, UnaryOperator<String> inner, UnaryOperator<String> outer,
                        String baseUri, String key) {
        List<Param> params = new ArrayList<>();
        if (withQuery) {
            params.addAll(url.queryParameters());
        }
        if (withForm) {
            params.addAll(request.formParameters());
        }
        params.addAll(protocol);
        String base = request.method().strip().toUpperCase(java.util.Locale.ROOT) + "&" + outer.apply(baseUri) + "&"
                + outer.apply(Oauth1Signer.parameterString(params, inner));
        return Oauth1Signer.hmacSha1(key, base);
    }
}
