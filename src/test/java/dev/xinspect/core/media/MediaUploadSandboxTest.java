package dev.xinspect.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.auth.NonceSource;
import dev.xinspect.core.auth.Oauth1Credentials;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.RequestAuth;
import dev.xinspect.core.auth.RequestAuthorizer;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.Finding;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.Exchange;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.http.SentRequest;
import dev.xinspect.core.sandbox.MutableClock;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import dev.xinspect.core.workshop.SandboxSignIn;
import java.nio.charset.StandardCharsets;
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

/** Real HTTP to the sandbox on 127.0.0.1: the whole flow in each user auth mode, and each error X gives on the way. */
class MediaUploadSandboxTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;
    private Sandbox sandbox;
    private HttpSender sender;
    private final RequestAuthorizer authorizer = new RequestAuthorizer(new Oauth1Signer(Clock.systemUTC(),
            NonceSource.from(new SecureRandom())));
    private final List<Duration> waits = new ArrayList<>();

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

    private RequestAuth oauth1() {
        SandboxCredentials c = sandbox.credentials();
        return new RequestAuth.Oauth1(new Oauth1Credentials(c.consumerKey(), c.consumerSecret(), c.accessToken(), c.accessTokenSecret()));
    }

    private RequestAuth oauth2(String scopes) throws Exception {
        return new RequestAuth.Bearer(SandboxSignIn.userToken(sandbox.baseUri(), sandbox.credentials(), sender, new Random(7), scopes));
    }

    private Exchange send(SentRequest request, RequestAuth auth) {
        return sender.send(authorizer.authorize(request, auth));
    }

    private MediaUploader uploader(RequestAuth auth) {
        return new MediaUploader(request -> send(request, auth), requests(), duration -> waits.add(duration));
    }

    private MediaUploadRequests requests() {
        return new MediaUploadRequests(sandbox.baseUri().toString(), new Random(1));
    }

    private Path video(String name, byte[] start, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(3).nextBytes(bytes);
        System.arraycopy(start, 0, bytes, 0, start.length);
        return Files.write(dir.resolve(name), bytes);
    }

    private static JsonNode body(Exchange exchange) throws Exception {
        return JSON.readTree(exchange.response().body().text());
    }

    private void uploadsAVideoAndAttachesIt(RequestAuth auth) throws Exception {
        Path file = video("clip.mp4", new byte[0], 2 * MIB + 12_345);
        ChunkPlan plan = ChunkPlanner.plan(file.getFileName().toString(), Files.size(file));
        List<UploadStep> steps = new ArrayList<>();
        MediaUploader uploader = uploader(auth);

        UploadResult result = uploader.upload(plan, file, steps::add, () -> false);

        assertEquals(UploadResult.Outcome.READY, result.outcome(), result.detail());
        assertEquals(List.of("initialize", "append 0", "append 1", "append 2", "finalize", "STATUS 1", "STATUS 2"),
                steps.stream().map(UploadStep::name).toList());
        assertTrue(steps.stream().allMatch(UploadStep::succeeded));
        assertEquals("pending", body(steps.get(4).exchange()).path("data").path("processing_info").path("state").asText());
        assertEquals("in_progress", body(steps.get(5).exchange()).path("data").path("processing_info").path("state").asText());
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), waits); // check_after_secs, as X asked
        Exchange post = uploader.attach("A clip from xinspect", result.mediaId());
        assertEquals(201, post.response().status(), post.response().body().text());
    }

    @Test
    void aVideoGoesUpInSegmentsAndIsAttachedWithOauth1() throws Exception {
        uploadsAVideoAndAttachesIt(oauth1()); // the multipart bodies stay out of the signature, or the sandbox says 401
    }

    @Test
    void aVideoGoesUpInSegmentsAndIsAttachedWithOauth2UserContext() throws Exception {
        uploadsAVideoAndAttachesIt(oauth2("tweet.read tweet.write users.read media.write"));
    }

    @Test
    void anOauth2TokenWithoutMediaWriteIsForbiddenAndTheDiagnosisSaysWhy() throws Exception {
        Path file = video("clip.mp4", new byte[0], 1000);
        List<UploadStep> steps = new ArrayList<>();

        UploadResult result = uploader(oauth2("tweet.read tweet.write users.read")).upload(ChunkPlanner.plan("clip.mp4", 1000),
                file, steps::add, () -> false);

        assertEquals(UploadResult.Outcome.ERROR_RESPONSE, result.outcome());
        assertEquals(403, steps.get(0).status());
        Finding hint = diagnoser().diagnose(steps.get(0).exchange()).findings().stream()
                .filter(f -> f.type().equals("hint:media-write-scope")).findFirst().orElseThrow();
        assertTrue(hint.detail().startsWith("The token was granted \"tweet.read tweet.write users.read\", without media.write."), hint.detail());
    }

    @Test
    void anAppOnlyBearerCannotUploadAndTheDiagnosisNamesTheAuthMode() throws Exception {
        Exchange init = send(requests().initialize(ChunkPlanner.plan("photo.png", 100)), new RequestAuth.Bearer(sandbox.credentials().bearerToken()));

        assertEquals(403, init.response().status());
        assertEquals("https://api.twitter.com/2/problems/unsupported-authentication", body(init).path("type").asText());
        assertTrue(diagnoser().diagnose(init).findings().stream().anyMatch(f -> f.type().equals("hint:auth-mode")));
    }

    @Test
    void processingThatFailsEndsWithXsError() throws Exception {
        Path file = video("broken.mp4", "XINSPECT-FAIL-PROCESSING".getBytes(StandardCharsets.US_ASCII), 5000);

        UploadResult result = uploader(oauth1()).upload(ChunkPlanner.plan("broken.mp4", 5000), file, step -> { }, () -> false);

        assertEquals(UploadResult.Outcome.PROCESSING_FAILED, result.outcome());
        assertTrue(result.detail().startsWith("X could not process the file: InvalidMedia (file is invalid)."), result.detail());
    }

    @Test
    void appendBeforeInitializeIsNotFound() throws Exception {
        Exchange append = send(requests().append("1880028106020515840", new Segment(0, 0, 3), new byte[] {1, 2, 3}), oauth1());

        assertEquals(400, append.response().status());
        // as X answered in xdevplatform/xurl#18
        assertEquals("{\"errors\":[{\"message\":\"BadRequest: Not found\"}],\"title\":\"Invalid Request\",\"detail\":\"One or more "
                + "parameters to your request was invalid.\",\"type\":\"https://api.twitter.com/2/problems/invalid-request\"}",
                append.response().body().text());
    }

    @Test
    void aSegmentOutOfOrderIsRefused() throws Exception {
        RequestAuth auth = oauth1();
        String id = body(send(requests().initialize(ChunkPlanner.plan("clip.mp4", 2 * MIB)), auth)).path("data").path("id").asText();

        Exchange second = send(requests().append(id, new Segment(1, MIB, 10), new byte[10]), auth);

        assertEquals(400, second.response().status());
        JsonNode error = body(second).path("errors").get(0);
        assertEquals("1", error.path("parameters").path("segment_index").get(0).asText());
        assertEquals("Segment 1 arrived when segment 0 was expected: send segments in order, from 0", error.path("message").asText());
    }

    @Test
    void aFileOverItsCategorysLimitIsRefusedAtInitialize() throws Exception {
        ChunkPlan tooBig = new ChunkPlan("huge.png", "image/png", MediaCategory.TWEET_IMAGE, 6L * MIB, MIB, List.of());

        Exchange init = send(requests().initialize(tooBig), oauth1());

        assertEquals(400, init.response().status());
        assertEquals("https://api.twitter.com/2/problems/invalid-request", body(init).path("type").asText());
        assertEquals("total_bytes [6291456] is over the 5242880 bytes media_category tweet_image allows",
                body(init).path("errors").get(0).path("message").asText());
    }

    @Test
    void finalizeBeforeEverySegmentArrivedSaysTheSegmentsDoNotAddUp() throws Exception {
        RequestAuth auth = oauth1();
        String id = body(send(requests().initialize(ChunkPlanner.plan("clip.mp4", 2000)), auth)).path("data").path("id").asText();
        send(requests().append(id, new Segment(0, 0, 1000), new byte[1000]), auth);

        Exchange finalized = send(requests().finalizeUpload(id), auth);

        assertEquals(400, finalized.response().status());
        assertEquals("Segments do not add up to provided total file size.", body(finalized).path("errors").get(0).path("message").asText());
    }

    @Test
    void aPostWithMediaThatIsStillProcessingIsRefused() throws Exception {
        RequestAuth auth = oauth1();
        String id = body(send(requests().initialize(ChunkPlanner.plan("clip.mp4", 10)), auth)).path("data").path("id").asText();
        send(requests().append(id, new Segment(0, 0, 10), new byte[10]), auth);
        send(requests().finalizeUpload(id), auth);

        Exchange post = send(requests().post("too early", id), auth);

        assertEquals(400, post.response().status());
        JsonNode error = body(post).path("errors").get(0);
        assertEquals(id, error.path("parameters").path("media.media_ids").get(0).asText());
        assertEquals("Your media IDs are invalid.", error.path("message").asText());
    }

    @Test
    void aSegmentIndexPast999IsRefusedWithXsMessage() throws Exception {
        RequestAuth auth = oauth1();
        String id = body(send(requests().initialize(ChunkPlanner.plan("clip.mp4", 2000)), auth)).path("data").path("id").asText();

        Exchange append = send(requests().append(id, new Segment(1000, 0, 10), new byte[10]), auth);

        assertEquals(400, append.response().status());
        // the message X gave in PipedreamHQ/pipedream#5308
        assertEquals("SegmentIndex must be between 0 and 999.", body(append).path("errors").get(0).path("message").asText());
    }

    @Test
    void anExpiredUploadIsNotFound() throws Exception {
        sandbox.close();
        MutableClock clock = new MutableClock(java.time.Instant.now());
        sandbox = Sandbox.start(SandboxOptions.defaults().withClock(clock));
        RequestAuth auth = oauth1();
        String id = body(send(requests().initialize(ChunkPlanner.plan("clip.mp4", 20)), auth)).path("data").path("id").asText();
        clock.advance(Duration.ofDays(1).plusSeconds(1)); // X's sessions last expires_after_secs, a day

        RequestAuthorizer signingLater = new RequestAuthorizer(new Oauth1Signer(clock, NonceSource.from(new SecureRandom())));

        Exchange append = sender.send(signingLater.authorize(requests().append(id, new Segment(0, 0, 20), new byte[20]), auth));

        assertEquals(400, append.response().status());
        assertEquals("BadRequest: Not found", body(append).path("errors").get(0).path("message").asText());
    }

    @Test
    void theSandboxSpecListsTheUploadEndpointsWithMediaWrite() throws Exception {
        JsonNode paths = body(sender.send(SentRequest.of("GET", sandbox.baseUri() + "/2/openapi.json",
                dev.xinspect.core.http.Headers.EMPTY))).path("paths");

        for (String path : List.of("/2/media/upload/initialize", "/2/media/upload/{id}/append", "/2/media/upload/{id}/finalize")) {
            assertEquals("media.write", paths.path(path).path("post").path("security").get(0).path("OAuth2UserToken").get(0).asText(), path);
        }
        assertEquals("getMediaUpload", paths.path("/2/media/upload").path("get").path("operationId").asText());
    }

    private static Diagnoser diagnoser() {
        return new Diagnoser(KnowledgeBase.loadBundled(), Clock.systemUTC(), EndpointAuthModes.UNKNOWN, StandardHints.all());
    }
}
