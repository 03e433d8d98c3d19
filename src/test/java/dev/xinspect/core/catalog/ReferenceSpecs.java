package dev.xinspect.core.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** X's two published specs from ../shared/reference (Surefire sets xinspect.reference.dir), read once per run. */
final class ReferenceSpecs {
    static final String V159 = "x-openapi-2.159.json";
    static final String V167 = "x-openapi-2.167.json";
    private static final Map<String, Catalog> CATALOGS = new ConcurrentHashMap<>();

    private ReferenceSpecs() {
    }

    static Path path(String name) {
        return Path.of(System.getProperty("xinspect.reference.dir", "../shared/reference")).resolve(name);
    }

    static String text(String name) {
        try {
            return Files.readString(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Catalog catalog(String name) {
        return CATALOGS.computeIfAbsent(name, n -> {
            try {
                return new SpecReader().read(text(n), n, null);
            } catch (UnusableSpecException e) {
                throw new AssertionError(e);
            }
        });
    }
}
