package dev.xinspect.core.diagnosis;

import java.util.Locale;

/** Where in the exchange a finding comes from; {@link #slug()} is the value of {@code source} in JSON output. */
public enum FindingSource {
    /** A top-level RFC 7807-style problem body. */
    PROBLEM,
    /** One entry of {@code errors[]} next to {@code data} (or alone) in a 2xx body. */
    PARTIAL_ERROR,
    /** A v1.1-style {@code {"errors":[{"code":N,"message":...}]}} body. */
    V1_ERROR,
    /** An OAuth 2.0 token endpoint error {@code {"error","error_description"}}. */
    OAUTH_ERROR,
    /** A line read from a stream, such as an operational disconnect. */
    STREAM,
    /** The HTTP status alone, when the body says nothing more. */
    STATUS,
    /** A response header worth a look (rate limits, access level). */
    HEADER,
    /** A hint computed from the request that was sent (clock skew, wrong auth mode, …). */
    HINT,
    /** A transport fault: no response at all. */
    NETWORK,
    /** Something about the body itself (not JSON, truncated, binary). */
    BODY;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
