package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.catalog.SpecReader;
import dev.xinspect.core.http.AuthMode;
import dev.xinspect.core.interop.OpenApiCollection;
import dev.xinspect.core.interop.PostmanReader;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.MemorySecretStore;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionTransferViewModelTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private final AtomicInteger reloads = new AtomicInteger();

    private CollectionTransferViewModel vm() {
        LiteralSecrets literal = new LiteralSecrets(Redactor.withoutKnownSecrets());
        store = new WorkspaceStore(dir.resolve("ws"), new MemorySecretStore(), literal, Clock.systemUTC(), Duration.ofSeconds(10));
        return new CollectionTransferViewModel(() -> store, new CollectionTransferViewModel.Formats(new PostmanReader(literal),
                new OpenApiCollection(new SpecReader()), () -> "{}",
                mode -> mode == AuthMode.OAUTH2_APP_ONLY ? Optional.of("My Bearer") : Optional.empty(),
                name -> name.equals("My Bearer") ? Optional.of(AuthMode.OAUTH2_APP_ONLY) : Optional.empty()),
                reloads::incrementAndGet, Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void importsXsCollectionThenExportsItAsPostman() throws Exception {
        CollectionTransferViewModel vm = vm();
        Path file = dir.resolve("x.json");
        try (InputStream in = getClass().getResourceAsStream("/dev/xinspect/core/interop/x-twitter-api-v2.postman_collection.json")) {
            Files.write(file, in.readAllBytes());
        }

        assertTrue(vm.importPostman(file).join());
        assertTrue(vm.summaryProperty().get().startsWith("Imported 3 requests in 3 folders as the collection Twitter API v2"));
        assertTrue(vm.summaryProperty().get().contains("the profile My Bearer signs them"), vm.summaryProperty().get());
        assertEquals(1, reloads.get(), "the tree and environments reload");

        Path out = dir.resolve("out.postman_collection.json");
        assertTrue(vm.exportPostman("Twitter API v2", out).join());
        String exported = Files.readString(out);
        assertTrue(exported.contains("\"type\" : \"bearer\""), exported);
        assertTrue(vm.summaryProperty().get().startsWith("Exported Twitter API v2 as Postman v2.1 to out.postman_collection.json"));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void aFileThatIsNotACollectionSaysWhyAndChangesNothing() throws Exception {
        CollectionTransferViewModel vm = vm();
        Path file = Files.writeString(dir.resolve("page.html"), "<html></html>");

        assertFalse(vm.importPostman(file).join());
        assertTrue(vm.summaryProperty().get().startsWith("Not imported: The file is not valid JSON"), vm.summaryProperty().get());
        assertFalse(vm.importOpenApi(dir.resolve("missing.json")).join());
        assertEquals("Not done: the file could not be read (it does not exist).", vm.summaryProperty().get());
        assertFalse(vm.importXSpec().join(), "{} is not an OpenAPI document");
        assertEquals(0, reloads.get());
    }
}
