package dev.xinspect.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem type X's own specs declare must be known to the knowledge base. */
class ReferenceSpecProblemTypesTest {
    private static final Pattern PROBLEM_URI = Pattern.compile("/2/problems/([a-z0-9-]+)");

    @ParameterizedTest
    @ValueSource(strings = {"x-openapi-2.159.json", "x-openapi-2.167.json"})
    void everyProblemTypeInTheSpecIsKnown(String specFile) throws IOException {
        Path spec = Path.of(System.getProperty("xinspect.reference.dir", "../shared/reference")).resolve(specFile);
        JsonNode schemas = new ObjectMapper().readTree(spec.toFile()).path("components").path("schemas");
        Set<String> slugs = new TreeSet<>();
        // 2.159 names them in the Problem discriminator's mapping, 2.167 in each schema's type enum: scan both.
        Matcher matcher = PROBLEM_URI.matcher(schemas.toString());
        while (matcher.find()) {
            slugs.add(matcher.group(1));
        }
        assertTrue(slugs.size() >= 9, "found problem types in " + specFile + ": " + slugs);

        KnowledgeBase knowledge = KnowledgeBase.loadBundled();
        Set<String> unknown = new TreeSet<>(slugs);
        unknown.removeIf(slug -> knowledge.problemType(slug).isPresent());
        assertEquals(Set.of(), unknown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"invalid-request", "resource-not-found", "not-authorized-for-resource", "client-forbidden",
            "disallowed-resource", "unsupported-authentication", "usage-capped", "streaming-connection",
            "client-disconnected", "operational-disconnect", "rule-cap", "rule-length", "invalid-rules",
            "duplicate-rules", "about:blank"})
    void everyProblemTypeOfTheReferencePageIsKnown(String slug) throws IOException {
        Path page = Path.of(System.getProperty("xinspect.reference.dir", "../shared/reference"))
                .resolve("x-api-response-codes-and-errors.txt");
        String reference = Files.readString(page);
        String title = KnowledgeBase.loadBundled().problemType(slug).orElseThrow().title();

        assertTrue(reference.contains(title + " | "), "reference title used verbatim: " + title);
    }
}
