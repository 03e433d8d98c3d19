package dev.xinspect.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * X's specs for the tests, all inside the project: the newest is the copy the app ships ({@link BuiltInSpec}); the
 * older one is a subset of X's published 2.159 document (six paths and the schemas they use) kept in the test
 * resources, for the checks that compare X's earlier names with its newest. Read once per run.
 */
public final class ReferenceSpecs {
    public static final String V159 = "x-openapi-2.159-subset.json";
    public static final String V167 = "built-in";
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private static final Map<String, Catalog> CATALOGS = new ConcurrentHashMap<>();

    private ReferenceSpecs() {
    }

    public static String text(String name) {
        return TEXTS.computeIfAbsent(name, n -> n.equals(V167) ? BuiltInSpec.shipped().documentText() : resource("/specs/" + n));
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

    private static String resource(String path) {
        try (InputStream in = ReferenceSpecs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not in the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
