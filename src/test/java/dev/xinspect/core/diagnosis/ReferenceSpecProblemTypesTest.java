package dev.xinspect.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.catalog.ReferenceSpecs;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every problem type X's own specs declare must be known to the knowledge base. */
class ReferenceSpecProblemTypesTest {
    private static final Pattern PROBLEM_URI = Pattern.compile("/2/problems/([a-z0-9-]+)");

    @ParameterizedTest
    @ValueSource(strings = {ReferenceSpecs.V159, ReferenceSpecs.V167})
    void everyProblemTypeInTheSpecIsKnown(String specFile) throws IOException {
        JsonNode schemas = new ObjectMapper().readTree(ReferenceSpecs.text(specFile)).path("components").path("schemas");
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

    /**
     * The problem types of X's page "Response codes and errors", as the page names them: the title the knowledge base
     * shows for each must be the page's, to the letter.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "about:blank | Generic Problem",
            "invalid-request | Invalid Request Problem",
            "resource-not-found | Resource Not Found Problem",
            "not-authorized-for-resource | Resource Unauthorized Problem",
            "client-forbidden | Client Forbidden Problem",
            "disallowed-resource | Disallowed Resource Problem",
            "unsupported-authentication | Unsupported Authentication Problem",
            "usage-capped | Usage Capped Problem",
            "streaming-connection | Connection Exception Problem",
            "client-disconnected | Client Disconnected Problem",
            "operational-disconnect | Operational Disconnect Problem",
            "rule-cap | Rule Cap Problem",
            "rule-length | Rule Length Problem",
            "invalid-rules | Invalid Rules Problem",
            "duplicate-rules | Duplicate Rules Problem"})
    void everyProblemTypeOfTheReferencePageHasThePagesTitle(String slug, String title) {
        assertEquals(title, KnowledgeBase.loadBundled().problemType(slug).orElseThrow().title());
    }
}
