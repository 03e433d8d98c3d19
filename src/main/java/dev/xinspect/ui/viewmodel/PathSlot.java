package dev.xinspect.ui.viewmodel;

/** A path parameter of the matched endpoint ({@code id} of {@code /2/users/{id}}), what the spec says of it, and its value in the URL. */
public record PathSlot(String name, String description, String value) {
}
