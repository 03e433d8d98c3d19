package dev.xinspect.core.catalog;

/** A spec that cannot be read or used (not JSON, not OpenAPI 3, no paths); the message is one plain sentence. */
public final class UnusableSpecException extends Exception {
    public UnusableSpecException(String message) {
        super(message);
    }

    UnusableSpecException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message as a clause to put inside another sentence: "the spec is not valid JSON (line 1, column 1)". */
    public String reason() {
        String message = getMessage();
        String clause = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return clause.isEmpty() ? clause : Character.toLowerCase(clause.charAt(0)) + clause.substring(1);
    }
}
