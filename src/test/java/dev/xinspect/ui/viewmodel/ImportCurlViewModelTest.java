package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.workspace.SavedRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import curl editor, and what an import does to the request editor: multipart body, own Authorization, secrets. */
class ImportCurlViewModelTest {
    private final List<SentRequest> sent = new ArrayList<>();
    private final Map<String, String> secrets = new HashMap<>();
    private final AuthOption profile = new AuthOption("Sandbox user", dev.xinspect.core.http.AuthMode.OAUTH2_USER, null, "user");
    private final RequestViewModel request = new RequestViewModel((r, auth) -> {
        sent.add(r);
        return Exchange.of(r, ReceivedResponse.of(200, Headers.EMPTY, "{}"));
    }, () -> Map.of("BEARER_TOKEN", "t0k"), List.of(profile, AuthOption.none()), exchange -> { }, Runnable::run, Runnable::run);
    private final ImportCurlViewModel vm;
    @TempDir
    Path folder;

    ImportCurlViewModelTest() {
        request.keepSecretsWith(secrets::put);
        vm = request.importer();
    }

    @Test
    void thePastedTextIsKeptAsPastedAndItsRequestShownBeforeImport() {
        String pasted = "curl -X POST https://api.x.com/2/tweets \\\n\t-H \"Authorization: Bearer $BEARER_TOKEN\" \\\n"
                + "\t-H 'Content-Type: application/json' \\\n\t-d '{\n  \"text\": \"two\tlines\"\n}'  ";

        vm.commandProperty().set(pasted);

        assertEquals(pasted, vm.commandProperty().get());
        assertEquals("POST https://api.x.com/2/tweets\nAuthorization: Bearer {{BEARER_TOKEN}}\nContent-Type: application/json\n\n"
                + "{\n  \"text\": \"two\tlines\"\n}\n\nVariables: {{BEARER_TOKEN}}", vm.previewProperty().get());
        assertTrue(vm.canImportProperty().get());
        assertEquals("", vm.secretOfferProperty().get(), "a variable is no credential to move");
    }

    @Test
    void aBrokenCommandShowsItsCauseAndCannotBeImported() {
        vm.commandProperty().set("curl -X POST https://api.x.com/2/tweets \\\n  -H 'Content-Type: application/json'\n  -d '{}'");

        assertEquals("Line 2 does not end in `\\`, so `-d …` never reaches curl.", vm.errorProperty().get());
        assertFalse(vm.canImportProperty().get());
        assertFalse(vm.importRequest());
    }

    @Test
    void aMultipartCommandBecomesAMultipartBodySentWithAFreshBoundary() throws Exception {
        Path photo = Files.write(folder.resolve("photo.jpg"), new byte[] {1, 2, 3});
        vm.commandProperty().set("curl https://api.x.com/2/media/upload -H \"Authorization: Bearer $BEARER_TOKEN\" -F command=INIT "
                + "-F 'media=@" + photo + ";type=image/jpeg'");
        request.useBoundaries(() -> "BOUNDARY");

        assertTrue(vm.importRequest());
        request.send().join();

        assertEquals(BodyKind.MULTIPART, request.bodyKindProperty().get());
        assertEquals(AuthOption.asInHeaders(), request.authProperty().get(), "the imported credential is the request's auth");
        SentRequest multipart = sent.get(0);
        assertEquals("multipart/form-data; boundary=BOUNDARY", multipart.headers().first("content-type").orElseThrow());
        assertEquals("Bearer t0k", multipart.headers().first("authorization").orElseThrow());
        assertEquals("--BOUNDARY\r\nContent-Disposition: form-data; name=\"command\"\r\n\r\nINIT\r\n--BOUNDARY\r\n"
                + "Content-Disposition: form-data; name=\"media\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\u0001\u0002\u0003\r\n"
                + "--BOUNDARY--\r\n", new String(multipart.body().bytes(), StandardCharsets.UTF_8));

        SavedRequest saved = request.snapshot();
        assertEquals(List.of(FormPart.text("command", "INIT"), new FormPart("media", "", photo.toString(), "image/jpeg", "")), saved.parts());
        request.load("GET", "https://api.x.com/2/users/me", List.of(), "");
        request.open(saved);
        assertEquals(BodyKind.MULTIPART, request.bodyKindProperty().get());
        assertEquals(2, request.parts().size());
    }

    @Test
    void aProfileThatWouldReplaceTheRequestsOwnAuthorizationWarnsFirst() {
        vm.commandProperty().set("curl https://api.x.com/2/users/me -H 'Authorization: Bearer {{BEARER_TOKEN}}'");
        vm.importRequest();
        request.authProperty().set(profile);

        request.send().join();

        assertEquals(List.of(), sent);
        assertTrue(request.warningProperty().get().startsWith("The request has its own Authorization header, and the profile"
                + " “Sandbox user” replaces it at Send."), request.warningProperty().get());
    }

    @Test
    void aRealLookingTokenIsOfferedToMoveIntoASecretVariable() {
        vm.commandProperty().set("curl https://api.x.com/2/users/me -H 'Authorization: Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid'");

        assertEquals("Move the Bearer credential into the secret variable {{BEARER_TOKEN}}", vm.secretOfferProperty().get());
        assertTrue(vm.importRequest());

        assertEquals(Map.of("BEARER_TOKEN", "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid"), secrets);
        assertEquals("Bearer {{BEARER_TOKEN}}", request.headers().get(0).getValue());
    }

    @Test
    void variablesTheEnvironmentLacksAreListed() {
        vm.commandProperty().set("curl -u \"$API_KEY:$API_SECRET\" -d grant_type=client_credentials https://api.x.com/oauth2/token");
        vm.importRequest();

        assertEquals(List.of("API_KEY", "API_SECRET"), request.missingVariables());
    }
}
