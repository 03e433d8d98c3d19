package dev.xinspect.core.auth.secret;

import dev.xinspect.core.auth.secret.CommandRunner.CommandResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A {@link SecretStore} in the freedesktop.org Secret Service (GNOME Keyring, KWallet's bridge, KeePassXC), through
 * libsecret's {@code secret-tool}. Each secret is one item with the attributes {@code service=<service>} and
 * {@code key=<store key>} in the default collection. The secret goes to {@code secret-tool store} on standard input
 * and comes back on standard output, never on a command line; libsecret handles the encrypted session and the
 * unlock prompt of a locked collection.
 */
final class SecretServiceStore implements SecretStore {
    static final String PROGRAM = "secret-tool";
    private static final byte[] NO_INPUT = new byte[0];
    private static final String KEY_ATTRIBUTE_LINE = "attribute.key = ";

    private final KeychainCommand tool;
    private final String service;

    /** @param service the value of the {@code service} attribute that marks this app's items */
    SecretServiceStore(CommandRunner runner, String service, Duration timeout) {
        this.tool = new KeychainCommand(runner, PROGRAM, "The desktop keyring", timeout);
        this.service = service;
    }

    @Override
    public Optional<String> read(String key) {
        CommandResult result = tool.run("read " + StoreKey.check(key), args("lookup", key), NO_INPUT);
        if (result.exitCode() == 0) {
            return Optional.of(result.stdoutText());
        }
        // secret-tool lookup exits 1 silently when no item matches, and 1 with a message when it could not look.
        if (result.exitCode() == 1 && KeychainCommand.isBlank(result.stderr())) {
            return Optional.empty();
        }
        throw tool.failure("read " + key, result);
    }

    @Override
    public void write(String key, String secret) {
        // The label is what Seahorse and KWallet show for the item.
        List<String> args = List.of("store", "--label=xinspect: " + StoreKey.check(key), "--", "service", service, "key", key);
        CommandResult result = tool.run("save " + key, args, secret.getBytes(StandardCharsets.UTF_8), secret);
        if (result.exitCode() != 0) {
            throw tool.failure("save " + key, result, secret);
        }
    }

    @Override
    public void delete(String key) {
        CommandResult result = tool.run("delete " + StoreKey.check(key), args("clear", key), NO_INPUT);
        // Exit 1 without a message: there was nothing to delete.
        if (result.exitCode() != 0 && !(result.exitCode() == 1 && KeychainCommand.isBlank(result.stderr()))) {
            throw tool.failure("delete " + key, result);
        }
    }

    /** Lists this app's keys: {@code secret-tool search} prints each matching item's attributes on stderr. */
    @Override
    public Set<String> keys() {
        CommandResult result = tool.run("list its items", List.of("search", "--all", "--", "service", service), NO_INPUT);
        if (result.exitCode() != 0 && !(result.exitCode() == 1 && KeychainCommand.isBlank(result.stderr()))) {
            throw tool.failure("list its items", result);
        }
        TreeSet<String> keys = new TreeSet<>();
        result.stderrText().lines().filter(line -> line.startsWith(KEY_ATTRIBUTE_LINE))
                .forEach(line -> keys.add(line.substring(KEY_ATTRIBUTE_LINE.length())));
        return Collections.unmodifiableSet(keys);
    }

    @Override
    public StoreKind kind() {
        return StoreKind.SECRET_SERVICE;
    }

    @Override
    public String location() {
        return "items with the attribute service=" + service + " in the default collection";
    }

    /** {@code secret-tool <verb> -- service <service> key <key>}: "--" so no key is read as an option. */
    private List<String> args(String verb, String key) {
        return List.of(verb, "--", "service", service, "key", key);
    }
}
