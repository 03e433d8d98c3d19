package dev.xinspect.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.media.UploadStep;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workshop.SandboxSignIn;
import dev.xinspect.ui.viewmodel.AuthOption;
import dev.xinspect.ui.viewmodel.DiagnosisViewModel;
import dev.xinspect.ui.viewmodel.MediaUploadViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Upload media end to end: a video path typed, Upload, every call listed, then Attach to a Post (OAuth 1.0a). */
@ExtendWith(ApplicationExtension.class)
class MediaUploadWindowTest {
    @TempDir
    static Path dir;
    private Sandbox sandbox;
    private Stage stage;
    private final HttpSender sender = new HttpSender(HttpSender.clientBuilder(Duration.ofSeconds(5)).build(), Duration.ofSeconds(10),
            Duration.ofSeconds(10), false, Clock.systemUTC(), "test");

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        sandbox = Sandbox.start(SandboxOptions.defaults());
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    private void open(FxRobot robot, String label, AuthMode mode, RequestAuth auth) {
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer(Clock.systemUTC(), NonceSource.from(new SecureRandom())));
        DiagnosisViewModel diagnosis = new DiagnosisViewModel(new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(),
                EndpointAuthModes.UNKNOWN, StandardHints.all()), new RateLimitText(Clock.systemUTC(), ZoneOffset.UTC),
                Executors.newSingleThreadExecutor(), Platform::runLater);
        AuthOption option = new AuthOption(label, mode, null, "user");
        MediaUploadViewModel vm = new MediaUploadViewModel((sent, chosen) -> sender.send(authorizer.authorize(sent, auth)),
                () -> option, () -> sandbox.baseUri().toString(), duration -> true, diagnosis, exchange -> { },
                Executors.newSingleThreadExecutor(), Platform::runLater);
        robot.interact(() -> new MediaUploadWindow(stage, vm, List.of(), url -> { }, () -> { }).show());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        sandbox.close();
    }

    @Test
    void aVideoGoesThroughEveryCallAndIsPostedWithOauth1(FxRobot robot) throws Exception {
        SandboxCredentials c = sandbox.credentials();
        open(robot, "Sandbox user: OAuth 1.0a", AuthMode.OAUTH1_USER, new RequestAuth.Oauth1(new Oauth1Credentials(c.consumerKey(),
                c.consumerSecret(), c.accessToken(), c.accessTokenSecret())));
        uploadsAndPosts(robot, "clip.mp4");
    }

    @Test
    void aVideoGoesThroughEveryCallAndIsPostedWithOauth2UserContext(FxRobot robot) throws Exception {
        String token = SandboxSignIn.userToken(sandbox.baseUri(), sandbox.credentials(), sender, new Random(9),
                "tweet.read tweet.write users.read media.write");
        open(robot, "Sandbox user: OAuth 2.0 (PKCE)", AuthMode.OAUTH2_USER, new RequestAuth.Bearer(token));
        uploadsAndPosts(robot, "clip2.mp4");
    }

    private void uploadsAndPosts(FxRobot robot, String name) throws Exception {
        Path video = Files.write(dir.resolve(name), new byte[2 * 1024 * 1024 + 1]);
        robot.interact(() -> robot.lookup("#mediaFile").queryTextInputControl().setText(video.toString()));
        assertEquals("video/mp4 as tweet_video, 2097153 bytes in 3 segments of up to 1 MiB",
                robot.lookup("#mediaPlan").queryLabeled().getText());

        robot.clickOn("#uploadMedia");
        ListView<?> steps = robot.lookup("#uploadSteps").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#uploadStatus").queryLabeled().getText().endsWith("is ready to attach to a Post."));
        assertEquals(List.of("initialize", "append 0", "append 1", "append 2", "finalize", "STATUS 1", "STATUS 2"),
                steps.getItems().stream().map(s -> ((UploadStep) s).name()).toList());

        robot.clickOn("#attachMedia");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#uploadStatus").queryLabeled().getText().startsWith("Posted with media"));
        UploadStep post = (UploadStep) steps.getItems().get(steps.getItems().size() - 1);
        assertEquals(201, post.status());
    }
}
