package dev.xinspect.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
    @Test
    void aVariableReplacesTheOneOfTheSameNameOrIsAddedAtTheEnd() {
        Environment prod = new Environment("Prod", List.of(new EnvironmentVariable("baseUrl", "https://api.x.com", false),
                new EnvironmentVariable("token", "old", true)), "My bot");

        Environment updated = prod.withVariable(new EnvironmentVariable("token", "new", true))
                .withVariable(new EnvironmentVariable("userId", "2244994945", false));

        assertEquals(new Environment("Prod", List.of(new EnvironmentVariable("baseUrl", "https://api.x.com", false),
                new EnvironmentVariable("token", "new", true), new EnvironmentVariable("userId", "2244994945", false)), "My bot"), updated);
    }
}
