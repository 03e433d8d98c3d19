package dev.xinspect.core.catalog;

/**
 * One completion of a typed URL: the endpoint, and the URL to put in the field (what was typed before the path kept,
 * ids already typed kept in their slots, the other slots as {@code {name}}).
 */
public record UrlCompletion(Endpoint endpoint, String url) {
}
