package dev.xinspect.core.catalog;

import dev.xinspect.core.diagnosis.EndpointAuthModes;
import dev.xinspect.core.http.AuthMode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogs in force: X's spec (on first use, the newer of the cached copy and the copy built into the app;
 * replaced by {@link #fetchX()}) and the
 * sandbox's (added once it is up). URLs on {@code api.x.com} or {@code api.twitter.com} go to X's, URLs on the
 * sandbox's base URL to the sandbox's, anything else ({@code {{baseUrl}}/…}, another host) to X's if cached, else
 * the sandbox's. Thread-safe. The first call that needs X's catalog reads the cache file (about 0.8 MB): call from
 * a worker thread.
 */
public final class Catalogs implements EndpointAuthModes {
    /** Where X publishes its spec. */
    public static final URI X_SPEC = URI.create("https://api.x.com/2/openapi.json");
    private static final Set<String> X_HOSTS = Set.of("api.x.com", "api.twitter.com");

    private final SpecCache cache;
    private final BuiltInSpec builtIn;
    private final SpecFetcher fetcher;
    private final URI xSpec;
    private final Object lock = new Object();
    /** Null until the cache has been read; then X's catalog, or empty when none is cached. */
    private volatile Optional<Catalog> x;
    private volatile Sandboxed sandbox;
    private volatile String problem = "";

    /** The sandbox's catalog and the base URL it answers on. */
    private record Sandboxed(String origin, Catalog catalog) {
    }

    public Catalogs(SpecCache cache, BuiltInSpec builtIn, SpecFetcher fetcher, URI xSpec) {
        this.cache = cache;
        this.builtIn = builtIn;
        this.fetcher = fetcher;
        this.xSpec = xSpec;
    }

    /**
     * X's catalog: on the first call the newer of the cached copy and the built-in one (a cached copy of the same
     * version wins: it was fetched later), afterwards the one fetched since; empty only with neither.
     */
    public Optional<Catalog> xCatalog() {
        Optional<Catalog> loaded = x;
        if (loaded != null) {
            return loaded;
        }
        synchronized (lock) {
            if (x == null) {
                Optional<Catalog> cached = cache.load();
                problem = cache.problem();
                x = cached.isPresent() && !builtInIsNewerThan(cached.get().info()) ? cached : builtIn.catalog().or(() -> cached);
            }
            return x;
        }
    }

    private boolean builtInIsNewerThan(SpecInfo cached) {
        return builtIn.version().map(version -> new SpecInfo("", version, "", null).newerThan(cached)).orElse(false);
    }

    public Optional<Catalog> sandboxCatalog() {
        Sandboxed current = sandbox;
        return current == null ? Optional.empty() : Optional.of(current.catalog());
    }

    /**
     * Fetches X's spec now, checks it, caches it and puts it in force. On any failure the catalog in force and the
     * cached copy stay as they were. A copy that reads but cannot be saved is used until exit, and
     * {@link #problem()} says so.
     */
    public Catalog fetchX() throws SpecFetchException {
        SpecFetcher.Fetched fetched = fetcher.fetch(xSpec);
        Catalog catalog = fetched.catalog();
        synchronized (lock) {
            try {
                cache.store(fetched.document(), xSpec.toString(), catalog.info().fetchedAt());
                problem = "";
            } catch (IOException e) {
                problem = "The X API spec was fetched but could not be saved to " + cache.file() + " (" + e.getMessage()
                        + "); it is used until xinspect closes.";
            }
            x = Optional.of(catalog);
        }
        return catalog;
    }

    /**
     * Reads the sandbox's own OpenAPI document, as it serves it at {@code /2/openapi.json} but taken in-process (an
     * HTTP call would build the HTTP client and its TLS set-up during the window's start), and puts it in force for
     * URLs on {@code baseUri}.
     */
    public Catalog loadSandbox(URI baseUri, String document, Instant readAt) throws UnusableSpecException {
        Catalog catalog = new SpecReader().read(document, stripSlash(baseUri.toString()) + "/2/openapi.json", readAt);
        useSandbox(baseUri, catalog);
        return catalog;
    }

    /** Puts a sandbox catalog in force for URLs on {@code baseUri} ({@code http://127.0.0.1:PORT}). */
    public void useSandbox(URI baseUri, Catalog catalog) {
        sandbox = new Sandboxed(stripSlash(baseUri.toString()).toLowerCase(Locale.ROOT), catalog);
    }

    /** The catalog for a URL, by its host (see the class comment); empty when no catalog applies. */
    public Optional<Catalog> forUrl(String url) {
        UrlPath path = UrlPath.of(url);
        Sandboxed current = sandbox;
        if (current != null && path.origin().toLowerCase(Locale.ROOT).equals(current.origin())) {
            return Optional.of(current.catalog());
        }
        Optional<Catalog> xCatalog = xCatalog();
        if (X_HOSTS.contains(path.host()) || xCatalog.isPresent()) {
            return xCatalog;
        }
        return sandboxCatalog();
    }

    /** The endpoint a request goes to, in the catalog for its URL. */
    public Optional<Endpoint> find(String method, String url) {
        return forUrl(url).flatMap(c -> c.find(method, url));
    }

    /**
     * The endpoint, from catalogs already in memory only: for callers on the FX thread, which must not wait for the
     * first read of a cached spec. Empty until then.
     */
    public Optional<Endpoint> findIfLoaded(String method, String url) {
        return x == null ? sandboxCatalog().flatMap(c -> c.find(method, url)) : find(method, url);
    }

    /** Completions for a typed URL from the catalog for it, best first. */
    public List<UrlCompletion> complete(String typed, int limit) {
        return forUrl(typed).map(c -> c.complete(typed, limit)).orElse(List.of());
    }

    /**
     * The auth modes the endpoint accepts, for the diagnosis. An X URL with no X spec cached falls back to the
     * sandbox's: its endpoints accept the same modes as X's (where they differ, the sandbox accepts more, so the hint
     * stays silent rather than wrong). {@link #forUrl} does not fall back: the sandbox takes fewer query parameters
     * than X, and its catalog would flag X's. An endpoint that needs no auth accepts every mode.
     */
    @Override
    public Set<AuthMode> accepted(String method, String url) {
        Optional<Catalog> catalog = forUrl(url).or(this::sandboxCatalog);
        Optional<Endpoint> endpoint = catalog.flatMap(c -> c.find(method, url));
        if (endpoint.isEmpty()) {
            return Set.of();
        }
        return endpoint.get().needsNoAuth() ? EnumSet.allOf(AuthMode.class) : endpoint.get().authModes();
    }

    /** Where X's spec is cached. */
    public java.nio.file.Path cacheFile() {
        return cache.file();
    }

    /** Where X's spec is fetched from. */
    public URI xSpecUri() {
        return xSpec;
    }

    /** A plain sentence about the cached copy (set aside, or not saved), or empty. */
    public String problem() {
        return problem;
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
