package dev.xinspect.app;

import dev.xinspect.core.AppVersion;
import dev.xinspect.core.auth.secret.CachedSecretStore;
import dev.xinspect.core.auth.secret.SecretStore;
import dev.xinspect.core.auth.secret.SecretStoreChoice;
import dev.xinspect.core.auth.secret.SecretStores;
import dev.xinspect.core.catalog.Catalogs;
import dev.xinspect.core.catalog.BuiltInSpec;
import dev.xinspect.core.catalog.SpecCache;
import dev.xinspect.core.catalog.SpecFetcher;
import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.diagnosis.Diagnoser;
import dev.xinspect.core.diagnosis.DiagnosisWriter;
import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.diagnosis.KnowledgeBase;
import dev.xinspect.core.diagnosis.RateLimitText;
import dev.xinspect.core.diagnosis.hint.StandardHints;
import dev.xinspect.core.http.ExchangeReader;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.json.JsonLimits;
import dev.xinspect.core.report.ForumPostDrafter;
import dev.xinspect.core.report.Redactor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

/**
 * Builds the core objects both faces share, once each, on first use: the CLI builds only what its command needs,
 * and the GUI's start-up pays for nothing it does not show.
 */
public final class CoreWiring {
    /** {@code -Dxinspect.secret.store=file} keeps secrets in the 0600 file even where a keychain answers. */
    static final String SECRET_STORE_PROPERTY = "xinspect.secret.store";

    private final Clock clock;
    private final ZoneId localZone;
    private KnowledgeBase knowledgeBase;
    private Diagnoser diagnoser;
    private SecretStoreChoice secretStoreChoice;
    private CachedSecretStore cachedStore;
    private Catalogs catalogs;
    private volatile java.util.function.Supplier<HttpSender> specSender;

    public CoreWiring(Clock clock, ZoneId localZone) {
        this.clock = clock;
        this.localZone = localZone;
        this.specSender = () -> new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(10)), Duration.ofSeconds(30), clock,
                "xinspect/" + AppVersion.current());
    }

    public static CoreWiring forThisMachine() {
        return new CoreWiring(Clock.systemUTC(), ZoneId.systemDefault());
    }

    public Clock clock() {
        return clock;
    }

    public synchronized KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            knowledgeBase = KnowledgeBase.loadBundled();
        }
        return knowledgeBase;
    }

    public synchronized Diagnoser diagnoser() {
        if (diagnoser == null) {
            diagnoser = new Diagnoser(knowledgeBase(), clock, endpointAuthModes(), StandardHints.all());
        }
        return diagnoser;
    }

    /** The endpoint catalogs: which auth modes an endpoint accepts comes from X's cached spec or the sandbox's. */
    public EndpointAuthModes endpointAuthModes() {
        return catalogs();
    }

    /**
     * X's spec (the newer of the copy cached in the config folder, {@code x-openapi.json}, and the one built into the
     * app; read on first use, not at start-up) and the sandbox's once it is added; X's spec is fetched only when asked
     * ({@link Catalogs#fetchX()}).
     */
    public synchronized Catalogs catalogs() {
        if (catalogs == null) {
            SpecReader reader = new SpecReader();
            SpecCache cache = new SpecCache(ConfigDirectory.forThisUser().resolve("x-openapi.json"), reader, JsonLimits.mapper(), clock);
            SpecFetcher fetcher = new SpecFetcher(() -> specSender.get(), reader, clock);
            catalogs = new Catalogs(cache, BuiltInSpec.shipped(), fetcher, Catalogs.X_SPEC);
        }
        return catalogs;
    }

    /** Fetches of X's spec go through this sender (the GUI's, with the proxy and timeouts of the settings). */
    public void fetchSpecsWith(java.util.function.Supplier<HttpSender> sender) {
        specSender = sender;
    }

    public ExchangeReader exchangeReader() {
        return new ExchangeReader();
    }

    public DiagnosisWriter diagnosisWriter() {
        return new DiagnosisWriter(rateLimitText());
    }

    /**
     * Redacts by shape and by name, plus every value the credential store holds, as it holds them now (a token
     * stored after a sign-in is known at once). Building it reads nothing; the first redaction loads the values.
     */
    public Redactor redactor() {
        return new Redactor(this::knownSecrets);
    }

    /**
     * The credential store: the OS keychain when one answers, else a 0600 file in the config folder; read once and
     * cached, since a keychain answers each call with a child process.
     */
    public synchronized SecretStore secretStore() {
        if (cachedStore == null) {
            cachedStore = new CachedSecretStore(() -> secretStoreChoice().store());
        }
        return cachedStore;
    }

    /**
     * Which credential store is in use and what to tell the user about it, chosen once: the first call probes the OS
     * keychain (at most a few seconds; keep it off the FX thread) and moves secrets left in the file into it. The
     * system property {@code xinspect.secret.store=file} keeps them in the file.
     */
    public synchronized SecretStoreChoice secretStoreChoice() {
        if (secretStoreChoice == null) {
            secretStoreChoice = SecretStores.forThisMachine(ConfigDirectory.forThisUser(),
                    SecretStores.Preference.parse(System.getProperty(SECRET_STORE_PROPERTY)));
        }
        return secretStoreChoice;
    }

    /**
     * Every secret value the credential store holds, for the redactor to find in any output. A store that cannot be
     * read contributes nothing; the shape-based rules still apply.
     */
    public java.util.List<String> knownSecrets() {
        try {
            return ((CachedSecretStore) secretStore()).values();
        } catch (RuntimeException e) {
            return java.util.List.of();
        }
    }

    /** The user's profiles ({@code profiles.json} in {@code configFolder}) with their secrets in the credential store; OAuth calls go to X. */
    public dev.xinspect.core.auth.profile.SavedProfileBook savedProfilesIn(java.nio.file.Path configFolder) {
        return new dev.xinspect.core.auth.profile.SavedProfileBook(new dev.xinspect.core.auth.secret.ProfileStore(
                configFolder.resolve("profiles.json"), secretStore()), dev.xinspect.core.auth.OAuthEndpoints.x());
    }

    /** The secrets of a CLI command: a saved profile's, or the XINSPECT_* environment variables. */
    public dev.xinspect.core.auth.profile.CommandLineCredentials commandLineCredentials() {
        return new dev.xinspect.core.auth.profile.CommandLineCredentials(() -> savedProfilesIn(ConfigDirectory.forThisUser()),
                System.getenv(), clock);
    }

    public ForumPostDrafter forumPostDrafter() {
        return new ForumPostDrafter(redactor());
    }

    public RateLimitText rateLimitText() {
        return new RateLimitText(clock, localZone);
    }
}
