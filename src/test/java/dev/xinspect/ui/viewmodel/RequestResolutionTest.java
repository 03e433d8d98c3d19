package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Body;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.workspace.SavedRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestResolutionTest {
    @TempDir
    Path dir;
    private final Map<String, String> environment = new HashMap<>(Map.of("baseUrl", "http://127.0.0.1:9"));
    private final RequestFields fields = new RequestFields(List.of(AuthOption.none()));
    private final RequestResolution resolution = new RequestResolution(fields, () -> environment);

    private void openMultipart(String file) {
        fields.open(new SavedRequest("", "POST", "{{baseUrl}}/2/media/upload", List.of(), "{ not json", "", "", List.of(),
                List.of(FormPart.file("media", file))));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedBeforeAnythingIsSent() {
        fields.load("POST", "{{baseUrl}}/2/tweets", List.of(), "{\"text\": \"hi\",}");

        IllegalStateException e = assertThrows(IllegalStateException.class, resolution::toSend);
        assertEquals("The body is not valid JSON (line 1, column 15). Fix it or clear the body before sending.", e.getMessage());
        assertThrows(IllegalStateException.class, resolution::forExport);
    }

    @Test
    void theExportOfAMultipartRequestReadsNoFileWhileSendDoes() throws Exception {
        openMultipart(dir.resolve("missing.png").toString());

        assertEquals(new SentRequest("POST", "http://127.0.0.1:9/2/media/upload", Headers.EMPTY, Body.EMPTY), resolution.forExport());
        IllegalStateException e = assertThrows(IllegalStateException.class, resolution::toSend);
        assertTrue(e.getMessage().startsWith("The file " + dir.resolve("missing.png") + " of a form part cannot be read"), e.getMessage());
    }

    @Test
    void theBoundaryComesFromTheGivenSource() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("note.txt"), "hi");
        openMultipart("{{dir}}/note.txt");
        environment.put("dir", dir.toString());
        resolution.useBoundaries(() -> "FIXED");

        SentRequest sent = resolution.toSend();

        assertEquals(Headers.of("Content-Type", "multipart/form-data; boundary=FIXED"), sent.headers());
        assertEquals(List.of(new FormPart("media", "", dir + "/note.txt", "", "")), resolution.parts());
    }

    @Test
    void theEnvironmentIsReadAtEachCall() {
        fields.load("GET", "{{baseUrl}}/2/users/{{id}}", List.of(), "");
        assertEquals(List.of("id"), resolution.missingVariables());
        assertEquals("{{baseUrl}}/2/users/{{id}}", resolution.previewUrl(), "a preview keeps the URL as typed while a value is missing");

        environment.put("id", "2244994945");

        assertEquals(List.of(), resolution.missingVariables());
        assertTrue(resolution.defines("id"));
        assertEquals("http://127.0.0.1:9/2/users/2244994945", resolution.previewUrl());
    }
}
