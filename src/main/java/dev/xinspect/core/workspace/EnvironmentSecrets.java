package dev.xinspect.core.workspace;

import dev.xinspect.core.auth.secret.SecretStore;
import dev.xinspect.core.auth.secret.SecretStoreException;
import dev.xinspect.core.storage.StorageException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the values of an environment's secret variables live: in the {@link SecretStore} under
 * {@code environment/<env>/<variable>}, never in the environment's file. Kept apart from the file handling so that
 * the one rule "a secret's value never reaches the workspace folder" is in one small place. Thread-safe if the store is.
 */
final class EnvironmentSecrets {
    private final SecretStore secrets;

    EnvironmentSecrets(SecretStore secrets) {
        this.secrets = secrets;
    }

    /** The credential store key of an environment's secret variable. */
    static String key(String environment, String variable) {
        return "environment/" + environment + "/" + variable;
    }

    /** The environment as read from its file, its secret variables given their values from the store. */
    Environment fill(Environment environment, List<String> problems) {
        List<EnvironmentVariable> variables = new ArrayList<>();
        for (EnvironmentVariable variable : environment.variables()) {
            if (!variable.secret()) {
                variables.add(variable);
                continue;
            }
            String value = "";
            try {
                value = secrets.read(key(environment.name(), variable.name())).orElse("");
            } catch (SecretStoreException e) {
                problems.add("The secret {{" + variable.name() + "}} of " + environment.name() + " could not be read: " + e.getMessage());
            }
            variables.add(new EnvironmentVariable(variable.name(), value, true));
        }
        return new Environment(environment.name(), variables, environment.authProfile());
    }

    /** Writes the values of the environment's named secret variables to the store. */
    void store(Environment environment) throws StorageException {
        try {
            for (EnvironmentVariable variable : environment.variables()) {
                if (variable.secret() && !variable.name().isEmpty()) {
                    secrets.write(key(environment.name(), variable.name()), variable.value());
                }
            }
        } catch (SecretStoreException e) {
            throw new StorageException(StorageException.Reason.FAILED, e.getMessage());
        }
    }

    /** Removes the secrets {@code old} had that {@code now} (null: the environment is gone) no longer has. */
    void removeUnused(Environment old, Environment now) {
        if (old == null) {
            return;
        }
        Set<String> kept = new HashSet<>();
        if (now != null) {
            now.variables().stream().filter(EnvironmentVariable::secret).forEach(v -> kept.add(key(now.name(), v.name())));
        }
        for (EnvironmentVariable variable : old.variables()) {
            String key = key(old.name(), variable.name());
            if (variable.secret() && !kept.contains(key)) {
                try {
                    secrets.delete(key);
                } catch (SecretStoreException e) {
                    // an unused secret left behind is harmless; the environment itself is saved
                }
            }
        }
    }
}
