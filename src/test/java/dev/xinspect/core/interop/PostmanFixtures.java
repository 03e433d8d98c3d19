package dev.xinspect.core.interop;

import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real collections under src/test/resources (their sources are in SOURCES.md beside them) and a reader. */
final class PostmanFixtures {
    static final String X = "x-twitter-api-v2.postman_collection.json";
    static final String TRELLO = "trello-api.postman_collection.json";

    private PostmanFixtures() {
    }

    static String text(String name) {
        try (InputStream in = PostmanFixtures.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PostmanReader reader() {
        return new PostmanReader(new LiteralSecrets(Redactor.withoutKnownSecrets()));
    }
}
