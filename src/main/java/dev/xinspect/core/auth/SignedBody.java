package dev.xinspect.core.auth;

import java.util.Locale;

/**
 * Which request bodies OAuth 1.0a signs. RFC 5849 §3.4.1.3.1: only a single-part
 * {@code application/x-www-form-urlencoded} body adds its parameters to the base string; any other body, a JSON one
 * ({@code POST /2/tweets}) or a {@code multipart/form-data} one (media upload), stays out of it.
 */
public final class SignedBody {
    private SignedBody() {
    }

    public static boolean isSigned(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** Why a multipart body is not in the base string, for the step view; empty for any other body. */
    public static String whyNotSigned(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
                ? "The body is multipart/form-data: RFC 5849 §3.4.1.3 signs only a form-urlencoded body, so none of its parts"
                + " are in the base string; only the query and the oauth_* parameters are."
                : "";
    }
}
