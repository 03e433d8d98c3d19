package dev.xinspect.core.interop;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How the Postman import reads loose JSON values and words its notes: a collection written by hand or by another tool
 * may hold a number, a list or null where Postman writes text, and a note must stay one short line however long a
 * name in the file is.
 */
final class PostmanText {
    private PostmanText() {
    }

    /** A scalar as text ({@code true}, {@code 12}); null, missing, lists and objects as empty. */
    static String text(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? node.asText() : "";
    }

    static String nameOr(JsonNode node, String fallback) {
        String name = text(node).strip();
        return name.isEmpty() ? fallback : name;
    }

    /** A description is text, or (v2.1) an object with its text in {@code content}. */
    static String description(JsonNode node) {
        return node.isObject() ? text(node.path("content")) : text(node);
    }

    static String capital(String phrase) {
        return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
    }

    static String shortText(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
