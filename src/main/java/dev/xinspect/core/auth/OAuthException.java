package dev.xinspect.core.auth;

/**
 * A failed OAuth step, in words a user can act on: the server's {@code error} code and description (RFC 6749 §5.2),
 * the HTTP status (0 when the server was never reached), and a hint for the classic mistakes. Messages never carry
 * a secret; they are meant to be shown as they are, without a stack trace.
 */
public final class OAuthException extends RuntimeException {
    private final String error;
    private final String errorDescription;
    private final int httpStatus;
    private final String hint;

    public OAuthException(String error, String errorDescription, int httpStatus, String hint) {
        super(compose(error, errorDescription, httpStatus, hint));
        this.error = error;
        this.errorDescription = errorDescription;
        this.httpStatus = httpStatus;
        this.hint = hint;
    }

    /** A failure before or outside the protocol (unreachable server, busy port, timeout): no error code. */
    public static OAuthException failure(String message) {
        return new OAuthException(null, message, 0, null);
    }

    /** The OAuth {@code error} code such as {@code invalid_grant}, or null. */
    public String error() {
        return error;
    }

    public String errorDescription() {
        return errorDescription;
    }

    /** The HTTP status of the response, or 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** What to check, or null when there is no specific advice. */
    public String hint() {
        return hint;
    }

    private static String compose(String error, String description, int status, String hint) {
        StringBuilder message = new StringBuilder();
        if (error != null) {
            message.append(error);
            if (description != null && !description.isBlank()) {
                message.append(": ");
            }
        }
        if (description != null) {
            message.append(description);
        }
        if (status > 0) {
            message.append(" (HTTP ").append(status).append(')');
        }
        if (hint != null) {
            message.append(". ").append(hint);
        }
        return message.toString();
    }
}
