package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.Headers;
import dev.xinspect.core.http.ReceivedResponse;
import dev.xinspect.core.report.CurlCorpusTest;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.BodyKind;
import dev.xinspect.ui.viewmodel.RequestViewModel;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pasting real commands of the corpus into the Import curl editor: the preview and notes show before Import, which fills the editor. */
@ExtendWith(ApplicationExtension.class)
class ImportCurlPaneTest {
    private RequestViewModel request;
    private boolean closed;

    @Start
    void start(Stage stage) {
        request = new RequestViewModel((r, auth) -> Exchange.of(r, ReceivedResponse.of(200, Headers.EMPTY, "{}")), Map::of,
                List.of(AuthOption.none()), exchange -> { }, Runnable::run, Runnable::run);
        stage.setScene(new Scene(new ImportCurlPane(request.importer(), () -> closed = true), 900, 600));
        stage.show();
    }

    private static String corpusCommand(String name) throws Exception {
        return CurlCorpusTest.corpus().filter(c -> c.name().endsWith(name)).findFirst().orElseThrow().command();
    }

    private void paste(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#curlCommand").queryAs(TextArea.class).setText(text));
    }

    @Test
    void aMultiLineDocsCommandShowsItsRequestAndImportsWithEveryCharacter(FxRobot robot) throws Exception {
        String command = corpusCommand("create-post-mintlify");
        paste(robot, command);

        assertEquals(command, robot.lookup("#curlCommand").queryAs(TextArea.class).getText());
        String preview = robot.lookup("#curlPreview").queryAs(TextArea.class).getText();
        assertTrue(preview.startsWith("POST https://api.x.com/2/tweets\nAuthorization: Bearer <token>\nContent-Type: application/json\n\n{\n"
                + "  \"media\": {"), preview);
        robot.clickOn("#curlImport");

        assertTrue(closed);
        assertEquals("https://api.x.com/2/tweets", request.urlProperty().get());
        assertTrue(request.bodyProperty().get().contains("\n    \"media_ids\": [\n"), "line breaks of the body are kept");
        assertEquals(AuthOption.asInHeaders(), request.authProperty().get());
    }

    @Test
    void aMediaUploadFormBecomesAMultipartBody(FxRobot robot) throws Exception {
        paste(robot, corpusCommand("v2-media-upload-append-form"));

        robot.clickOn("#curlImport");

        assertEquals(BodyKind.MULTIPART, request.bodyKindProperty().get());
        assertEquals(List.of("command", "media_id", "segment_index", "media"), request.parts().stream().map(p -> p.part().name()).toList());
        assertEquals("photo.jpg", request.parts().get(3).fileProperty().get());
    }

    @Test
    void aBrokenCommandShowsWhyAndImportStaysOff(FxRobot robot) throws Exception {
        paste(robot, corpusCommand("broken-comment-before-continuation"));

        assertTrue(robot.lookup("#curlError").queryAs(Label.class).getText().startsWith("The comment at line 2, column"));
        assertTrue(robot.lookup("#curlImport").queryAs(Button.class).isDisabled());
        assertFalse(closed);
    }

    @Test
    void aWindowsCommandIsReadAndItsNotesListed(FxRobot robot) throws Exception {
        paste(robot, corpusCommand("repaired-smart-quotes-blog"));

        ListView<?> notes = robot.lookup("#curlNotes").queryAs(ListView.class);
        assertTrue(notes.getItems().get(0).toString().startsWith("Repaired: typographic quotes"));
        assertTrue(robot.lookup("#curlPreview").queryAs(TextArea.class).getText().startsWith("GET https://api.x.com/2/users/me"));
    }
}
