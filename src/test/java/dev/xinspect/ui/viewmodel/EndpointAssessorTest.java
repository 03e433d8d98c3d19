package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.SandboxCatalogs;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog lookups for one request, without an editor, over the sandbox's own spec. */
class EndpointAssessorTest {
    private static final AuthOption APP_ONLY = new AuthOption("Sandbox App", AuthMode.OAUTH2_APP_ONLY, null, "Sandbox App");
    private static Sandbox sandbox;
    private static EndpointAssessor assessor;
    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        Catalogs catalogs = SandboxCatalogs.readFrom(sandbox, dir);
        assessor = new EndpointAssessor(catalogs);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static EndpointAssessor.Assessment assess(String method, String path, AuthOption auth) {
        return assessor.assess(method, sandbox.baseUri() + path, "{{baseUrl}}" + path, auth);
    }

    @Test
    void aRefusedAuthModeIsARefusalWhileAnIgnoredFieldIsOnlyAProblem() {
        EndpointAssessor.Assessment assessment = assess("GET", "/2/users/me?tweet.fields=lang", APP_ONLY);

        assertEquals(1, assessment.refusals().size(), assessment.refusals().toString());
        assertTrue(assessment.refusals().get(0).startsWith("GET /2/users/me does not accept OAuth 2.0 app-only (Bearer)"));
        assertEquals(assessment.refusals(), assessment.problems().subList(0, 1));
        assertTrue(assessment.problems().size() > 1, "tweet.fields without an expansion is ignored: " + assessment.problems());
        assertTrue(assessment.endpoint().endsWith("accepts OAuth 1.0a user, OAuth 2.0 user"), assessment.endpoint());
        assertEquals("sandbox 2.167-sandbox", assessment.source());
    }

    @Test
    void aPathOfTheSandboxThatNoEndpointHasIsNamedAndRefusesNothing() {
        EndpointAssessor.Assessment assessment = assess("DELETE", "/2/users/me", null);

        assertEquals("DELETE " + sandbox.baseUri() + "/2/users/me is not an endpoint of sandbox 2.167-sandbox: check the path and "
                + "the method.", assessment.endpoint());
        assertEquals(List.of(), assessment.refusals());
        assertEquals(List.of(), assessment.slots());
    }

    @Test
    void anUnfilledSlotIsRefusedAndAFilledOneIsReadFromTheTypedUrl() {
        EndpointAssessor.Assessment unfilled = assess("GET", "/2/tweets/{id}", null);
        assertEquals(List.of("Fill the path parameter {id}: it would be sent as it is."), unfilled.refusals());
        assertEquals("/2/tweets/{id}", unfilled.pathTemplate());

        EndpointAssessor.Assessment filled = assess("GET", "/2/tweets/20?tweet.fields=lang,created_at", null);
        assertEquals(List.of("20"), filled.slots().stream().map(PathSlot::value).toList());
        assertEquals(Set.of("lang", "created_at"), filled.choices().stream().filter(c -> c.parameter().equals("tweet.fields"))
                .findFirst().orElseThrow().chosen());
        assertEquals(List.of(), filled.refusals());
    }
}
