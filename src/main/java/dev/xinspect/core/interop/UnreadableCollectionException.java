package dev.xinspect.core.interop;

/** A file that is not a collection this reader takes; the message is one plain sentence for the user. */
public final class UnreadableCollectionException extends Exception {
    public UnreadableCollectionException(String message) {
        super(message);
    }
}
