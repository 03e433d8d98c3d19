package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.OAuthEndpoints;
import dev.xinspect.core.auth.Oauth1Signer;
import dev.xinspect.core.auth.loopback.LoopbackReceiver;
import dev.xinspect.core.auth.profile.ProfileFlows;
import dev.xinspect.core.auth.profile.SandboxProfileBook;
import dev.xinspect.core.auth.profile.SavedProfileBook;
import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.auth.secret.ProfileStore;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.sandbox.Sandbox;
import dev.xinspect.core.sandbox.SandboxCredentials;
import dev.xinspect.core.sandbox.SandboxOptions;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Auth tab's model without a toolkit: listing, status lines, a PKCE sign-in with its timeline, saving a profile. */
class AuthViewModelTest {
    private static final String CANARY = "canaryClientSecret-7f3a9e";
    @TempDir
    Path config;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final SimpleObjectProperty<AuthOption> selected = new SimpleObjectProperty<>();
    private Sandbox sandbox;
    private AuthViewModel vm;
    private boolean noBrowser;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        sandbox = Sandbox.start(SandboxOptions.defaults().withRedirectUri("http://127.0.0.1:" + port + "/callback"));
        SandboxCredentials c = sandbox.credentials();
        SandboxProfileBook sandboxBook = new SandboxProfileBook(sandbox.baseUri(), new SandboxProfileBook.DemoValues(c.consumerKey(),
                c.consumerSecret(), c.accessToken(), c.accessTokenSecret(), c.bearerToken(), c.clientId(), c.clientSecret(), c.redirectUri()));
        SavedProfileBook saved = new SavedProfileBook(new ProfileStore(config.resolve("profiles.json"),
                new FileSecretStore(config.resolve("secrets.json"))), OAuthEndpoints.x());
        ProfileFlows flows = new ProfileFlows(() -> http, new Oauth1Signer(), new LoopbackReceiver(), this::approveLikeAUser,
                new SplittableRandom(3), Runnable::run, Clock.systemUTC(), Duration.ofSeconds(20));
        vm = new AuthViewModel(FXCollections.observableArrayList(), selected, List.of(sandboxBook, saved), saved, flows,
                Redactor.withoutKnownSecrets(), Clock.systemUTC(), Runnable::run, Runnable::run);
        vm.reload().join();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** What a user does on the sandbox's consent page: click "Authorize app", and the browser follows the redirect. */
    private void approveLikeAUser(URI page) throws java.io.IOException {
        if (noBrowser) {
            throw new java.io.IOException("no display");
        }
        approveByHand(page);
    }

    private void approveByHand(URI page) {
        try {
            HttpResponse<String> approved = http.send(HttpRequest.newBuilder(URI.create(page + "&approve=yes")).build(),
                    HttpResponse.BodyHandlers.ofString());
            http.sendAsync(HttpRequest.newBuilder(URI.create(approved.headers().firstValue("location").orElseThrow())).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void choose(String label) {
        selected.set(vm.options().stream().filter(o -> o.label().equals(label)).findFirst().orElseThrow());
    }

    @Test
    void theSandboxIdentitiesComeFirstAndNoAuthLast() {
        assertEquals(List.of(SandboxProfileBook.APP_ONLY, SandboxProfileBook.OAUTH1_USER, SandboxProfileBook.OAUTH2_USER, "No auth",
                        "As in the request's headers"),
                vm.options().stream().map(AuthOption::label).toList());
        assertEquals(SandboxProfileBook.APP_ONLY, selected.get().label());
        assertEquals("OAuth 2.0 app-only: Bearer token stored.", vm.statusTextProperty().get());
        assertFalse(vm.editableProperty().get());
    }

    @Test
    void aBrowserSignInStoresTokensAndLaysOutEveryStepWithSecretsRedacted() throws Exception {
        choose(SandboxProfileBook.OAUTH2_USER);
        assertEquals(AuthMode.OAUTH2_USER, vm.modeProperty().get());
        assertTrue(vm.statusTextProperty().get().endsWith("confidential client: not signed in."), vm.statusTextProperty().get());

        vm.flows().signInWithBrowser().get(15, TimeUnit.SECONDS);

        assertEquals("", vm.flows().errorProperty().get());
        assertTrue(vm.statusTextProperty().get().contains("signed in, the access token expires in 1 h 59 min")
                || vm.statusTextProperty().get().contains("expires in 2 h 0 min"), vm.statusTextProperty().get());
        FlowStepItem exchange = vm.flows().steps().stream().filter(FlowStepItem::hasCall).findFirst().orElseThrow();
        assertEquals("POST /2/oauth2/token → 200", exchange.title());
        assertTrue(exchange.callText().contains("code_verifier=redacted:pkce-verifier"), exchange.callText());
        assertTrue(exchange.callText().contains("Authorization: Basic [redacted"), exchange.callText());
        assertFalse(exchange.callText().contains("\"access_token\":\"ey"), exchange.callText());
        assertFalse(vm.flows().awaitingRedirectProperty().get());
    }

    @Test
    void aNewProfileKeepsItsSecretsOutOfTheProfilesFile() throws Exception {
        ProfileEditorViewModel editor = vm.newProfile();
        editor.nameProperty().set("My bot");
        editor.modeProperty().set(AuthMode.OAUTH2_USER);
        editor.clientIdProperty().set("bXlDbGllbnRJZA");
        editor.clientSecretProperty().set(CANARY);

        assertTrue(editor.save().join());

        assertEquals("My bot", selected.get().label());
        assertTrue(vm.editableProperty().get());
        assertTrue(vm.statusTextProperty().get().startsWith("OAuth 2.0 user context (PKCE), confidential client: not signed in."));
        assertFalse(Files.readString(config.resolve("profiles.json")).contains(CANARY));
        try (Stream<Path> files = Files.list(config)) {
            assertEquals(1, files.filter(f -> read(f).contains(CANARY)).count(), "only the secret store holds it");
        }
        assertTrue(vm.storeTextProperty().get().contains("secrets.json"));
    }

    @Test
    void anIncompleteProfileSaysWhatIsMissingAndIsNotSaved() {
        ProfileEditorViewModel editor = vm.newProfile();
        editor.nameProperty().set("Half done");
        editor.modeProperty().set(AuthMode.OAUTH1_USER);
        editor.consumerKeyProperty().set("key");

        assertFalse(editor.save().join());
        assertEquals("OAuth 1.0a needs the consumer key and secret (API Key and Secret).", editor.problemProperty().get());
        assertEquals(5, vm.options().size());
    }

    @Test
    void whatAProfileLackedIsNoLongerSaidOnceTheFieldIsFilledIn() {
        ProfileEditorViewModel editor = vm.newProfile();
        editor.nameProperty().set("Half done");
        editor.modeProperty().set(AuthMode.OAUTH1_USER);
        editor.consumerKeyProperty().set("key");
        assertFalse(editor.save().join());

        editor.consumerSecretProperty().set("secret");

        assertEquals("", editor.problemProperty().get());
    }

    @Test
    void aFlowThatCannotRunSaysWhyInOneSentence() {
        ProfileEditorViewModel editor = vm.newProfile();
        editor.nameProperty().set("Pasted bearer");
        editor.modeProperty().set(AuthMode.OAUTH2_APP_ONLY);
        editor.bearerTokenProperty().set("AAAAAAAAAAAAAAAAAAAAAMyOwnBearer");
        editor.save().join();

        vm.flows().mintBearer().join();

        assertEquals("The profile Pasted bearer needs a consumer key (API Key).", vm.flows().errorProperty().get());
    }

    @Test
    void withNoBrowserTheTabSaysWhyShowsTheUrlToOpenByHandAndStaysUsable() throws Exception {
        noBrowser = true;
        choose(SandboxProfileBook.OAUTH2_USER);

        java.util.concurrent.CompletableFuture<Void> signIn = vm.flows().signInWithBrowser();

        String url = vm.flows().manualAuthorizeUrlProperty().get();
        assertTrue(url.startsWith(sandbox.baseUri().toString()) && url.contains("code_challenge="), url);
        assertTrue(vm.flows().errorProperty().get().startsWith("xinspect could not open a browser on this machine (no display)."),
                vm.flows().errorProperty().get());
        assertFalse(vm.flows().busyProperty().get(), "Paste redirected URL… and Cancel must stay usable");
        assertTrue(vm.flows().awaitingRedirectProperty().get());

        approveByHand(URI.create(url));
        signIn.get(15, TimeUnit.SECONDS);

        assertTrue(vm.statusTextProperty().get().contains("signed in, the access token expires"), vm.statusTextProperty().get());
        assertEquals("", vm.flows().manualAuthorizeUrlProperty().get());
        assertEquals("", vm.flows().errorProperty().get());
    }

    @Test
    void cancellingAWaitingSignInSaysCancelledAndNoError() {
        noBrowser = true;
        choose(SandboxProfileBook.OAUTH2_USER);
        java.util.concurrent.CompletableFuture<Void> signIn = vm.flows().signInWithBrowser();

        vm.flows().cancelSignIn();
        signIn.join();

        assertEquals("Sign-in cancelled.", vm.flows().messageProperty().get());
        assertEquals("", vm.flows().errorProperty().get());
        assertFalse(vm.flows().awaitingRedirectProperty().get());
        assertEquals("", vm.flows().manualAuthorizeUrlProperty().get());
    }

    @Test
    void aFlowsMessageGoesAwayWhenAnotherProfileIsChosen() {
        choose(SandboxProfileBook.APP_ONLY);
        vm.flows().mintBearer().join();
        assertEquals("Done.", vm.flows().messageProperty().get());

        choose(SandboxProfileBook.OAUTH1_USER);

        assertEquals("", vm.flows().messageProperty().get());
        assertEquals("", vm.flows().errorProperty().get());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
