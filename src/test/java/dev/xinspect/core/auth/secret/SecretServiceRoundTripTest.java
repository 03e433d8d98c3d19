package dev.xinspect.core.auth.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.xinspect.core.auth.secret.CommandRunner.CommandResult;
import dev.xinspect.core.http.AuthMode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Secret Service store against a real GNOME Keyring: a private {@code dbus-daemon} (no service activation, so
 * nothing else is started) and a {@code gnome-keyring-daemon} unlocked with a password on stdin, both with their
 * files in a temporary folder; the user's own bus and keyring are never touched. Skipped when the programs are
 * missing; .ci/run installs them.
 */
class SecretServiceRoundTripTest {
    private static final Duration READY_WITHIN = Duration.ofSeconds(20);

    @TempDir
    static Path sandbox;
    private static Process bus;
    private static Process keyring;
    private static ChildProcessRunner runner;
    private static SecretServiceStore store;

    @BeforeAll
    static void startAPrivateBusAndKeyring() throws Exception {
        for (String program : List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool")) {
            assumeTrue(onPath(program), program + " is not installed (Debian: apt-get install dbus-daemon gnome-keyring "
                    + "libsecret-tools); the real Secret Service round trip is skipped");
        }
        Path socket = sandbox.resolve("bus");
        Path config = Files.writeString(sandbox.resolve("bus.conf"), """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket));
        bus = new ProcessBuilder("dbus-daemon", "--config-file=" + config, "--nofork", "--print-address=1")
                .redirectError(sandbox.resolve("dbus.log").toFile()).start();
        BufferedReader printed = new BufferedReader(new InputStreamReader(bus.getInputStream(), StandardCharsets.UTF_8));
        String address = CompletableFuture.supplyAsync(() -> {
            try {
                return printed.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS);
        assumeTrue(address != null && address.startsWith("unix:"), "dbus-daemon did not start: " + Files.readString(sandbox.resolve("dbus.log")));

        Path runtime = Files.createDirectories(sandbox.resolve("run"));
        runtime.toFile().setReadable(false, false);
        runtime.toFile().setReadable(true, true);
        Map<String, String> environment = Map.of("DBUS_SESSION_BUS_ADDRESS", address, "XDG_RUNTIME_DIR", runtime.toString(),
                "XDG_DATA_HOME", sandbox.resolve("data").toString(), "XDG_CONFIG_HOME", sandbox.resolve("config").toString(),
                "HOME", Files.createDirectories(sandbox.resolve("home")).toString());
        ProcessBuilder daemon = new ProcessBuilder("gnome-keyring-daemon", "--unlock", "--components=secrets", "--foreground")
                .redirectOutput(sandbox.resolve("keyring.log").toFile()).redirectErrorStream(true);
        daemon.environment().putAll(environment);
        keyring = daemon.start();
        try (OutputStream password = keyring.getOutputStream()) {
            password.write("test keyring password".getBytes(StandardCharsets.UTF_8));
        }
        runner = new ChildProcessRunner(environment);
        awaitTheSecretService();
        store = new SecretServiceStore(runner, "xinspect", Duration.ofSeconds(15));
    }

    /** Until the daemon owns org.freedesktop.secrets, lookups fail with a message; then a miss is silent. */
    private static void awaitTheSecretService() throws Exception {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        CommandResult last;
        do {
            last = runner.run(List.of("secret-tool", "lookup", "service", "xinspect-ready", "key", "none"), new byte[0],
                    Duration.ofSeconds(5));
            if (last.exitCode() == 1 && last.stderrText().isBlank()) {
                return;
            }
        } while (System.nanoTime() < deadline && keyring.isAlive());
        throw new AssertionError("gnome-keyring-daemon did not serve the Secret Service: " + last.stderrText()
                + Files.readString(sandbox.resolve("keyring.log")));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Process process : new Process[] {keyring, bus}) {
            if (process != null) {
                process.destroy();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    @AfterEach
    void removeTheItems() {
        store.keys().forEach(store::delete);
    }

    @Test
    void secretsGoInComeBackExactlyAndGo() {
        String awkward = "line one\nline two é€ \"quoted\" $(not run) %2F%3D+/=\n";
        store.write("profile/my app/client-secret", awkward);
        store.write("profile/my app/bearer-token", "first");
        store.write("profile/my app/bearer-token", "second");
        assertEquals(Optional.of(awkward), store.read("profile/my app/client-secret"));
        assertEquals(Optional.of("second"), store.read("profile/my app/bearer-token"));
        assertEquals(Set.of("profile/my app/client-secret", "profile/my app/bearer-token"), store.keys());
        store.delete("profile/my app/client-secret");
        store.delete("profile/my app/client-secret");
        assertEquals(Optional.empty(), store.read("profile/my app/client-secret"));
        assertEquals(Set.of("profile/my app/bearer-token"), store.keys());
    }

    @Test
    void keysListOnlyThisAppsItems() throws Exception {
        SecretServiceStore other = new SecretServiceStore(runner, "some-other-app", Duration.ofSeconds(15));
        other.write("theirs", "x");
        store.write("ours", "y");
        assertEquals(Set.of("ours"), store.keys());
        other.delete("theirs");
    }

    @Test
    void theProbeFindsTheKeyringAndSecretsInTheFileMoveIntoIt() throws IOException {
        Path config = Files.createDirectories(sandbox.resolve("xinspect-config"));
        FileSecretStore file = new FileSecretStore(config.resolve("secrets.json"));
        file.write("profile/p/consumer-secret", "moved one");
        file.write("profile/p/access-token", "moved two");
        SecretStoreChoice choice = SecretStores.choose(SecretStores.candidateFor("Linux", runner), file, SecretStores.PROBE_TIMEOUT);
        assertEquals(StoreKind.SECRET_SERVICE, choice.store().kind());
        assertTrue(choice.note().startsWith("Moved 2 secrets from "), choice.note());
        assertEquals(Optional.of("moved one"), store.read("profile/p/consumer-secret"));
        assertEquals(Optional.of("moved two"), store.read("profile/p/access-token"));
        assertEquals(Set.of(), file.keys());
        assertFalse(store.keys().contains(SecretStores.PROBE_KEY), "the probe item is gone");
    }

    @Test
    void aSavedProfileLeavesNoSecretInAnyFileNotEvenTheKeyringsOwn() throws IOException {
        Path config = Files.createDirectories(sandbox.resolve("profile-config"));
        ProfileStore profiles = new ProfileStore(config.resolve("profiles.json"), store);
        profiles.save(CredentialProfile.of("canary app", AuthMode.OAUTH1_USER), ProfileStoreTest.canaries());
        assertEquals(ProfileStoreTest.canaries(), profiles.secretsOf("canary app").values());
        // The keyring file is encrypted with the keyring's password, so no file anywhere holds a canary.
        try (Stream<Path> files = Files.walk(sandbox)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("CANARY"), file + " holds a secret");
            }
        }
        assertTrue(Files.exists(sandbox.resolve("data/keyrings/login.keyring")), "the keyring really stored them");
        profiles.delete("canary app");
        assertEquals(Set.of(), store.keys());
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> !folder.isEmpty() && Files.isExecutable(Path.of(folder, program)));
    }
}
