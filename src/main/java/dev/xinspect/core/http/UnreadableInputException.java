package dev.xinspect.core.http;

/** The input is not a response xinspect can read; the message is one plain sentence for the user. */
public final class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }
}
