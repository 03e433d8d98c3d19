package dev.xinspect.core.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A finished sandbox answer: status, headers in order, body text. Handlers build these; {@link Router} writes them. */
record Reply(int status, List<Map.Entry<String, String>> headers, String body) {

    static Reply json(int status, String body) {
        return new Reply(status, new ArrayList<>(List.of(Map.entry("content-type", "application/json; charset=utf-8"))), body);
    }

    static Reply problem(int status, String body) {
        return new Reply(status, new ArrayList<>(List.of(Map.entry("content-type", "application/problem+json"))), body);
    }

    static Reply of(int status, String contentType, String body) {
        return new Reply(status, new ArrayList<>(List.of(Map.entry("content-type", contentType))), body);
    }

    Reply with(String name, String value) {
        List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
        copy.add(Map.entry(name, value));
        return new Reply(status, copy, body);
    }
}
