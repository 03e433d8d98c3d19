package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.http.Variables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestAssemblerTest {
    private final RequestAssembler assembler = new RequestAssembler(Map.of("baseUrl", "http://127.0.0.1:9", "token", "AAAA%2FBBBB"));

    private static SavedRequest typed(List<SavedHeader> headers, String body, List<FormPart> parts) {
        return new SavedRequest("", "POST", " {{baseUrl}}/2/tweets ", headers, body, "", "", List.of(), parts);
    }

    @Test
    void aTextBodyWithoutContentTypeGoesAsJsonAndOnlySwitchedOnNamedRowsAreSent() throws Exception {
        SentRequest sent = assembler.withText(typed(List.of(new SavedHeader(" Authorization ", "Bearer {{token}}", true),
                new SavedHeader("X-Off", "{{nowhere}}", false), new SavedHeader("", "orphan value", true)), "{\"text\":\"hi\"}", List.of()));

        assertEquals(new SentRequest("POST", "http://127.0.0.1:9/2/tweets",
                Headers.of("Authorization", "Bearer AAAA%2FBBBB", "Content-Type", "application/json"), Body.ofText("{\"text\":\"hi\"}")), sent);
    }

    @Test
    void aTypedContentTypeIsKept() throws Exception {
        SentRequest sent = assembler.withText(typed(List.of(new SavedHeader("Content-Type", "application/x-www-form-urlencoded", true)),
                "status=hi", List.of()));

        assertEquals(Headers.of("Content-Type", "application/x-www-form-urlencoded"), sent.headers());
    }

    @Test
    void multipartReplacesATypedContentTypeWithTheBoundarysOwn() throws Exception {
        SavedRequest form = typed(List.of(new SavedHeader("content-type", "multipart/form-data; boundary=stale", true)), "ignored",
                List.of(FormPart.text("note", "{{token}}")));

        SentRequest sent = assembler.withParts(form, "B");

        assertEquals(Headers.of("Content-Type", "multipart/form-data; boundary=B"), sent.headers());
        assertEquals("--B\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nAAAA%2FBBBB\r\n--B--\r\n",
                new String(sent.body().bytes(), StandardCharsets.UTF_8));
        assertEquals(new SentRequest("POST", "http://127.0.0.1:9/2/tweets", Headers.EMPTY, Body.EMPTY), assembler.withoutParts(form));
    }

    @Test
    void missingVariablesCountSwitchedOffRowsAndPartsOnceEach() {
        SavedRequest request = typed(List.of(new SavedHeader("X-Off", "{{trace}}", false)), "{\"id\": {{id}}, \"again\": {{id}}}",
                List.of(FormPart.file("media", "{{dir}}/cat.png")));

        assertEquals(List.of("id", "trace", "dir"), assembler.missingVariables(request));
    }

    @Test
    void anUnknownVariableStopsAssemblyAndThePreviewKeepsItAsTyped() {
        SavedRequest request = new SavedRequest("", "GET", "{{host}}/2/users/me", List.of(), "", "", "");

        Variables.UnknownVariableException e = assertThrows(Variables.UnknownVariableException.class, () -> assembler.withText(request));
        assertEquals("Unknown variable {{host}} in the current environment.", e.getMessage());
        assertEquals("{{host}}/2/users/me", assembler.previewUrl(" {{host}}/2/users/me"));
        assertTrue(assembler.previewUrl("{{baseUrl}}/2/users/me").startsWith("http://127.0.0.1:9/"));
    }
}
