package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.FormPart;
import dev.xinspect.core.http.Header;
import dev.xinspect.core.http.QueryParam;
import dev.xinspect.core.report.ImportedRequest;
import dev.xinspect.core.workspace.SavedHeader;
import dev.xinspect.core.workspace.SavedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFieldsTest {
    private final AuthOption bot = new AuthOption("Bot", AuthMode.OAUTH2_APP_ONLY, null, "Bot");
    private final RequestFields fields = new RequestFields(List.of(AuthOption.none(), bot));

    @Test
    void aSavedRequestComesBackAsItWasSaved() {
        SavedRequest saved = new SavedRequest("", "POST", "{{baseUrl}}/2/media/upload?media_category=tweet_image",
                List.of(new SavedHeader("X-Trace", "{{trace}}", false)), "", "Bot", "",
                List.of(new QueryParam("additional_owners", "2244994945")),
                List.of(FormPart.file("media", "~/cat.png"), FormPart.text("media_type", "image/png")));

        fields.open(saved);

        assertEquals(BodyKind.MULTIPART, fields.bodyKind().get());
        assertEquals(bot, fields.auth().get());
        assertEquals(saved, fields.snapshot());
    }

    @Test
    void blankRowsAreNotSavedAndPartsOnlyWithAMultipartBody() {
        fields.open(new SavedRequest("", "POST", "{{baseUrl}}/2/tweets", List.of(), "{\"text\":\"hi\"}", "No such profile", "",
                List.of(), List.of(FormPart.text("a", "1"))));
        fields.headers().add(new KeyValueRow(" ", ""));
        fields.bodyKind().set(BodyKind.TEXT);

        SavedRequest snapshot = fields.snapshot();

        assertEquals(List.of(), snapshot.headers());
        assertEquals(List.of(), snapshot.parts());
        assertEquals("No auth", snapshot.authProfile(), "a profile not offered leaves the choice as it was");
    }

    @Test
    void anImportedAuthorizationIsSentAsItIs() {
        fields.load(new ImportedRequest("GET", "https://api.x.com/2/users/me", List.of(new Header("Authorization", "Bearer {{TOKEN}}")),
                null, List.of(), List.of("TOKEN"), List.of()));
        fields.load(new ImportedRequest("GET", "https://api.x.com/2/users/me", List.of(new Header("Authorization", "Bearer {{TOKEN}}")),
                null, List.of(), List.of("TOKEN"), List.of()));

        assertEquals(AuthOption.asInHeaders(), fields.chosenAuth());
        assertEquals(List.of(AuthOption.none(), bot, AuthOption.asInHeaders()), fields.authOptions());
        assertEquals(List.of("Authorization"), fields.headers().stream().map(KeyValueRow::getName).toList());
        assertEquals("", fields.body().get());
    }

    @Test
    void theBodyIsCheckedAsTypedAndIsAFormOnlyUnderAFormContentType() {
        fields.body().set("{\"text\": \"hi\",}");
        assertTrue(fields.bodyProblem().get().startsWith("The body is not valid JSON"), fields.bodyProblem().get());
        fields.body().set("status=hi");
        assertEquals("", fields.bodyProblem().get());

        assertEquals("", fields.formBody());
        KeyValueRow type = new KeyValueRow("content-type", "application/x-www-form-urlencoded; charset=utf-8");
        fields.headers().add(type);
        assertEquals("status=hi", fields.formBody());
        type.enabledProperty().set(false);
        assertEquals("", fields.formBody());
    }
}
