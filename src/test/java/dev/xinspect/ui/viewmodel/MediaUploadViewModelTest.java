package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.auth.profile.ProfileBook;
import dev.xinspect.core.auth.secret.CredentialProfile;
import dev.xinspect.core.auth.secret.ProfileSecrets;
import dev.xinspect.core.auth.secret.SecretField;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.media.UploadResult;
import dev.xinspect.core.media.UploadStep;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workshop.SandboxSignIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload window's model with OAuth 2.0 user tokens from the sandbox, direct executors, no toolkit. */
class MediaUploadViewModelTest {
    private Sandbox sandbox;
    private HttpSender sender;
    private final List<Exchange> recorded = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        sender = new HttpSender(HttpSender.clientBuilder(Duration.ofSeconds(5)).build(), Duration.ofSeconds(10),
                Duration.ofSeconds(10), false, Clock.systemUTC(), "xinspect-test");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private MediaUploadViewModel model(String scopes) throws Exception {
        String token = SandboxSignIn.userToken(sandbox.baseUri(), sandbox.credentials(), sender, new Random(5), scopes);
        RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer(Clock.systemUTC(), NonceSource.from(new SecureRandom())));
        AuthOption user = new AuthOption("Sandbox user: OAuth 2.0 (PKCE)", AuthMode.OAUTH2_USER, null, "user");
        DiagnosisViewModel diagnosis = new DiagnosisViewModel(new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(),
                EndpointAuthModes.UNKNOWN, StandardHints.all()), new RateLimitText(Clock.systemUTC(), java.time.ZoneOffset.UTC), Runnable::run, Runnable::run);
        return new MediaUploadViewModel((sent, option) -> sender.send(authorizer.authorize(sent, new RequestAuth.Bearer(token))),
                () -> user, () -> sandbox.baseUri().toString(), duration -> true, diagnosis, recorded::add, Runnable::run, Runnable::run);
    }

    @Test
    void aVideoIsPlannedUploadedAndPostedWithAnOauth2UserToken(@TempDir Path dir) throws Exception {
        MediaUploadViewModel vm = model("tweet.read tweet.write users.read media.write offline.access");
        Path video = Files.write(dir.resolve("clip.mp4"), new byte[1024 * 1024 + 10]);

        vm.fileProperty().set(video.toString());
        assertEquals("video/mp4 as tweet_video, 1048586 bytes in 2 segments of up to 1 MiB", vm.planProperty().get());
        UploadResult result = vm.upload().join();

        assertEquals(UploadResult.Outcome.READY, result.outcome(), result.detail());
        assertEquals(result.mediaId(), vm.mediaIdProperty().get());
        assertEquals(List.of("initialize", "append 0", "append 1", "finalize", "STATUS 1", "STATUS 2"),
                vm.stepsProperty().stream().map(UploadStep::name).toList());
        assertEquals(201, vm.attach().join());
        assertEquals("Posted with media " + result.mediaId() + ".", vm.statusProperty().get());
        assertEquals(7, recorded.size());
    }

    @Test
    void clearingTheFileTakesBackReadyToUpload(@TempDir Path dir) throws Exception {
        MediaUploadViewModel vm = model("tweet.read tweet.write users.read media.write");
        vm.fileProperty().set(Files.write(dir.resolve("cat.png"), new byte[64]).toString());
        assertTrue(vm.statusProperty().get().startsWith("Ready to upload with "), vm.statusProperty().get());

        vm.fileProperty().set("");

        assertEquals("Choose an image, GIF or video.", vm.statusProperty().get());
        assertEquals("", vm.planProperty().get());
    }

    @Test
    void aMissingMediaWriteScopeIsDiagnosedOnTheFailingCall(@TempDir Path dir) throws Exception {
        MediaUploadViewModel vm = model("tweet.read tweet.write users.read");
        vm.fileProperty().set(Files.write(dir.resolve("photo.png"), new byte[100]).toString());

        assertEquals(UploadResult.Outcome.ERROR_RESPONSE, vm.upload().join().outcome());

        assertEquals("initialize", vm.selectedProperty().get().name());
        assertTrue(vm.responseProperty().get().startsWith("403"), vm.responseProperty().get());
        assertTrue(vm.diagnosis().findingsProperty().stream().map(Finding::type).anyMatch("hint:media-write-scope"::equals));
        assertEquals(0, vm.attach().join());
    }

    @Test
    void aProfileWhoseScopesLackMediaWriteIsFlaggedBeforeUploading(@TempDir Path dir) throws Exception {
        CredentialProfile profile = new CredentialProfile("Mine", AuthMode.OAUTH2_USER, "http://127.0.0.1:8765/callback",
                List.of("tweet.read", "tweet.write", "users.read"));
        ProfileBook book = new ProfileBook() {
            public String title() { return "Mine"; }
            public List<CredentialProfile> profiles() { return List.of(profile); }
            public ProfileSecrets secretsOf(String name) { throw new UnsupportedOperationException("not read here"); }
            public void updateSecrets(String name, java.util.Map<SecretField, String> values) { }
            public OAuthEndpoints endpoints() { return OAuthEndpoints.at(sandbox.baseUri()); }
            public String storeDescription() { return "memory"; }
        };
        MediaUploadViewModel vm = new MediaUploadViewModel((sent, option) -> { throw new AssertionError("nothing is sent"); },
                () -> AuthOption.of(book, profile), () -> sandbox.baseUri().toString(), duration -> true, null, recorded::add,
                Runnable::run, Runnable::run);

        vm.fileProperty().set(Files.write(dir.resolve("photo.png"), new byte[100]).toString());

        assertEquals("Ready to upload with Mine (its scopes lack media.write: X will answer 403; add it and sign in again).",
                vm.statusProperty().get());
    }

    @Test
    void aFileXDoesNotTakeIsExplainedBeforeAnythingIsSent(@TempDir Path dir) throws Exception {
        MediaUploadViewModel vm = model("media.write");
        vm.fileProperty().set(Files.write(dir.resolve("notes.txt"), new byte[10]).toString());

        assertEquals("", vm.planProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("The file notes.txt is not a type X takes"));
        assertEquals(null, vm.upload().join());
        assertEquals(List.of(), recorded);
    }
}
