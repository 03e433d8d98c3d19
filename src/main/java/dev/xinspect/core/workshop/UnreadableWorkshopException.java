package dev.xinspect.core.workshop;

/** A workshop file that cannot be used; the message is one sentence naming the file and what is wrong. */
public final class UnreadableWorkshopException extends Exception {
    public UnreadableWorkshopException(String message) {
        super(message);
    }
}
