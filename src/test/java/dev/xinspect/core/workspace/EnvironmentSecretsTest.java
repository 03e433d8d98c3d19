package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentSecretsTest {
    private final MemorySecretStore store = new MemorySecretStore();
    private final EnvironmentSecrets secrets = new EnvironmentSecrets(store);

    private static Environment prod(EnvironmentVariable... variables) {
        return new Environment("Prod", List.of(variables), "");
    }

    @Test
    void storesOnlySecretValuesUnderTheEnvironmentAndVariableName() throws Exception {
        secrets.store(prod(new EnvironmentVariable("token", "AAAA%2Fsecret", true), new EnvironmentVariable("userId", "2244994945", false),
                new EnvironmentVariable("", "unnamed", true)));

        assertEquals(Map.of("environment/Prod/token", "AAAA%2Fsecret"), store.values);
    }

    @Test
    void fillGivesSecretVariablesTheirStoredValueAndLeavesTheOthers() {
        store.values.put("environment/Prod/token", "from-the-store");
        List<String> problems = new ArrayList<>();

        Environment filled = secrets.fill(prod(new EnvironmentVariable("token", "", true),
                new EnvironmentVariable("lost", "", true), new EnvironmentVariable("userId", "2244994945", false)), problems);

        assertEquals(prod(new EnvironmentVariable("token", "from-the-store", true), new EnvironmentVariable("lost", "", true),
                new EnvironmentVariable("userId", "2244994945", false)), filled);
        assertEquals(List.of(), problems);
    }

    @Test
    void removesTheSecretsAVariableNoLongerKeepsAndAllOfAGoneEnvironment() {
        store.values.put("environment/Prod/token", "t");
        store.values.put("environment/Prod/secret", "s");
        store.values.put("environment/Staging/token", "other");
        Environment before = prod(new EnvironmentVariable("token", "t", true), new EnvironmentVariable("secret", "s", true));

        secrets.removeUnused(before, prod(new EnvironmentVariable("token", "t", true), new EnvironmentVariable("secret", "s", false)));
        assertEquals(Map.of("environment/Prod/token", "t", "environment/Staging/token", "other"), store.values);

        secrets.removeUnused(before, null);
        assertEquals(Map.of("environment/Staging/token", "other"), store.values);
    }

    @Test
    void theKeyNamesTheEnvironmentThenTheVariable() {
        assertEquals("environment/Prod/token", EnvironmentSecrets.key("Prod", "token"));
        assertEquals(EnvironmentSecrets.key("Prod", "token"), WorkspaceStore.secretKey("Prod", "token"));
    }
}
