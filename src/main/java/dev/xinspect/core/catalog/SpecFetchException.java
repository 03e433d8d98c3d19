package dev.xinspect.core.catalog;

/** A spec could not be fetched or what came back is not a usable spec; the message is plain words for the user. */
public final class SpecFetchException extends Exception {
    public SpecFetchException(String message) {
        super(message);
    }
}
