package dev.xinspect.core.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a catalog came from: the spec's {@code info.title} and {@code info.version}, its source (a URL or a file),
 * and when it was fetched ({@code null} for a file read as it is).
 */
public record SpecInfo(String title, String version, String source, Instant fetchedAt) {

    public SpecInfo {
        title = title == null ? "" : title;
        version = version == null ? "" : version;
        source = source == null ? "" : source;
    }

    public Optional<Instant> fetched() {
        return Optional.ofNullable(fetchedAt);
    }

    SpecInfo fetchedAt(Instant when) {
        return new SpecInfo(title, version, source, when);
    }
}
