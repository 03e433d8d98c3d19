package dev.xinspect.core.http;

/** One query parameter, decoded: the text a user sees and edits in the parameter table. */
public record QueryParam(String name, String value) {
}
