package dev.xinspect.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xinspect.core.AppVersion;
import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.QueryString;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.json.JsonLimits;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Writes exchanges as a HAR 1.2 file, redacted: headers, query strings, bodies and cookies carry no secret. Binary
 * bodies are base64 as HAR allows. {@code ExchangeReader} reads the result back.
 */
public final class HarExporter {
    private final ObjectMapper mapper = JsonLimits.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Redactor redactor;

    public HarExporter(Redactor redactor) {
        this.redactor = redactor;
    }

    public String export(List<Exchange> exchanges) {
        ObjectNode root = mapper.createObjectNode();
        ObjectNode log = root.putObject("log");
        log.put("version", "1.2");
        log.putObject("creator").put("name", "xinspect").put("version", AppVersion.current());
        ArrayNode entries = log.putArray("entries");
        for (Exchange exchange : exchanges) {
            entry(entries.addObject(), redactor.redact(exchange));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(ObjectNode entry, Exchange exchange) {
        Instant started = exchange.startedAt() == null ? Instant.EPOCH : exchange.startedAt();
        long total = exchange.timings() == null || exchange.timings().total() == null ? 0 : exchange.timings().total().toMillis();
        long wait = exchange.timings() == null || exchange.timings().toHeaders() == null ? total : exchange.timings().toHeaders().toMillis();
        entry.put("startedDateTime", started.toString()).put("time", total);
        // HAR 1.2 requires a request with a URI; a response read alone (curl -i) has none, and about:blank says so.
        SentRequest request = exchange.request() == null ? SentRequest.of("GET", "about:blank", Headers.EMPTY) : exchange.request();
        ObjectNode req = entry.putObject("request").put("method", request.method()).put("url", asUri(request.url()))
                .put("httpVersion", "HTTP/1.1");
        headers(req.putArray("headers"), request.headers());
        req.putArray("cookies");
        ArrayNode query = req.putArray("queryString");
        QueryString.parse(request.url()).forEach(p -> query.addObject().put("name", p.name()).put("value", p.value()));
        if (!request.body().isEmpty()) {
            req.putObject("postData").put("mimeType", request.headers().first("content-type").orElse("")).put("text", request.body().text());
        }
        req.put("headersSize", -1).put("bodySize", request.body().size());
        response(entry.putObject("response"), exchange.response());
        entry.putObject("cache");
        entry.putObject("timings").put("send", 0).put("wait", wait).put("receive", Math.max(0, total - wait));
    }

    private void response(ObjectNode res, ReceivedResponse response) {
        if (response == null) {
            res.put("status", 0).put("statusText", "").put("httpVersion", "").putArray("headers");
            res.putArray("cookies");
            res.putObject("content").put("size", 0).put("mimeType", "");
            res.put("redirectURL", "").put("headersSize", -1).put("bodySize", -1);
            return;
        }
        res.put("status", response.status()).put("statusText", response.reason()).put("httpVersion", response.httpVersion());
        headers(res.putArray("headers"), response.headers());
        res.putArray("cookies");
        ObjectNode content = res.putObject("content").put("size", response.body().size()).put("mimeType", response.mediaType());
        Body body = response.body();
        if (body.isText()) {
            content.put("text", body.text());
        } else {
            content.put("text", Base64.getEncoder().encodeToString(body.bytes())).put("encoding", "base64");
        }
        res.put("redirectURL", asUri(response.headers().first("location").orElse("")))
                .put("headersSize", -1).put("bodySize", body.size());
    }

    /**
     * The URL with what RFC 3986 does not allow (spaces, quotes, braces, brackets after the host, a {@code %} that
     * starts no escape, non-ASCII, controls) percent-encoded as UTF-8, so the HAR's URLs are URIs as its schema asks.
     */
    static String asUri(String url) {
        byte[] bytes = url.getBytes(StandardCharsets.UTF_8);
        int scheme = url.indexOf("://");
        int hostEnd = scheme < 0 ? 0 : bytes.length;
        for (int i = scheme < 0 ? 0 : scheme + 3; scheme >= 0 && i < bytes.length; i++) {
            if (bytes[i] == '/' || bytes[i] == '?' || bytes[i] == '#') {
                hostEnd = i;
                break;
            }
        }
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            boolean allowed = b > 0x20 && b < 0x7F && "\"<>\\^`{|}".indexOf(b) < 0 && (b != '%' || escape)
                    && (i < hostEnd || b != '[' && b != ']');
            out.append(allowed ? String.valueOf((char) b) : String.format("%%%02X", b));
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return SecretNames.hex((char) b) >= 0;
    }

    private static void headers(ArrayNode array, Headers headers) {
        headers.list().forEach(h -> array.addObject().put("name", h.name()).put("value", h.value()));
    }
}
