package dev.xinspect.core.report;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.Headers;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of an exchange a forum reader needs: the headers that matter, a trimmed body, the time, Post IDs. */
final class ResponseExcerpt {
    static final int BODY_LIMIT = 4_000;
    private static final Pattern POST_IDS = Pattern.compile("/2/tweets/(\\d{1,20})|[?&]ids=([0-9,%2C]+)");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    List<String> headersThatMatter(Headers headers) {
        return headers.list().stream().filter(ResponseExcerpt::matters).map(h -> h.name() + ": " + h.value()).toList();
    }

    private static boolean matters(Header header) {
        String name = header.name().toLowerCase(Locale.ROOT);
        return name.equals("x-transaction-id") || name.startsWith("x-rate-limit-") || name.startsWith("x-app-limit-")
                || name.startsWith("x-user-limit-") || name.equals("x-access-level") || name.equals("date")
                || name.equals("content-type") || name.equals("api-version");
    }

    String trimmed(String body) {
        return body.length() <= BODY_LIMIT ? body
                : body.substring(0, BODY_LIMIT) + "\n… (" + (body.length() - BODY_LIMIT) + " more characters trimmed)";
    }

    String timeFrame(Exchange exchange) {
        String date = exchange.receivedResponse().flatMap(r -> r.headers().first("date")).orElse("");
        try {
            if (!date.isEmpty()) {
                return UTC.format(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(ZoneOffset.UTC))
                        + " (the response's date header)";
            }
        } catch (DateTimeParseException e) {
            return date + " (the response's date header)";
        }
        return exchange.startedAt() != null ? UTC.format(exchange.startedAt().atZone(ZoneOffset.UTC)) + " (when it was sent)"
                : "_Fill in: when did it happen (UTC)?_";
    }

    String postIds(String url) {
        Matcher matcher = POST_IDS.matcher(url);
        StringBuilder ids = new StringBuilder();
        while (matcher.find()) {
            String found = matcher.group(1) != null ? matcher.group(1) : matcher.group(2).replace("%2C", ",");
            ids.append(ids.length() == 0 ? "" : ", ").append(found);
        }
        return ids.toString();
    }
}
