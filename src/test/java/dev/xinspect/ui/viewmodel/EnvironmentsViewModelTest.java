package dev.xinspect.ui.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xinspect.core.auth.secret.FileSecretStore;
import dev.xinspect.core.report.LiteralSecrets;
import dev.xinspect.core.report.Redactor;
import dev.xinspect.core.workspace.WorkspaceStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentsViewModelTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;

    private EnvironmentsViewModel vm() {
        store = new WorkspaceStore(dir.resolve("workspace"), new FileSecretStore(dir.resolve("secrets.json")),
                new LiteralSecrets(Redactor.withoutKnownSecrets()), Clock.systemUTC(), Duration.ofSeconds(5));
        EnvironmentsViewModel vm = new EnvironmentsViewModel(() -> store, Map.of("baseUrl", "http://127.0.0.1:8088"),
                Runnable::run, Runnable::run);
        vm.show(store.load().environments());
        return vm;
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    @Test
    void theSandboxComesFirstIsSelectedAndCannotBeChanged() {
        EnvironmentsViewModel vm = vm();

        assertEquals(List.of("Sandbox"), vm.names());
        assertEquals(Map.of("baseUrl", "http://127.0.0.1:8088"), vm.values());
        vm.edit("Sandbox");
        assertFalse(vm.editableProperty().get());
        assertFalse(vm.saveEdited().join());
        assertFalse(vm.deleteEdited().join());
        assertEquals("The sandbox environment is built in and cannot be deleted.", vm.errorProperty().get());
        assertFalse(vm.create("sandbox").join());
    }

    @Test
    void aNewEnvironmentWithASecretFeedsVariablesAndKeepsTheSecretOutOfItsFile() throws Exception {
        EnvironmentsViewModel vm = vm();
        assertTrue(vm.create("Prod").join());
        assertEquals("Sandbox", vm.selectedProperty().get(), "creating an environment does not make it the active one");
        assertTrue(vm.editableProperty().get());
        vm.addRow();
        vm.rows().get(0).nameProperty().set("baseUrl");
        vm.rows().get(0).valueProperty().set("https://api.x.com");
        vm.addRow();
        vm.rows().get(1).nameProperty().set("token");
        vm.rows().get(1).valueProperty().set("not-in-the-file-42");
        assertFalse(vm.saveEdited().join(), "a secret-looking value must be marked secret");
        assertTrue(vm.errorProperty().get().startsWith("The value of {{token}} looks like a credential"));

        vm.rows().get(1).secretProperty().set(true);
        assertTrue(vm.saveEdited().join(), vm.errorProperty().get());

        vm.selectedProperty().set("Prod");
        assertEquals(Map.of("baseUrl", "https://api.x.com", "token", "not-in-the-file-42"), vm.values());
        assertEquals(List.of("not-in-the-file-42"), vm.secretValues());
        assertFalse(Files.readString(dir.resolve("workspace/environments/Prod.json")).contains("not-in-the-file-42"));
        EnvironmentsViewModel restarted = vm();
        assertEquals(List.of("Sandbox", "Prod"), restarted.names());
        restarted.selectedProperty().set("Prod");
        assertEquals("not-in-the-file-42", restarted.values().get("token"));
    }

    @Test
    void aRefusedNameIsNoLongerBlamedOnceTheNameIsRetyped() {
        EnvironmentsViewModel vm = vm();
        vm.create("Staging").join();
        vm.edit("Staging");
        vm.editedNameProperty().set("sandbox");
        assertFalse(vm.saveEdited().join());
        assertEquals("The name Sandbox belongs to the built-in environment; pick another.", vm.errorProperty().get());

        vm.editedNameProperty().set("Stage");

        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void renamingKeepsTheSelectionAndDeletingFallsBackToTheSandbox() {
        EnvironmentsViewModel vm = vm();
        vm.create("Staging").join();
        vm.selectedProperty().set("Staging");
        vm.edit("Staging");
        vm.editedNameProperty().set("Prod");
        assertTrue(vm.saveEdited().join(), vm.errorProperty().get());
        assertEquals(List.of("Sandbox", "Prod"), vm.names());
        assertEquals("Prod", vm.selectedProperty().get());

        assertTrue(vm.deleteEdited().join());

        assertEquals(List.of("Sandbox"), vm.names());
        assertEquals("Sandbox", vm.selectedProperty().get());
    }

    @Test
    void anEnvironmentNamesTheProfileItsRequestsUseAndKeepsItAcrossALoad() throws Exception {
        EnvironmentsViewModel vm = vm();
        vm.offerProfiles(List.of("My bot", "My user"));
        assertEquals(List.of("", "My bot", "My user"), vm.profileChoices());
        assertTrue(vm.create("Prod").join());
        vm.selectedProperty().set("Prod");
        vm.edit("Prod");
        vm.editedAuthProfileProperty().set("My bot");

        assertTrue(vm.saveEdited().join());
        assertEquals("My bot", vm.selectedAuthProfileProperty().get());
        assertTrue(java.nio.file.Files.readString(dir.resolve("workspace/environments/Prod.json")).contains("\"authProfile\": \"My bot\""));

        vm.selectedProperty().set("Sandbox");
        assertEquals("", vm.selectedAuthProfileProperty().get());
        EnvironmentsViewModel reloaded = vm();
        reloaded.selectedProperty().set("Prod");
        assertEquals("My bot", reloaded.selectedAuthProfileProperty().get());
    }

    @Test
    void anImportedCredentialIsKeptAsASecretAndMissingVariablesAreOffered() {
        EnvironmentsViewModel vm = vm();
        assertTrue(vm.keepSecret("BEARER_TOKEN", "AAAAAAAAAAAAAAAAAAAAAreal").join());
        assertEquals(EnvironmentsViewModel.IMPORTED, vm.selectedProperty().get(), "the built-in sandbox cannot hold it");
        assertEquals("AAAAAAAAAAAAAAAAAAAAAreal", vm.values().get("BEARER_TOKEN"));

        vm.watchRequest(() -> List.of("BEARER_TOKEN", "API_KEY"));
        vm.edit(EnvironmentsViewModel.IMPORTED);
        assertEquals(List.of("API_KEY"), vm.missingVariables());
        vm.addMissingAsSecrets();
        assertEquals(List.of(), vm.missingVariables());
        assertTrue(vm.rows().stream().anyMatch(row -> row.getName().equals("API_KEY") && row.isSecret()));
    }
}
