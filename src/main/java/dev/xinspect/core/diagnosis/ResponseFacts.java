package dev.xinspect.core.diagnosis;

import dev.xinspect.core.http.Headers;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Headers worth showing beside a diagnosis: X's access level for the token, the transaction id X staff can trace,
 * the server's date (the reference clock for OAuth 1.0a skew) and the API version. Absent headers are empty strings.
 */
public record ResponseFacts(String accessLevel, String transactionId, String date, String apiVersion) {
    public static final ResponseFacts NONE = new ResponseFacts("", "", "", "");

    static ResponseFacts of(Headers headers) {
        return new ResponseFacts(headers.first("x-access-level").orElse(""),
                headers.first("x-transaction-id").orElse(""),
                headers.first("date").orElse(""),
                headers.first("api-version").orElse(""));
    }

    /** The server's {@code date} header as an instant (RFC 1123), if present and valid. */
    public Optional<Instant> serverTime() {
        if (date.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
