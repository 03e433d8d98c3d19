package dev.xinspect.core.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * The snapshot of X's OpenAPI document shipped inside the app ({@code dev/xinspect/catalog/x-openapi.json.gz}, with
 * its version and the month it was taken in {@code x-openapi.properties}), so the catalog knows X's endpoints with no
 * network and nothing cached. Reading it costs about 0.2 s: call {@link #catalog()} from a worker thread, once.
 */
public final class BuiltInSpec {
    private static final String FOLDER = "/dev/xinspect/catalog/";

    private final String resource;

    private BuiltInSpec(String resource) {
        this.resource = resource;
    }

    /** The copy that ships with the app. */
    public static BuiltInSpec shipped() {
        return new BuiltInSpec("x-openapi");
    }

    /** No built-in copy: only a fetched spec counts (for tests of the cache, and tools that read a file). */
    public static BuiltInSpec none() {
        return new BuiltInSpec(null);
    }

    /** The shipped document as text (the tests' copy of X's newest spec). */
    public String documentText() {
        try (InputStream in = open(resource + ".json.gz")) {
            return new String(new GZIPInputStream(in).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in X API spec cannot be read from the app", e);
        }
    }

    /** The built-in copy's {@code info.version} (read from its description, without parsing the document). */
    public Optional<String> version() {
        return resource == null ? Optional.empty() : Optional.of(about().getProperty("version", ""));
    }

    /** The built-in catalog; empty for {@link #none()}. Its info says it is built in and when it was taken. */
    public Optional<Catalog> catalog() {
        if (resource == null) {
            return Optional.empty();
        }
        Properties about = about();
        try {
            Catalog read = new SpecReader().read(documentText(), about.getProperty("source", ""), null);
            return Optional.of(read.withInfo(read.info().asBuiltIn(about.getProperty("taken", ""))));
        } catch (UnusableSpecException e) {
            throw new IllegalStateException("The built-in X API spec does not read: " + e.getMessage(), e);
        }
    }

    private Properties about() {
        Properties about = new Properties();
        try (InputStream in = open(resource + ".properties")) {
            about.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in X API spec's description cannot be read from the app", e);
        }
        return about;
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = BuiltInSpec.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IOException(FOLDER + name + " is missing from the app");
        }
        return in;
    }
}
