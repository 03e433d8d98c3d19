package dev.xinspect.core.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Headers in the order they travelled, duplicates kept (X sends several {@code set-cookie}); look-ups ignore case.
 * Immutable: the {@code with…}/{@code without} methods return new instances.
 */
public record Headers(List<Header> list) {
    public static final Headers EMPTY = new Headers(List.of());

    public Headers {
        list = List.copyOf(list);
    }

    /** {@code Headers.of("content-type", "application/json", "x-rate-limit-limit", "15")}. */
    public static Headers of(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(new Header(namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Headers(headers);
    }

    public Optional<String> first(String name) {
        return list.stream().filter(h -> h.hasName(name)).map(Header::value).findFirst();
    }

    public List<String> all(String name) {
        return list.stream().filter(h -> h.hasName(name)).map(Header::value).toList();
    }

    public boolean contains(String name) {
        return list.stream().anyMatch(h -> h.hasName(name));
    }

    public Headers with(String name, String value) {
        List<Header> copy = new ArrayList<>(list);
        copy.add(new Header(name, value));
        return new Headers(copy);
    }

    public Headers without(String name) {
        return new Headers(list.stream().filter(h -> !h.hasName(name)).toList());
    }

    /** Drops every header of that name and appends one with the new value. */
    public Headers replacing(String name, String value) {
        return without(name).with(name, value);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }
}
