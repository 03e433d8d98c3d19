package dev.xinspect.core.catalog;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a catalog came from: the spec's {@code info.title} and {@code info.version}, its source (a URL or a file),
 * when it was fetched ({@code null} for a file read as it is), and for the copy that ships inside the app, when that
 * copy was taken ({@code builtInTaken}, e.g. {@code 2025-11}; empty for every other copy).
 */
public record SpecInfo(String title, String version, String source, Instant fetchedAt, String builtInTaken) {

    public SpecInfo {
        title = title == null ? "" : title;
        version = version == null ? "" : version;
        source = source == null ? "" : source;
        builtInTaken = builtInTaken == null ? "" : builtInTaken;
    }

    /** A spec read from a URL or a file (not the built-in copy). */
    public SpecInfo(String title, String version, String source, Instant fetchedAt) {
        this(title, version, source, fetchedAt, "");
    }

    public Optional<Instant> fetched() {
        return Optional.ofNullable(fetchedAt);
    }

    /** True for the copy of X's spec that ships inside the app. */
    public boolean builtIn() {
        return !builtInTaken.isEmpty();
    }

    SpecInfo fetchedAt(Instant when) {
        return new SpecInfo(title, version, source, when, builtInTaken);
    }

    SpecInfo asBuiltIn(String taken) {
        return new SpecInfo(title, version, source, null, taken.isBlank() ? "unknown" : taken.strip());
    }

    /**
     * Whether this spec's version is later than the other's, compared number by number ({@code 2.170} after
     * {@code 2.167}, {@code 2.10} after {@code 2.9}); a version that is not numbers is never later.
     */
    public boolean newerThan(SpecInfo other) {
        String[] mine = version.split("\\.");
        String[] theirs = other.version.split("\\.");
        for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
            long a = i < mine.length ? number(mine[i]) : 0;
            long b = i < theirs.length ? number(theirs[i]) : 0;
            if (a < 0 || b < 0) {
                return false;
            }
            if (a != b) {
                return a > b;
            }
        }
        return false;
    }

    private static long number(String part) {
        return part.matches("\\d{1,18}") ? Long.parseLong(part) : -1;
    }
}
