package dev.xinspect.core.media;

/** The file cannot be uploaded as it is (unknown type, empty, over its category's limit); the message says why in plain words. */
public final class UnplannableMediaException extends Exception {
    public UnplannableMediaException(String message) {
        super(message);
    }
}
