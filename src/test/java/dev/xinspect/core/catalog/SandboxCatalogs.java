package dev.xinspect.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xinspect.core.http.HttpSender;
import dev.xinspect.core.sandbox.Sandbox;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/** Test fixture: catalogs with no X spec (none built in, none cached) and the sandbox's own spec read from it. */
public final class SandboxCatalogs {
    private SandboxCatalogs() {
    }

    /** @param dir where the (unused) X spec cache would go */
    public static Catalogs readFrom(Sandbox sandbox, Path dir) throws Exception {
        SpecReader reader = new SpecReader();
        Clock clock = Clock.systemUTC();
        HttpSender sender = new HttpSender(HttpSender.defaultClient(Duration.ofSeconds(5)), Duration.ofSeconds(20), clock, "xinspect-test");
        Catalogs catalogs = new Catalogs(new SpecCache(dir.resolve("x-openapi.json"), reader, new ObjectMapper(), clock), BuiltInSpec.none(),
                new SpecFetcher(() -> sender, reader, clock), URI.create("http://127.0.0.1:9/unused"));
        catalogs.loadSandbox(sandbox.baseUri(), sandbox.openApiDocument(), clock.instant());
        return catalogs;
    }
}
